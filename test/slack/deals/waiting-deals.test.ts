import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHomeTab } from '../../helpers/home-tab.js';
import { type ActionId, buttonClick } from '../../helpers/payloads.js';
import { salesTeam } from '../../helpers/sales-team.js';
import { ADMIN, MANAGER, REP, REP2, type TestPacer } from '../../helpers/test-pacer.js';

/** Issue 15 follow-up: deals that wait for a "yes" or an approval are listed, marked as waiting. */
let t: TestPacer;
// Wednesday 25 November 2026, 10:00 in New York (the rep), 16:00 in Berlin (the manager).
beforeEach(async () => {
  t = await salesTeam();
  await t.command(ADMIN.id, '/pacer', 'channel <#CWINS|wins>');
  await t.command(ADMIN.id, '/pacer', 'approval over 100k');
  for (const amount of ['40k', '50k', '45k'])
    await t.command(REP.id, '/deal', `${amount} Small Co ${amount}`);
});
afterEach(() => t.stop());

type Block = {
  type: string;
  block_id?: string;
  text?: { text: string };
  elements?: Array<{ action_id?: string; value?: string; text?: { text: string } | string }>;
};
type HomeView = { type: string; blocks: Block[] };

const openHome = (userId: string) => openHomeTab<HomeView>(t, userId);
const textOf = (view: { blocks: Block[] }) => view.blocks.map((b) => b.text?.text ?? '').join('\n');
const liveAmounts = () =>
  t.deps.db
    .prepare('SELECT amount_cents FROM deals WHERE deleted_at IS NULL ORDER BY id')
    .all()
    .map((r) => (r as { amount_cents: number }).amount_cents);

/** One deal waiting for the rep's "yes" (13× their median) and one for the manager (over $100,000). */
async function twoWaiting() {
  expect((await t.command(REP.id, '/deal', '600k Whale Co')).text).toContain(':warning:');
  t.clock.set(new Date('2026-11-25T16:30:00Z'));
  expect((await t.command(REP.id, '/deal', '150k Big Co')).text).toContain(':hourglass_flowing_sand:');
}

/** A click on a button of the Home tab: Slack sends no response_url for those. */
async function clickOnHome(userId: string, actionId: string, value: string) {
  return t.interact({
    type: 'block_actions',
    team: { id: 'T0PACER' },
    user: { id: userId },
    trigger_id: `trigger-home-${actionId}-${value}`,
    container: { type: 'view', view_id: `VHOME${userId}` },
    view: { id: `VHOME${userId}`, type: 'home', hash: 'h', callback_id: '', private_metadata: '' },
    actions: [{ type: 'button', action_id: actionId, value, block_id: 'b', action_ts: '1' }],
  });
}

