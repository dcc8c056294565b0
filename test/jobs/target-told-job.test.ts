import { describe, expect, it, vi } from 'vitest';
import { TARGET_TOLD_JOB } from '../../src/jobs/target-told-job.js';
import { restartableWorlds, type World } from '../helpers/restartable-world.js';
import { ADMIN, MANAGER, REP, REP2, TestPacer } from '../helpers/test-pacer.js';

/**
 * Targets told when Slack fails (ADR 26): every target DM reaches its recipient exactly once, through
 * 5xx runs, lost answers, hangs, restarts; a recipient refused for good never blocks the others, and
 * `/target acks` says where each DM stands.
 */
const MANAGER2 = { id: 'UMGR2', name: 'mona', real_name: 'Mona Manager', tz: 'Europe/London' };
// Wednesday 25 November 2026, 10:00 in New York.
const NOW = '2026-11-25T15:00:00Z';
const { world, cleanup } = restartableWorlds();

async function start(w: World, now = NOW): Promise<TestPacer> {
  w.standIn.addUser(MANAGER2);
  const t = await TestPacer.start({ ...w, now, env: { PACER_TIMEZONE: 'America/New_York' } });
  cleanup(() => t.stop());
  return t;
}

async function team(t: TestPacer): Promise<void> {
  await t.command(ADMIN.id, '/pacer', 'region add North');
  await t.command(ADMIN.id, '/pacer', `member <@${MANAGER.id}> role:manager region:North`);
  await t.command(ADMIN.id, '/pacer', `member <@${MANAGER2.id}> role:manager region:North`);
  await t.command(ADMIN.id, '/pacer', `member <@${REP.id}> role:rep region:North manager:<@${MANAGER.id}>`);
  await t.command(ADMIN.id, '/pacer', `member <@${REP2.id}> role:rep region:North manager:<@${MANAGER.id}>`);
  t.standIn.reset();
}

/** A fresh Pacer with the team set up. */
async function withTeam(): Promise<TestPacer> {
  const t = await start(await world());
  await team(t);
  return t;
}

/** The target DMs a member has: what Slack holds in their DM channel. */
const targetDms = (t: TestPacer, userId: string) =>
  t.standIn.messages(userId).filter((m) => /target (for|of)/.test(m.text ?? ''));
/** Pacer's chat.postMessage calls to a member's DM channel (the one conversations.open gave it). */
const posts = (t: TestPacer, userId: string) =>
  t.standIn
    .calls('chat.postMessage')
    .filter((c) => c.body.channel !== undefined && c.body.channel === t.deps.ledger.imChannel(userId));
const told = (t: TestPacer) =>
  t.deps.db.prepare('SELECT recipient, told, told_error FROM target_notices ORDER BY id').all();

/** Minutes passing as in production: the job's own minute tick, then the scheduler's retry pass. */
async function minutesPass(t: TestPacer, minutes: number, stepMs = 60_000): Promise<void> {
  for (let i = 0; i < minutes; i++) {
    t.clock.advance(stepMs);
    await t.deps.scheduler.tick(TARGET_TOLD_JOB);
    await t.deps.scheduler.retryPending();
  }
}

/** Waits until the attempt made right after the command has been recorded. */
const afterFirstTry = (t: TestPacer, error: string | null) =>
  vi.waitFor(() => expect(t.deps.targetNotices.waiting().map((n) => n.toldError)).toContain(error));

/** What `/target acks` shows (its blocks' text). */
async function acks(t: TestPacer, userId = ADMIN.id): Promise<string> {
  const { reply } = await t.command(userId, '/target', 'acks');
  return ((reply.blocks ?? []) as Array<{ text?: { text: string } }>)
    .map((b) => b.text?.text ?? '')
    .join('\n');
}

