import { describe, expect, it } from 'vitest';
import { clickAnswer } from '../helpers/clicks.js';
import { restartableWorlds, type World } from '../helpers/restartable-world.js';
import { ADMIN, MANAGER, REP, TestPacer } from '../helpers/test-pacer.js';

/** Deals that wait do not wait forever (ADR 28): the `waiting-deals` job, through the real app. */
const { world, cleanup } = restartableWorlds();

async function start(w: World, now: string) {
  const t = await TestPacer.start({ ...w, now, env: { PACER_TIMEZONE: 'America/New_York' } });
  cleanup(() => t.stop());
  return t;
}

async function team(t: TestPacer) {
  await t.command(ADMIN.id, '/pacer', 'channel <#CWINS|wins>');
  await t.command(ADMIN.id, '/pacer', `member <@${MANAGER.id}> role:manager`);
  await t.command(ADMIN.id, '/pacer', `member <@${REP.id}> role:rep manager:<@${MANAGER.id}>`);
}

async function tick(t: TestPacer, at: string) {
  t.clock.set(at);
  await t.deps.scheduler.tick('waiting-deals');
}

type Block = { elements?: Array<{ action_id?: string; value?: string }> };
/** The DMs about waiting deals (other jobs, caught up after a restart, DM the manager too). */
const dmsTo = (w: World, userId: string) =>
  w.standIn
    .messages(userId)
    .map((m) => String(m.text))
    .filter((text) => /Big Co|Whale Co/.test(text));
const liveAmounts = (t: TestPacer) =>
  t.deps.db
    .prepare('SELECT amount_cents FROM deals WHERE deleted_at IS NULL ORDER BY id')
    .all()
    .map((r) => (r as { amount_cents: number }).amount_cents);

const click = (t: TestPacer, userId: string, actionId: string, value: string, id: string) =>
  clickAnswer(t, userId, actionId, value, id);

/** Three ordinary deals for the rep, then one 13× their median: the "Are you sure?" and its Yes value. */
async function unusualDeal(t: TestPacer): Promise<string> {
  for (const amount of ['40k', '50k', '45k'])
    await t.command(REP.id, '/deal', `${amount} Small Co ${amount}`);
  const { text, reply } = await t.command(REP.id, '/deal', '600k Whale Co');
  expect(text).toContain('Are you sure?');
  return (reply.blocks as Block[])
    .flatMap((b) => b.elements ?? [])
    .find((e) => e.action_id === 'deal_confirm')!.value!;
}

describe('an "Are you sure?" nobody answers', () => {
  it('expires after 24 hours: the rep is told once (across a restart) that it never counted, and a late yes logs nothing', async () => {
    const w = await world();
    const t1 = await start(w, '2026-11-25T15:00:00Z');
    await team(t1);
    const yes = await unusualDeal(t1);

    await tick(t1, '2026-11-26T14:55:00Z');
    expect(dmsTo(w, REP.id)).toEqual([]);
    await tick(t1, '2026-11-26T15:05:00Z');
    const told = [
      ':hourglass: *Not counted:* $600,000 with Whale Co waited 24 hours for your “Yes, log it”, so it was dropped and never counted. If it is real, log it again with `/deal`.',
    ];
    await t1.standIn.waitForCall(() => dmsTo(w, REP.id).length === 1);
    expect(dmsTo(w, REP.id)).toEqual(told);
    await tick(t1, '2026-11-26T15:20:00Z');
    await t1.stop();

    const t2 = await start(w, '2026-11-26T15:35:00Z');
    await t2.deps.scheduler.tick('waiting-deals');
    expect(dmsTo(w, REP.id)).toEqual(told);
    // The button still shows in the rep's old reply: a late click logs nothing and says why.
    expect((await click(t2, REP.id, 'deal_confirm', yes, 'late')).text).toBe(
      'Not confirmed within 24 hours, so it was dropped and never counted. Log it again with `/deal` if it is real.',
    );
    expect(liveAmounts(t2)).toEqual([4_000_000, 5_000_000, 4_500_000]);
    expect((await t2.command(REP.id, '/deal', 'list')).text).not.toContain('Whale');
  });

  it('is not touched once answered', async () => {
    const w = await world();
    const t = await start(w, '2026-11-25T15:00:00Z');
    await team(t);
    const yes = await unusualDeal(t);
    await click(t, REP.id, 'deal_confirm', yes, 'yes');
    await tick(t, '2026-11-27T15:00:00Z');
    expect(dmsTo(w, REP.id)).toEqual([]);
    expect(liveAmounts(t)).toContain(60_000_000);
  });
});