describe('deals that wait are listed', () => {
  it('/deal list shows the rep what waits, for whom and since when, apart from the deals that count', async () => {
    await twoWaiting();
    const { text, reply } = await t.command(REP.id, '/deal', 'list');
    expect(text).toContain(':hourglass_flowing_sand: *2 deals wait, not counted yet*');
    expect(text).toContain(
      '• $600,000 with Whale Co · waiting for your “Yes, log it” since 2026-11-25 10:00',
    );
    expect(text).toContain(
      `• $150,000 with Big Co · waiting for approval by <@${MANAGER.id}> since 2026-11-25 11:30`,
    );
    expect(textOf(reply as { blocks: Block[] })).toContain('*Your last 3 deals*');
    expect(liveAmounts()).toEqual([4_000_000, 5_000_000, 4_500_000]);
    // The manager looking at the rep's deals sees them too, in Berlin time.
    const forManager = await t.command(MANAGER.id, '/deal', `list <@${REP.id}>`);
    expect(forManager.text).toContain(
      `• $600,000 with Whale Co · waiting for <@${REP.id}>'s “Yes, log it” since 2026-11-25 16:00`,
    );
  });

  it('counts every deal that waits, not only the ten listed, in /deal list and on App Home', async () => {
    for (let i = 1; i <= 12; i++)
      expect((await t.command(REP.id, '/deal', `${150 + i}k Big Co ${i}`)).text).toContain(
        ':hourglass_flowing_sand:',
      );
    const { text } = await t.command(REP.id, '/deal', 'list');
    expect(text).toContain(':hourglass_flowing_sand: *12 deals wait, not counted yet*');
    expect(text).toContain('…and 2 more.');
    expect(text).toContain('Big Co 10');
    expect(text).not.toContain('Big Co 11');
    const home = textOf(await openHome(REP.id));
    expect(home).toContain('*12 deals wait, not counted yet*');
    expect(home).toContain('…and 2 more.');
  });

  it('a rep with no deal yet but one waiting sees it, not "no deals yet"', async () => {
    expect((await t.command(REP2.id, '/deal', '150k Big Co')).text).toContain('waits for approval');
    const { text } = await t.command(REP2.id, '/deal', 'list');
    expect(text).toContain(`$150,000 with Big Co · waiting for approval by <@${MANAGER.id}>`);
    expect(text).toContain('You have no deals yet');
  });

  it("lists them in the rep's own language", async () => {
    await t.command(REP.id, '/pacer', 'my-language zh-CN');
    await twoWaiting();
    const { text } = await t.command(REP.id, '/deal', 'list');
    expect(text).toContain('*2 笔成交正在等待，尚未计入统计*');
    expect(text).toContain('与 Whale Co 成交 US$600,000 · 等待你点击“确定，登记”，自 11月25日周三 10:00 起');
  });

  it("shows them on the rep's App Home, and drops one once it is decided", async () => {
    await twoWaiting();
    const home = textOf(await openHome(REP.id));
    expect(home).toContain('*2 deals wait, not counted yet*');
    expect(home).toContain(`$150,000 with Big Co · waiting for approval by <@${MANAGER.id}>`);
    const { reply } = await t.command(REP.id, '/deal', '900k Orca Co');
    const cancel = (reply.blocks as Block[])
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.action_id === 'deal_cancel')!.value!;
    const before = t.standIn.calls('views.publish').length;
    await t.interact(
      buttonClick('deal_cancel' as ActionId, {
        userId: REP.id,
        value: cancel,
        responseUrl: t.standIn.responseUrl('cancel'),
        triggerId: 'trigger-cancel',
      }),
    );
    // The open tab is refreshed after the new one waited and again after it was cancelled.
    const refreshed = await t.standIn.waitForCall(
      (c) =>
        c.method === 'views.publish' &&
        t.standIn.calls('views.publish').indexOf(c) >= before &&
        !textOf(c.body.view as HomeView).includes('Orca') &&
        textOf(c.body.view as HomeView).includes('2 deals wait'),
      // The refresh follows the tab's first charts, which wait for the chart worker to start (1–4 s,
      // longer on a loaded machine): see README Known gaps.
      30_000,
    );
    expect(refreshed.response.ok).toBe(true);
  }, 60_000);
});

describe("a manager's App Home", () => {
  it('lists what waits for their approval with Approve / Reject, which work from the tab', async () => {
    await twoWaiting();
    const home = await openHome(MANAGER.id);
    expect(textOf(home)).toContain(':raising_hand: *1 deal waits for your approval*');
    expect(textOf(home)).toContain(`$150,000 with Big Co for <@${REP.id}> · waiting since 2026-11-25 17:30`);
    // The rep's unconfirmed deal is theirs to answer, not the manager's.
    expect(textOf(home)).not.toContain('Whale');
    const approve = home.blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === 'deal_approve')!
      .value!;

    // The rep cannot approve their own deal from anywhere; they are told by DM (no message to answer).
    await clickOnHome(REP.id, 'deal_approve', approve);
    await t.standIn.waitForCall(() =>
      t.standIn.messages(REP.id).some((m) => m.text?.includes('manager or an admin can approve')),
    );
    expect(liveAmounts()).toEqual([4_000_000, 5_000_000, 4_500_000]);

    const before = t.standIn.calls('views.publish').length;
    const http = await clickOnHome(MANAGER.id, 'deal_approve', approve);
    expect(http.status).toBe(200);
    await t.standIn.waitForCall(() =>
      t.standIn.messages(REP.id).some((m) => m.text?.includes('approved $150,000 with Big Co')),
    );
    expect(liveAmounts()).toEqual([4_000_000, 5_000_000, 4_500_000, 15_000_000]);
    const refreshed = await t.standIn.waitForCall(
      (c) =>
        c.method === 'views.publish' &&
        c.body.user_id === MANAGER.id &&
        t.standIn.calls('views.publish').indexOf(c) >= before,
      30_000, // after the tab's first charts, as above
    );
    expect(textOf(refreshed.body.view as HomeView)).not.toContain('waits for your approval');
    // The approver's tab has no message to replace: nothing went to a response_url.
    expect(t.standIn.calls('response_url').some((c) => String(c.body.text).includes('You approved'))).toBe(
      false,
    );
  }, 60_000);

  it('an admin approves for reps without a manager; a rep sees no approvals part', async () => {
    await t.command(ADMIN.id, '/pacer', `member <@${REP2.id}> role:rep manager:none`);
    await t.command(REP2.id, '/deal', '150k Lone Co');
    expect(textOf(await openHome(ADMIN.id))).toContain(`$150,000 with Lone Co for <@${REP2.id}>`);
    expect(textOf(await openHome(MANAGER.id))).not.toContain('Lone Co');
    expect(textOf(await openHome(REP.id))).not.toContain('for your approval');
  });
});