describe('a target DM Slack does not take at first', () => {
  it('arrives exactly once when Slack recovers from a run of 500s, with backoff between tries', async () => {
    const t = await withTeam();
    t.standIn.failNext('chat.postMessage', { status: 500, times: 3 });
    await t.command(MANAGER.id, '/target', `set <@${REP.id}> 2026-11 100,000`);
    await afterFirstTry(t, 'http_500');
    expect(await acks(t, MANAGER.id)).toContain(
      `<@${REP.id}>, November 2026: $100,000 · _DM waiting to be sent_ (Slack answered 500; trying again) · _not acknowledged yet_`,
    );

    await minutesPass(t, 15);
    expect(targetDms(t, REP.id)).toHaveLength(1);
    expect(targetDms(t, REP.id)[0]!.text).toContain('your target for November 2026');
    // Tried after 1, 2 and 4 minutes, not on every tick: three 500s, then the one that arrived.
    expect(posts(t, REP.id).map((c) => c.status)).toEqual([500, 500, 500, 200]);
    expect(told(t)).toEqual([{ recipient: REP.id, told: 'sent', told_error: null }]);
    expect(await acks(t, MANAGER.id)).toContain('November 2026: $100,000 · DM delivered · _not acknowledged');
    expect(t.deps.ledger.unfinished(TARGET_TOLD_JOB)).toEqual([]);
    await minutesPass(t, 30);
    expect(posts(t, REP.id)).toHaveLength(4);
  });

  it('is not sent twice when Slack stored it but the answer was lost, or it never answered', async () => {
    const t = await withTeam();
    t.standIn.failNext('chat.postMessage', { user: REP.id, lost: 'drop' });
    t.standIn.failNext('chat.postMessage', { user: REP2.id, lost: 'status' });
    t.standIn.failNext('chat.postMessage', { user: MANAGER2.id, hang: true, takeEffect: true });
    await t.command(ADMIN.id, '/target', `set <@${REP.id}> 2026-11 100,000`);
    await t.command(ADMIN.id, '/target', `set <@${REP2.id}> 2026-11 90,000`);
    await t.command(ADMIN.id, '/target', `set <@${MANAGER2.id}> 2026-11 80,000`);
    // The hung call costs the test sender's 2 s timeout.
    await vi.waitFor(
      () => expect(t.deps.targetNotices.waiting().filter((n) => n.toldError)).toHaveLength(3),
      {
        timeout: 6_000,
      },
    );

    await minutesPass(t, 3);
    for (const id of [REP.id, REP2.id, MANAGER2.id]) {
      expect(targetDms(t, id), id).toHaveLength(1);
      expect(posts(t, id), id).toHaveLength(1);
    }
    // Found in Slack by its delivery key instead of being sent again.
    expect(t.standIn.calls('conversations.history').length).toBeGreaterThanOrEqual(3);
    expect(told(t).map((r) => (r as { told: string }).told)).toEqual(['sent', 'sent', 'sent']);
  }, 20_000);

  it('`/pacer run target-told` tries the oldest waiting one at once, whatever its backoff says', async () => {
    const t = await withTeam();
    t.standIn.failNext('chat.postMessage', { status: 500, times: 2 });
    await t.command(ADMIN.id, '/target', `set <@${REP.id}> 2026-11 100,000`);
    await afterFirstTry(t, 'http_500');
    await minutesPass(t, 1);
    // Failed twice: not due again for two minutes, but an admin asks now.
    expect(posts(t, REP.id).map((c) => c.status)).toEqual([500, 500]);
    const run = await t.command(ADMIN.id, '/pacer', 'run target-told');
    expect(run.text).toContain('`target-told` for notice-');
    expect(run.text).toMatch(new RegExp(`Target notice \\d+ to <@${REP.id}>: delivered\\.`));
    expect(targetDms(t, REP.id)).toHaveLength(1);
    expect((await t.command(ADMIN.id, '/pacer', 'run target-told')).text).toContain(
      'No target notice waits to be sent.',
    );
    expect(targetDms(t, REP.id)).toHaveLength(1);
  });

  it('waits out a 429 and arrives in the same try', async () => {
    const t = await withTeam();
    t.standIn.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    await t.command(ADMIN.id, '/target', `set <@${REP.id}> 2026-11 100,000`);
    await vi.waitFor(() => expect(targetDms(t, REP.id)).toHaveLength(1), { timeout: 4_000 });
    expect(posts(t, REP.id).map((c) => c.status)).toEqual([429, 200]);
    await minutesPass(t, 2);
    expect(targetDms(t, REP.id)).toHaveLength(1);
  });
});

