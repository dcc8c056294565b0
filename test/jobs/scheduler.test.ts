import { describe, expect, it } from 'vitest';
import { fanOutJob } from '../helpers/fan-out-job.js';
import { restartableWorlds, type World } from '../helpers/restartable-world.js';
import { ADMIN, DEFAULT_USERS, REP, TestPacer } from '../helpers/test-pacer.js';

const MEMBERS = DEFAULT_USERS.map((u) => u.id);
const { world, cleanup } = restartableWorlds();

function start(w: World, now: string, jobOptions: { crashAfterDms?: number } = {}): Promise<TestPacer> {
  return TestPacer.start({
    ...w,
    now,
    env: { PACER_TIMEZONE: 'America/New_York' },
    jobs: (deps) => [fanOutJob(deps, MEMBERS, jobOptions)],
  });
}

describe('scheduler ledger', () => {
  it('runs a job once per period: a second /pacer run posts nothing', async () => {
    const w = await world();
    // Saturday: this week's Monday run is more than 24 h old, so start-up does not catch it up.
    const t = await start(w, '2026-11-28T15:00:00Z');
    cleanup(() => t.stop());
    const first = await t.command(ADMIN.id, '/pacer', 'run test-fan-out');
    expect(first.text).toContain('for 2026-W48: done. 4 DMs sent.');
    const postsAfterFirst = w.standIn.calls('chat.postMessage').length;
    expect(postsAfterFirst).toBe(5);
    const second = await t.command(ADMIN.id, '/pacer', 'run test-fan-out');
    expect(second.text).toContain('already ran for this period, so nothing was posted again');
    expect(w.standIn.calls('chat.postMessage')).toHaveLength(postsAfterFirst);
    expect((await t.command(REP.id, '/pacer', 'run test-fan-out')).text).toMatch(/Only admins can run/);
  });

  it('resumes an interrupted fan-out after a restart without sending anyone a second DM', async () => {
    const w = await world();
    const t1 = await start(w, '2026-11-28T15:00:00Z', { crashAfterDms: 2 });
    const result = await t1.deps.scheduler.run('test-fan-out', 'manual');
    expect(result).toMatchObject({ status: 'failed', error: 'simulated crash' });
    expect(t1.deps.ledger.run('test-fan-out', '2026-W48')?.status).toBe('running');
    expect(t1.deps.ledger.deliveries('test-fan-out', '2026-W48').map((d) => d.recipient)).toEqual([
      'channel',
      MEMBERS[0],
      MEMBERS[1],
    ]);
    await t1.stop();

    // Restart on the same database: start-up resumes the open run and sends only the rest.
    const t2 = await start(w, '2026-11-28T15:05:00Z');
    cleanup(() => t2.stop());
    expect(t2.deps.ledger.run('test-fan-out', '2026-W48')).toMatchObject({ status: 'done' });
    for (const userId of MEMBERS) expect(w.standIn.messages(userId), userId).toHaveLength(1);
    expect(w.standIn.messages('CANNOUNCE')).toHaveLength(1);
    expect(w.standIn.calls('chat.postMessage').filter((c) => c.response.ok)).toHaveLength(1 + MEMBERS.length);
  });

  it('catches up a run missed during downtime once, and skips one older than the grace window', async () => {
    const w = await world();
    // Installed the Friday before, then down over the weekend.
    await (await start(w, '2026-11-27T20:00:00Z')).stop();
    // Monday 30 Nov 2026 09:00 New York = 14:00 UTC. The bot comes up that afternoon at 15:00 local.
    const t1 = await start(w, '2026-11-30T20:00:00Z');
    expect(t1.deps.ledger.run('test-fan-out', '2026-W49')).toMatchObject({
      status: 'done',
      trigger: 'catch-up',
    });
    expect(w.standIn.calls('chat.postMessage').filter((c) => c.response.ok)).toHaveLength(5);
    await t1.stop();
    const t2 = await start(w, '2026-12-01T09:00:00Z');
    expect(w.standIn.calls('chat.postMessage').filter((c) => c.response.ok)).toHaveLength(5);
    await t2.stop();

    const w2 = await world();
    await (await start(w2, '2026-11-27T20:00:00Z')).stop();
    // Wednesday 14:01 UTC: 48 h after Monday's run, beyond the 24 h window.
    const t3 = await start(w2, '2026-12-02T14:01:00Z');
    cleanup(() => t3.stop());
    expect(t3.deps.ledger.run('test-fan-out', '2026-W49')).toBeUndefined();
    expect(w2.standIn.calls('chat.postMessage')).toHaveLength(0);
  });

  it('catches nothing up on a database created at this start: nothing was missed', async () => {
    const w = await world();
    const t = await start(w, '2026-11-30T20:00:00Z'); // after Monday's run, within the window
    cleanup(() => t.stop());
    expect(t.deps.ledger.run('test-fan-out', '2026-W49')).toBeUndefined();
    expect(w.standIn.calls('chat.postMessage')).toHaveLength(0);
  });

  it('waits for Retry-After on a 429 without holding back command replies', async () => {
    const w = await world();
    const t = await start(w, '2026-11-28T15:00:00Z');
    cleanup(() => t.stop());
    await t.command(ADMIN.id, '/pacer', 'help');
    w.standIn.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    const started = Date.now();
    const run = t.deps.scheduler.run('test-fan-out', 'manual');
    await w.standIn.waitForCall((c) => c.method === 'chat.postMessage' && c.status === 429);
    const replyStarted = Date.now();
    const help = await t.command(REP.id, '/pacer', 'settings');
    const replyTook = Date.now() - replyStarted;
    const result = await run;
    expect(result.status).toBe('ran');
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
    expect(help.text).toContain('Timezone');
    expect(replyTook).toBeLessThan(1_000);
    const posts = w.standIn.calls('chat.postMessage');
    expect(posts.filter((c) => c.status === 429)).toHaveLength(1);
    expect(posts.filter((c) => c.response.ok)).toHaveLength(5);
  });

  it('registers cron tasks in the team timezone and follows schedule changes', async () => {
    const w = await world();
    const t = await start(w, '2026-11-28T15:00:00Z');
    cleanup(() => t.stop());
    expect(t.deps.scheduler.cronTasks()).toEqual([
      { job: 'test-fan-out', expression: '0 9 * * 1', timezone: 'America/New_York' },
    ]);
    const { text } = await t.command(ADMIN.id, '/pacer', 'schedule test-fan-out friday 16:30');
    expect(text).toContain('every Friday at 16:30');
    expect(t.deps.scheduler.cronTasks()[0]?.expression).toBe('30 16 * * 5');
    expect((await t.command(ADMIN.id, '/pacer', 'schedule test-fan-out someday 25:00')).text).toMatch(
      /HH:MM/,
    );
  });
});

describe('one process per database', () => {
  it('refuses to start a second Pacer on the same file, so nothing is posted twice', async () => {
    const w = await world();
    const first = await start(w, '2026-11-28T15:00:00Z');
    cleanup(() => first.stop());
    await expect(start(w, '2026-11-28T15:00:00Z')).rejects.toThrow(
      /Another Pacer process is using .*one process per database/,
    );
  }, 15_000);

  it('also refuses it when the first one restarted on a database that needed no migration', async () => {
    const w = await world();
    const first = await start(w, '2026-11-28T15:00:00Z');
    await first.stop();
    const again = await start(w, '2026-11-28T15:05:00Z');
    cleanup(() => again.stop());
    await expect(start(w, '2026-11-28T15:05:00Z')).rejects.toThrow(/Another Pacer process is using/);
  }, 15_000);
});
