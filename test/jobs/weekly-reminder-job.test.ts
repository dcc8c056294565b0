import { describe, expect, it } from 'vitest';
import { restartableWorlds, type World } from '../helpers/restartable-world.js';
import { ADMIN, MANAGER, REP, REP2, TestPacer } from '../helpers/test-pacer.js';

const { world, cleanup } = restartableWorlds();

const start = (w: World, now: string) =>
  TestPacer.start({ ...w, now, env: { PACER_TIMEZONE: 'America/New_York' } });

async function setUp(t: TestPacer) {
  await t.command(ADMIN.id, '/pacer', 'channel <#CWINS|wins>');
  await t.command(ADMIN.id, '/pacer', 'region add North');
  await t.command(ADMIN.id, '/pacer', 'product add Cloud');
  await t.command(ADMIN.id, '/pacer', `member <@${REP.id}> role:rep region:North manager:<@${MANAGER.id}>`);
  await t.command(ADMIN.id, '/target', 'set team 2026-11 210,000');
  await t.command(ADMIN.id, '/target', 'set region:North 2026-11 100,000');
  await t.command(ADMIN.id, '/target', `set <@${REP.id}> 2026-11 42,000 stretch +40%`);
  // The rep is told of their target (issue 15) before any reminder goes out.
  await t.standIn.waitForCall(() => t.standIn.messages(REP.id).length === 1);
}

const reminderDms = (w: World) =>
  w.standIn.messages(REP.id).filter((m) => m.text?.includes('Your target this week'));

describe('weekly-reminder', () => {
  it("posts the team's week once, DMs each rep with a target, and says it already ran the second time", async () => {
    const w = await world();
    // Tuesday 24 Nov 2026 (New York), a day after the scheduled Monday run, which was missed but is too old.
    const t = await start(w, '2026-11-24T15:00:00Z');
    cleanup(() => t.stop());
    await setUp(t);
    await t.command(REP.id, '/deal', '8,000 Acme Corp date:2026-11-17 region:North product:Cloud');
    w.standIn.reset();

    const first = await t.command(ADMIN.id, '/pacer', 'run weekly-reminder');
    expect(first.text).toContain('`weekly-reminder` for 2026-W48: done. Posted in the channel; 1 DM sent.');
    const post = w.standIn.messages('CWINS').at(-1)!;
    expect(post.text).toContain("This week's team target:* $50,000"); // 5 of 21 working days × 10,000
    expect(post.text).toContain('*Last week* (week 47 (Nov 16–22)): $8,000 of $50,000 — 16%, :x: missed');
    expect(post.text).toContain('Month to date (November 2026)* — $8,000 of $210,000');
    expect(post.text).toContain('• North: $8,000 of $100,000');
    const dm = w.standIn.messages(REP.id).at(-1)!;
    expect(dm.text).toContain('*Your target this week* (week 48 (Nov 23–29)): *$10,000*, stretch $14,000');
    expect(dm.text).toContain('Last week: $8,000 of $10,000 (80%).');
    expect(w.standIn.messages(REP2.id)).toHaveLength(0);

    const channelPosts = w.standIn.messages('CWINS').length;
    const second = await t.command(ADMIN.id, '/pacer', 'run weekly-reminder');
    expect(second.text).toContain('already ran for this period');
    expect(w.standIn.messages('CWINS')).toHaveLength(channelPosts);
    expect(reminderDms(w)).toHaveLength(1);
  });

  it('counts the pace from the day it is posted when it goes out mid-week', async () => {
    const w = await world();
    const t = await start(w, '2026-11-25T15:00:00Z'); // Wednesday 25 Nov, 10:00 in New York
    cleanup(() => t.stop());
    await setUp(t);
    await t.command(REP.id, '/deal', '40,000 Acme Corp');
    await t.command(ADMIN.id, '/pacer', 'run weekly-reminder');
    const post = w.standIn.messages('CWINS').at(-1)!;
    // Wednesday to Monday 30 Nov: 4 working days left in November for the $170,000 still to go.
    expect(post.text).toContain('$170,000 to go · $42,500 per working day over the 4 left');
  });

  it('sends no DMs when an admin switched them off', async () => {
    const w = await world();
    const t = await start(w, '2026-11-24T15:00:00Z');
    cleanup(() => t.stop());
    await setUp(t);
    expect((await t.command(REP.id, '/pacer', 'reminder-dms off')).text).toMatch(/Only admins/);
    expect((await t.command(ADMIN.id, '/pacer', 'reminder-dms off')).text).toContain('now *off*');
    expect((await t.command(ADMIN.id, '/pacer', 'run weekly-reminder')).text).toContain('0 DMs sent');
    expect(reminderDms(w)).toHaveLength(0);
  });

  it('is caught up once after downtime and not again after a restart', async () => {
    const w = await world();
    const t1 = await start(w, '2026-11-20T15:00:00Z');
    await setUp(t1);
    await t1.stop();
    // Down over Monday 09:00; back at 11:30 New York time.
    const t2 = await start(w, '2026-11-23T16:30:00Z');
    expect(t2.deps.ledger.run('weekly-reminder', '2026-W48')).toMatchObject({
      status: 'done',
      trigger: 'catch-up',
    });
    await t2.stop();
    const t3 = await start(w, '2026-11-23T17:00:00Z');
    cleanup(() => t3.stop());
    expect(w.standIn.messages('CWINS')).toHaveLength(1);
    expect(reminderDms(w)).toHaveLength(1);
  });

  it('fires at 09:00 New York time in the week clocks spring forward', async () => {
    const w = await world();
    // Monday 9 March 2026 is the first day of daylight time: 09:00 EDT is 13:00 UTC, not 14:00.
    const before = await start(w, '2026-03-09T12:59:00Z');
    expect(before.deps.ledger.run('weekly-reminder', '2026-W11')).toBeUndefined();
    expect(before.deps.scheduler.cronTasks()).toContainEqual({
      job: 'weekly-reminder',
      expression: '0 9 * * 1',
      timezone: 'America/New_York',
    });
    await before.stop();
    const after = await start(w, '2026-03-09T13:01:00Z');
    cleanup(() => after.stop());
    // Caught up at 09:01 EDT (no channel is set here, so the run stays open for a later /pacer run).
    expect(after.deps.ledger.run('weekly-reminder', '2026-W11')).toMatchObject({ trigger: 'catch-up' });
  });

  it('puts a Sunday-night deal in the right week across the autumn change', async () => {
    const w = await world();
    // Sunday 1 November 2026, 23:30 EST (04:30 UTC Monday) is still week 44 in New York.
    const t = await start(w, '2026-11-02T04:30:00Z');
    cleanup(() => t.stop());
    await setUp(t);
    await t.command(REP.id, '/deal', '1,000 Late Night Co');
    expect(t.deps.deals.recentFor(REP.id, 1)[0]?.closedOn).toBe('2026-11-01');
  });
});
