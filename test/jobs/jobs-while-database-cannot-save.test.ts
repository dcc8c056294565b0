import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ADMIN, REP, REP2, TestPacer } from '../helpers/test-pacer.js';

let t: TestPacer | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

const CHANNEL = 'CWINS';
const reminders = () =>
  t!.standIn
    .calls('chat.postMessage')
    .filter((c) => c.response.ok === true && !String(c.body.text).includes('cannot save'));

async function team(): Promise<void> {
  await t!.command(ADMIN.id, '/pacer', `channel <#${CHANNEL}|wins>`);
  for (const rep of [REP, REP2]) await t!.command(ADMIN.id, '/target', `set <@${rep.id}> 2026-11 42,000`);
  // Each rep is told of their target (ADR 26): those DMs are out before the database goes.
  await vi.waitFor(() => expect(t!.deps.targetNotices.waiting()).toEqual([]));
  t!.standIn.reset();
}

describe('jobs while the database cannot save', () => {
  it('a deleted database file (not yet noticed by the timer) sends nothing a restart would forget', async () => {
    t = await TestPacer.start({ env: { PACER_TIMEZONE: 'America/New_York' } });
    await team();
    // Deleted between two watch timer checks: the next delivery must notice before it sends.
    rmSync(t.databasePath);
    const result = await t.deps.scheduler.run('weekly-reminder', 'schedule');
    expect(result.status).toBe('failed');
    expect(result.error).toContain('cannot save');
    expect(reminders()).toHaveLength(0);
  });

  it('a database file deleted mid fan-out: the run stops, only the DMs already in flight went out', async () => {
    const reps = Array.from({ length: 12 }, (_, i) => ({
      id: `UFAN${i}`,
      name: `fan${i}`,
      tz: 'America/New_York',
    }));
    t = await TestPacer.start({ env: { PACER_TIMEZONE: 'America/New_York' }, users: [ADMIN, ...reps] });
    await t.command(ADMIN.id, '/pacer', `channel <#${CHANNEL}|wins>`);
    for (const rep of reps) await t.command(ADMIN.id, '/target', `set <@${rep.id}> 2026-11 42,000`);
    t.standIn.reset();
    // The file goes the moment Slack receives the first DM; everything after must notice it.
    const off = t.standIn.onCall((call) => {
      if (call.method === 'chat.postMessage' && String(call.body.channel).startsWith('D')) {
        off();
        rmSync(t!.databasePath, { force: true });
      }
    });
    const result = await t.deps.scheduler.run('weekly-reminder', 'schedule');
    expect(result.status).toBe('failed');
    // The channel post and the DMs already on their way (four at once) went out; no later one did.
    expect(reminders().length).toBeLessThanOrEqual(1 + 4);
    expect(reminders().length).toBeGreaterThanOrEqual(2);
  });

  it('ticks and the retry pass do nothing while the watch reports a problem; /pacer run says why', async () => {
    t = await TestPacer.start({ env: { PACER_TIMEZONE: 'America/New_York' } });
    await team();
    rmSync(t.databasePath);
    expect(t.deps.databaseWatch.check()?.reason).toContain('gone');
    const ticks = await t.deps.scheduler.tick('weekly-reminder');
    expect(ticks.map((r) => r.status)).toEqual(['failed']);
    expect(await t.deps.scheduler.retryPending()).toEqual([]);
    const answer = await t.command(ADMIN.id, '/pacer', 'run weekly-reminder');
    expect(answer.text).toContain('cannot save');
    expect(reminders()).toHaveLength(0);
  });
});