describe('a recipient Slack refuses for good', () => {
  it('does not block the others, is never tried again, and shows as not delivered in /target acks', async () => {
    const w = await world();
    const t = await start(w);
    await team(t);
    // Deactivated in Slack without Pacer hearing of it; and a rep Slack will not DM.
    w.standIn.addUser({ ...MANAGER, deleted: true });
    t.standIn.failNext('chat.postMessage', { user: REP.id, error: 'messages_tab_disabled', times: Infinity });
    await t.command(ADMIN.id, '/target', 'set region:North 2026-12 500,000');
    await t.command(ADMIN.id, '/target', `set <@${REP.id}> 2026-12 100,000`);
    await t.command(ADMIN.id, '/target', `set <@${REP2.id}> 2026-12 100,000`);
    await vi.waitFor(() => expect(t.deps.targetNotices.waiting()).toEqual([]));

    expect(targetDms(t, MANAGER2.id)).toHaveLength(1);
    expect(targetDms(t, REP2.id)).toHaveLength(1);
    expect(targetDms(t, MANAGER.id)).toEqual([]);
    expect(targetDms(t, REP.id)).toEqual([]);
    const calls = t.standIn.calls().filter((c) => c.method !== 'response_url').length;
    await minutesPass(t, 30);
    expect(t.standIn.calls().filter((c) => c.method !== 'response_url')).toHaveLength(calls);

    const text = await acks(t);
    expect(text).toContain('*Target acknowledgements:* 0 of 4 acknowledged; 2 DMs could not be delivered');
    expect(text).toContain(
      `<@${MANAGER.id}> · region North, December 2026: $500,000 · :warning: DM could not be delivered: their Slack account is deactivated ·`,
    );
    expect(text).toContain(
      `<@${REP.id}> · <@${REP.id}>, December 2026: $100,000 · :warning: DM could not be delivered: their Messages tab for Pacer is turned off ·`,
    );
    expect(text).toContain(`<@${MANAGER2.id}> · region North, December 2026: $500,000 · DM delivered ·`);
    // Those that need a manager's attention come first.
    expect(text.indexOf(MANAGER2.id)).toBeGreaterThan(text.indexOf(`<@${REP.id}> ·`));
    // Admins are told once per refused recipient, as for any job; the deactivated manager is inactive.
    const notices = t.standIn.messages(ADMIN.id).filter((m) => m.text?.includes('could not deliver'));
    expect(notices).toHaveLength(2);
    expect(t.deps.members.get(MANAGER.id)?.deleted).toBe(true);
  });

  it('in Chinese, /target acks says why in the reader’s language', async () => {
    const w = await world();
    const t = await start(w);
    await team(t);
    w.standIn.addUser({ ...REP, deleted: true });
    await t.command(ADMIN.id, '/pacer', 'my-language zh-CN');
    await t.command(ADMIN.id, '/target', `set <@${REP.id}> 2026-12 100,000`);
    await vi.waitFor(() => expect(t.deps.targetNotices.waiting()).toEqual([]));
    const text = await acks(t);
    expect(text).toContain('1 条私信未能送达');
    expect(text).toContain(':warning: 私信无法送达：对方的 Slack 账号已停用');
  });
});

describe('a target changed again before its DM could go out', () => {
  it('is not sent stale: the member gets one DM, with the latest figures', async () => {
    const t = await withTeam();
    t.standIn.failNext('chat.postMessage', { status: 503, times: 2 });
    await t.command(ADMIN.id, '/target', `set <@${REP.id}> 2026-11 100,000`);
    await afterFirstTry(t, 'http_503');
    await t.command(ADMIN.id, '/target', `set <@${REP.id}> 2026-11 120,000`);
    await vi.waitFor(() => expect(t.deps.targetNotices.waiting().filter((n) => n.toldError)).toHaveLength(2));

    await minutesPass(t, 10);
    const dms = targetDms(t, REP.id);
    expect(dms).toHaveLength(1);
    expect(dms[0]!.text).toContain('changed your target for November 2026: *$120,000*');
    expect(told(t)).toEqual([
      { recipient: REP.id, told: 'superseded', told_error: null },
      { recipient: REP.id, told: 'sent', told_error: null },
    ]);
    expect(await acks(t)).toContain('November 2026: $120,000 · DM delivered');
    expect(t.deps.ledger.unfinished(TARGET_TOLD_JOB)).toEqual([]);
  });
});