describe('an approval nobody decides', () => {
  it('reminds the manager once after two working days (skipping the weekend and a holiday), then goes to the admins', async () => {
    const w = await world();
    // Friday 27 November 2026, 10:00 in New York.
    const t1 = await start(w, '2026-11-27T15:00:00Z');
    await team(t1);
    await t1.command(ADMIN.id, '/checkin', 'holiday add 2026-11-30 Company day');
    await t1.command(ADMIN.id, '/pacer', 'approval over 100k');
    await t1.command(REP.id, '/deal', '150k Big Co');
    await t1.standIn.waitForCall(() => dmsTo(w, MANAGER.id).length === 1);

    // Monday is a holiday, so Tuesday is the first working day and Wednesday 10:00 the second.
    await tick(t1, '2026-12-01T16:00:00Z');
    await tick(t1, '2026-12-02T14:55:00Z');
    expect(dmsTo(w, MANAGER.id)).toHaveLength(1);
    await tick(t1, '2026-12-02T15:05:00Z');
    await t1.standIn.waitForCall(() => dmsTo(w, MANAGER.id).length === 2);
    const reminder = w.standIn.messages(MANAGER.id).filter((m) => String(m.text).includes('Big Co'))[1]!;
    expect(reminder.text).toBe(
      `:bell: *Reminder:* this deal has waited 2 working days for your decision, since 2026-11-27.\n:raising_hand: <@${REP.id}> logged $150,000 with Big Co for themselves, closed 2026-11-27. Deals over $100,000 need your approval before they count.`,
    );
    expect(JSON.stringify(reminder.blocks)).toContain('deal_approve');
    await tick(t1, '2026-12-02T18:00:00Z');
    await t1.stop();

    const t2 = await start(w, '2026-12-03T15:00:00Z');
    await t2.deps.scheduler.tick('waiting-deals');
    expect(dmsTo(w, MANAGER.id)).toHaveLength(2);
    expect(dmsTo(w, ADMIN.id)).toEqual([]);

    // Two more working days (Thursday, Friday): the admins are asked too, once.
    await tick(t2, '2026-12-04T15:05:00Z');
    await t2.standIn.waitForCall(() => dmsTo(w, ADMIN.id).length === 1);
    await tick(t2, '2026-12-04T15:20:00Z');
    const escalated = w.standIn.messages(ADMIN.id).filter((m) => String(m.text).includes('Big Co'))[0]!;
    expect(escalated.text).toContain(
      `:rotating_light: *Escalated:* this deal has waited 4 working days for <@${MANAGER.id}>, since 2026-11-27. As an admin you can decide it.`,
    );
    expect(dmsTo(w, MANAGER.id)).toHaveLength(2);

    // The admin decides from that DM, as the manager would have.
    const approve = (escalated.blocks as Block[])
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.action_id === 'deal_approve')!.value!;
    expect((await click(t2, ADMIN.id, 'deal_approve', approve, 'admin-approve')).text).toContain(
      'You approved $150,000 with Big Co',
    );
    expect(liveAmounts(t2)).toEqual([15_000_000]);
  });

  it('on deploy, an approval that waited for weeks is reminded first with its real wait, and escalated two working days later', async () => {
    const w = await world();
    // Monday 2 November 2026, 10:00 in New York; then Pacer (or this job) is away for weeks.
    const t1 = await start(w, '2026-11-02T15:00:00Z');
    await team(t1);
    await t1.command(ADMIN.id, '/pacer', 'approval over 100k');
    await t1.command(REP.id, '/deal', '150k Big Co');
    await t1.standIn.waitForCall(() => dmsTo(w, MANAGER.id).length === 1);
    await t1.stop();

    // Friday 20 November: 14 working days later. Only the reminder goes, saying so.
    const t2 = await start(w, '2026-11-20T15:05:00Z');
    await t2.deps.scheduler.tick('waiting-deals');
    await t2.standIn.waitForCall(() => dmsTo(w, MANAGER.id).length === 2);
    await tick(t2, '2026-11-20T15:20:00Z');
    expect(dmsTo(w, MANAGER.id)[1]).toContain(
      'this deal has waited 14 working days for your decision, since 2026-11-02.',
    );
    expect(dmsTo(w, ADMIN.id)).toEqual([]);
    await tick(t2, '2026-11-24T15:00:00Z');
    expect(dmsTo(w, ADMIN.id)).toEqual([]);

    // Two working days after the reminder (Tuesday 24th, 10:05): the admins, with the real wait.
    await tick(t2, '2026-11-24T15:10:00Z');
    await t2.standIn.waitForCall(() => dmsTo(w, ADMIN.id).length === 1);
    expect(dmsTo(w, ADMIN.id)[0]).toContain(
      `this deal has waited 16 working days for <@${MANAGER.id}>, since 2026-11-02.`,
    );
  });
});
