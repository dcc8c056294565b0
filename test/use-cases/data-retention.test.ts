import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, MANAGER, REP, REP2, TestPacer } from '../helpers/test-pacer.js';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

async function team(env: Record<string, string> = {}): Promise<TestPacer> {
  const t = await TestPacer.start({ env, now: '2026-11-25T10:00:00Z' });
  cleanups.push(() => t.stop());
  await t.command(ADMIN.id, '/pacer', 'channel <#CSALES|sales>');
  await t.command(ADMIN.id, '/pacer', `member <@${MANAGER.id}> role:manager`);
  for (const rep of [REP, REP2]) {
    await t.command(ADMIN.id, '/pacer', `member <@${rep.id}> role:rep manager:<@${MANAGER.id}>`);
  }
  return t;
}

/** Check-in answers and feedback as the check-in flow leaves them (rows in the real database). */
function seedCheckin(t: TestPacer, member: string, round: string, closesAt: string, answer: string) {
  t.deps.db
    .prepare(
      `INSERT INTO checkins (round_key, member_id, due_at, closes_at, sent_at, answers_json, answered_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(round, member, closesAt, closesAt, closesAt, JSON.stringify({ blockers: answer }), closesAt);
  t.deps.db
    .prepare(
      `INSERT INTO feedback (manager_id, member_id, month_key, went_well, improve, goal, given_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(MANAGER.id, member, round.slice(0, 7), `well ${answer}`, 'improve', 'goal', closesAt);
}
const count = (t: TestPacer, sql: string, ...args: unknown[]) =>
  (t.deps.db.prepare(sql).get(...args) as { n: number }).n;

describe('/pacer forget @user', () => {
  it("deletes one person's check-in answers, feedback and kudos texts in one go, audited, and nobody else's", async () => {
    const t = await team();
    seedCheckin(t, REP.id, '2026-W47', '2026-11-21T10:00:00Z', 'my private worry');
    seedCheckin(t, REP2.id, '2026-W47', '2026-11-21T10:00:00Z', 'other worry');
    await t.command(REP2.id, '/kudos', `<@${REP.id}> for covering the Globex demo`);
    await t.command(REP.id, '/kudos', `<@${REP2.id}> for the pricing sheet`);
    await t.command(MANAGER.id, '/kudos', `<@${REP2.id}> for a great quarter`);

    expect((await t.command(REP2.id, '/pacer', `forget <@${REP.id}>`)).text).toMatch(/Only admins/);
    expect(count(t, 'SELECT count(*) AS n FROM checkins WHERE member_id = ?', REP.id)).toBe(1);

    const { text } = await t.command(ADMIN.id, '/pacer', `forget <@${REP.id}>`);
    expect(text).toContain(`Deleted for <@${REP.id}>: 1 check-in with their answers, 1 feedback note`);
    expect(text).toContain('the words of 2 kudos');
    const db = t.deps.db;
    expect(
      db.prepare('SELECT count(*) AS n FROM checkins WHERE answers_json LIKE ?').get('%private%'),
    ).toEqual({
      n: 0,
    });
    expect(count(t, 'SELECT count(*) AS n FROM feedback WHERE member_id = ?', REP.id)).toBe(0);
    // The other rep keeps theirs; kudos between others keep their words.
    expect(count(t, 'SELECT count(*) AS n FROM checkins WHERE member_id = ?', REP2.id)).toBe(1);
    expect(count(t, 'SELECT count(*) AS n FROM feedback WHERE member_id = ?', REP2.id)).toBe(1);
    const kudos = db.prepare('SELECT giver_id, reason FROM kudos ORDER BY id').all();
    expect(kudos).toEqual([
      { giver_id: REP2.id, reason: '' },
      { giver_id: REP.id, reason: '' },
      { giver_id: MANAGER.id, reason: 'for a great quarter' },
    ]);
    const entry = t.deps.audit.forEntity('member', REP.id).find((row) => row.action === 'forget');
    expect(entry?.actor).toBe(ADMIN.id);
    expect(JSON.parse(entry!.after_json ?? 'null')).toEqual({ checkins: 1, feedback: 1, kudosTexts: 2 });
    expect((await t.command(ADMIN.id, '/pacer', 'forget bob')).text).toMatch(/typed name|not a person/);
  });
});

describe('retention job', () => {
  it('deletes check-in rounds closed and feedback given more than RETENTION_CHECKINS_DAYS ago', async () => {
    const t = await team({ RETENTION_CHECKINS_DAYS: '30' });
    seedCheckin(t, REP.id, '2026-W40', '2026-10-03T10:00:00Z', 'old');
    seedCheckin(t, REP.id, '2026-W46', '2026-11-14T10:00:00Z', 'recent');
    const [result] = await t.deps.scheduler.tick('retention');
    expect(result).toMatchObject({ status: 'ran' });
    expect(result?.summary).toBe('Deleted 1 check-in and 1 feedback note older than 30 days.');
    expect(t.deps.db.prepare('SELECT round_key FROM checkins').all()).toEqual([{ round_key: '2026-W46' }]);
    expect(t.deps.db.prepare('SELECT went_well FROM feedback').all()).toEqual([{ went_well: 'well recent' }]);
  });

  it('keeps everything by default', async () => {
    const t = await team();
    seedCheckin(t, REP.id, '2025-W01', '2025-01-03T10:00:00Z', 'ancient');
    const [result] = await t.deps.scheduler.tick('retention');
    expect(result?.summary).toContain('everything is kept');
    expect(count(t, 'SELECT count(*) AS n FROM checkins')).toBe(1);
  });
});