describe('Slack down for more than a day', () => {
  it('gives up after a day, records it, and sends nothing late', async () => {
    const t = await withTeam();
    t.standIn.failNext('chat.postMessage', { status: 502, times: Infinity });
    await t.command(ADMIN.id, '/target', `set <@${REP.id}> 2026-11 100,000`);
    await afterFirstTry(t, 'http_502');
    // A day in 15-minute steps: the backoff reaches every 15 minutes.
    await minutesPass(t, 24 * 4 + 1, 15 * 60_000);
    expect(told(t)).toEqual([{ recipient: REP.id, told: 'expired', told_error: 'http_502' }]);
    const tries = posts(t, REP.id).length;
    expect(tries).toBeGreaterThan(80);
    expect(tries).toBeLessThanOrEqual(24 * 4 + 4);
    expect(await acks(t)).toContain(
      '· :warning: DM could not be delivered within a day: Slack answered 502 · _not acknowledged yet_',
    );

    t.standIn.reset();
    await minutesPass(t, 30);
    expect(targetDms(t, REP.id)).toEqual([]);
    expect(t.standIn.calls('chat.postMessage')).toEqual([]);
    expect(t.deps.ledger.unfinished(TARGET_TOLD_JOB)).toEqual([]);
  }, 60_000);
});

describe('a target DM that arrived just before the deadline', () => {
  it('whose answer was lost is found in Slack past the deadline and shown as delivered, not given up', async () => {
    const t = await withTeam();
    t.standIn.failNext('chat.postMessage', { status: 502, times: Infinity });
    await t.command(ADMIN.id, '/target', `set <@${REP.id}> 2026-11 100,000`);
    await afterFirstTry(t, 'http_502');
    // Slack down for almost a day; the tries go every 15 minutes, the last at 23 h 50.
    await minutesPass(t, 1, 5 * 60_000);
    await minutesPass(t, 94, 15 * 60_000);
    t.standIn.reset();
    t.standIn.failNext('chat.postMessage', { user: REP.id, lost: 'drop' });
    await minutesPass(t, 1, 15 * 60_000);
    expect(targetDms(t, REP.id)).toHaveLength(1);
    expect(told(t)).toEqual([{ recipient: REP.id, told: 'waiting', told_error: 'network' }]);

    // 24 h 05: past the deadline. Slack holds the DM, so it is delivered, and not sent again.
    await minutesPass(t, 1, 15 * 60_000);
    expect(told(t)).toEqual([{ recipient: REP.id, told: 'sent', told_error: null }]);
    expect(await acks(t, MANAGER.id)).toContain('November 2026: $100,000 · DM delivered');
    await minutesPass(t, 30);
    expect(targetDms(t, REP.id)).toHaveLength(1);
    expect(posts(t, REP.id)).toHaveLength(1);
    expect(t.deps.ledger.unfinished(TARGET_TOLD_JOB)).toEqual([]);
  }, 60_000);

  it('that Pacer recorded as sent but died before noting it is shown as delivered past the deadline', async () => {
    const t = await withTeam();
    // The notice cannot be settled as sent (as if Pacer died right after the ledger recorded the DM).
    t.deps.db.exec(`CREATE TRIGGER die_before_settle BEFORE UPDATE OF told ON target_notices
      WHEN NEW.told = 'sent' BEGIN SELECT RAISE(ABORT, 'killed'); END`);
    await t.command(ADMIN.id, '/target', `set <@${REP.id}> 2026-11 100,000`);
    await vi.waitFor(() => expect(targetDms(t, REP.id)).toHaveLength(1));
    await vi.waitFor(() => expect(t.deps.ledger.unfinished(TARGET_TOLD_JOB)).toHaveLength(1));
    t.deps.db.exec('DROP TRIGGER die_before_settle');
    expect(told(t)).toEqual([{ recipient: REP.id, told: 'waiting', told_error: null }]);

    // Back after more than a day: the ledger's word is taken, nothing is sent or given up.
    await minutesPass(t, 1, 24 * 3_600_000 + 60_000);
    expect(told(t)).toEqual([{ recipient: REP.id, told: 'sent', told_error: null }]);
    expect(await acks(t, MANAGER.id)).toContain('November 2026: $100,000 · DM delivered');
    expect(targetDms(t, REP.id)).toHaveLength(1);
    expect(t.deps.ledger.unfinished(TARGET_TOLD_JOB)).toEqual([]);
  });

  it('that Slack refused for good, Pacer dying before noting it, is shown as refused past the deadline, not as late', async () => {
    const t = await withTeam();
    t.deps.db.exec(`CREATE TRIGGER die_before_settle BEFORE UPDATE OF told ON target_notices
      WHEN NEW.told = 'refused' BEGIN SELECT RAISE(ABORT, 'killed'); END`);
    t.standIn.failNext('chat.postMessage', { user: REP.id, error: 'messages_tab_disabled', times: Infinity });
    await t.command(ADMIN.id, '/target', `set <@${REP.id}> 2026-11 100,000`);
    await vi.waitFor(() =>
      expect(t.deps.ledger.delivery(TARGET_TOLD_JOB, 'notice-1', REP.id)?.state).toBe('refused'),
    );
    await vi.waitFor(() => expect(t.deps.ledger.unfinished(TARGET_TOLD_JOB)).toHaveLength(1));
    t.deps.db.exec('DROP TRIGGER die_before_settle');

    await minutesPass(t, 1, 24 * 3_600_000 + 60_000);
    expect(told(t)).toEqual([{ recipient: REP.id, told: 'refused', told_error: 'messages_tab_disabled' }]);
    expect(await acks(t, MANAGER.id)).toContain(
      ':warning: DM could not be delivered: their Messages tab for Pacer is turned off',
    );
  });

  it('whose read-back fails past the deadline is neither given up nor sent, and is found once Slack answers', async () => {
    const t = await withTeam();
    t.standIn.failNext('chat.postMessage', { user: REP.id, lost: 'drop' });
    await t.command(ADMIN.id, '/target', `set <@${REP.id}> 2026-11 100,000`);
    await afterFirstTry(t, 'network');
    t.standIn.failNext('conversations.history', { status: 500, times: Infinity });
    await minutesPass(t, 1, 24 * 3_600_000 + 60_000);
    expect(told(t)).toEqual([{ recipient: REP.id, told: 'waiting', told_error: 'http_500' }]);
    // Only the first try's post: nothing is sent past the deadline.
    expect(posts(t, REP.id)).toHaveLength(1);

    t.standIn.reset();
    await minutesPass(t, 3);
    expect(told(t)).toEqual([{ recipient: REP.id, told: 'sent', told_error: null }]);
    expect(targetDms(t, REP.id)).toHaveLength(1);
    expect(t.standIn.calls('chat.postMessage')).toEqual([]);
  });
});

describe('many target DMs waiting while Slack hangs', () => {
  it('cost a pass three timeouts, not one per notice, other jobs’ retries still go out, and each arrives once after', async () => {
    const w = await world();
    const t = await start(w);
    await team(t);
    const many = Array.from({ length: 8 }, (_, i) => `UMANY${i}`);
    for (const id of many) {
      w.standIn.addUser({ id, name: id.toLowerCase() });
      await t.command(ADMIN.id, '/pacer', `member <@${id}> role:rep region:North manager:<@${MANAGER.id}>`);
    }
    await t.command(ADMIN.id, '/pacer', 'channel <#CWINS|wins>');
    await t.command(ADMIN.id, '/target', 'set team 2026-11 210,000');
    await vi.waitFor(() => expect(t.deps.targetNotices.waiting()).toEqual([]));
    // Each of the eight reps' December targets meets a 500 at first.
    for (const id of many) t.standIn.failNext('chat.postMessage', { user: id, status: 500 });
    for (const id of many) await t.command(ADMIN.id, '/target', `set <@${id}> 2026-12 50,000`);
    await vi.waitFor(() =>
      expect(t.deps.targetNotices.waiting().filter((n) => n.toldError === 'http_500')).toHaveLength(8),
    );
    // Then the weekly reminder's channel post meets one too: it waits behind them in the ledger.
    t.clock.advance(1_000);
    t.standIn.failNext('chat.postMessage', { channel: 'CWINS', status: 500 });
    await t.command(ADMIN.id, '/pacer', 'run weekly-reminder');
    expect(t.deps.ledger.unfinished('weekly-reminder')).toHaveLength(1);

    // Slack now hangs on every DM to the eight (the test sender gives up after 2 s).
    t.standIn.reset();
    for (const id of many) t.standIn.failNext('chat.postMessage', { user: id, hang: true, times: Infinity });
    const tried = () => many.filter((id) => posts(t, id).length > 0).length;
    t.clock.advance(5 * 60_000);
    await t.deps.scheduler.retryPending();
    // The reminder went out, and the pass stopped after three hung DMs.
    expect(t.deps.ledger.unfinished('weekly-reminder')).toEqual([]);
    expect(w.standIn.messages('CWINS')).toHaveLength(1);
    // First: it does not wait behind the hung DMs.
    expect(t.standIn.calls('chat.postMessage')[0]?.body.channel).toBe('CWINS');
    expect(tried()).toBe(3);
    // The job's own tick stops after three as well, leaving the rest for the next pass.
    await t.deps.scheduler.tick(TARGET_TOLD_JOB);
    expect(tried()).toBe(6);

    t.standIn.reset();
    await minutesPass(t, 20);
    for (const id of many) {
      expect(targetDms(t, id), id).toHaveLength(1);
      expect(targetDms(t, id)[0]!.text, id).toContain('your target for December 2026');
    }
    expect(t.deps.targetNotices.waiting()).toEqual([]);
    expect(t.deps.ledger.unfinished(TARGET_TOLD_JOB)).toEqual([]);
  }, 60_000);
});

describe('a restart', () => {
  it('resumes the sweep: what was waiting arrives once, what Slack had stored is not sent again', async () => {
    const w = await world();
    const first = await start(w);
    await team(first);
    // REP's DM is stored by Slack but its answer lost; REP2's meets a Slack outage.
    w.standIn.failNext('chat.postMessage', { user: REP.id, lost: 'drop' });
    w.standIn.failNext('chat.postMessage', { user: REP2.id, status: 500, times: Infinity });
    await first.command(ADMIN.id, '/target', `set <@${REP.id}> 2026-11 100,000`);
    await first.command(ADMIN.id, '/target', `set <@${REP2.id}> 2026-11 90,000`);
    await vi.waitFor(() =>
      expect(first.deps.targetNotices.waiting().map((n) => n.toldError)).toEqual(['network', 'http_500']),
    );
    await first.stop();
    w.standIn.reset();

    const second = await start(w, '2026-11-25T15:20:00Z');
    await second.deps.scheduler.tick(TARGET_TOLD_JOB);
    expect(targetDms(second, REP.id)).toHaveLength(1);
    expect(targetDms(second, REP2.id)).toHaveLength(1);
    expect(posts(second, REP.id)).toEqual([]);
    expect(posts(second, REP2.id)).toHaveLength(1);
    expect(told(second).map((r) => (r as { told: string }).told)).toEqual(['sent', 'sent']);
    await minutesPass(second, 5);
    // (Other jobs catch up at start too: only target DMs are counted.)
    const targetPosts = second.standIn
      .calls('chat.postMessage')
      .filter((c) => /target/.test(String(c.body.text)));
    expect(targetPosts).toHaveLength(1);
  });
});
