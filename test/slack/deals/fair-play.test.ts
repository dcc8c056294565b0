import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../../src/slack/ids.js';
import { buttonClick, dealFormValues, type OpenedView, viewSubmission } from '../../helpers/payloads.js';
import { ADMIN, MANAGER, REP, REP2, TestPacer } from '../../helpers/test-pacer.js';

/** Issue 15, fair play: a deal far above normal is asked about, a large one waits for a manager. */
let t: TestPacer;
beforeEach(async () => {
  t = await TestPacer.start({ now: '2026-11-25T15:00:00Z', env: { PACER_TIMEZONE: 'America/New_York' } });
  await t.command(ADMIN.id, '/pacer', 'channel <#CWINS|wins>');
  await t.command(ADMIN.id, '/pacer', `member <@${MANAGER.id}> role:manager`);
  await t.command(ADMIN.id, '/pacer', `member <@${REP.id}> role:rep manager:<@${MANAGER.id}>`);
  await t.command(ADMIN.id, '/pacer', `member <@${REP2.id}> role:rep manager:<@${MANAGER.id}>`);
});
afterEach(() => t.stop());

type Block = {
  type: string;
  text?: { text: string };
  elements?: Array<{ action_id: string; value: string }>;
};
const buttonValue = (blocks: unknown, actionId: string) =>
  (blocks as Block[]).flatMap((b) => b.elements ?? []).find((e) => e.action_id === actionId)?.value;
const liveDeals = () =>
  t.deps.db
    .prepare('SELECT amount_cents, member_id, logged_by FROM deals WHERE deleted_at IS NULL ORDER BY id')
    .all();
const celebrations = () => t.standIn.messages('CWINS').map((m) => String(m.text));

let clicks = 0;
async function click(userId: string, actionId: string, value: string | undefined) {
  const id = `${actionId}-${++clicks}`;
  await t.interact({
    type: 'block_actions',
    user: { id: userId },
    team: { id: 'T0PACER' },
    trigger_id: `trigger-${id}`,
    channel: { id: 'CSALES' },
    response_url: t.standIn.responseUrl(id),
    actions: [{ type: 'button', action_id: actionId, value, block_id: 'b', action_ts: `${clicks}.0` }],
    container: { type: 'message' },
  });
  const answer = await t.standIn.waitForCall((c) => c.method === 'response_url' && c.body.responseId === id);
  return answer.body as { text: string; replace_original?: boolean };
}

/** Twenty ordinary deals: enough team history for "above the team's largest deal so far". */
async function teamHistory() {
  for (let i = 1; i <= 20; i++) await t.command(REP2.id, '/deal', `${1000 + i * 100} Customer ${i}`);
  t.standIn.reset();
}

describe('a deal far above normal', () => {
  it('/deal 3亿 asks "Are you sure?" first: nothing counts or celebrates until the rep says yes', async () => {
    await teamHistory();
    const before = liveDeals().length;
    const { text, reply } = await t.command(REP.id, '/deal', '3亿 Acme');
    expect(text).toBe(
      ":warning: *Are you sure?* $300,000,000 with Acme is more than the team's largest deal so far ($3,000). Nothing counts until you confirm.",
    );
    expect(liveDeals()).toHaveLength(before);
    expect((await t.command(REP.id, '/leaderboard', '')).text).not.toContain('300,000,000');

    const answer = await click(REP.id, 'deal_confirm', buttonValue(reply.blocks, 'deal_confirm'));
    expect(answer.replace_original).toBe(true);
    expect(answer.text).toContain('$300,000,000');
    expect(liveDeals()).toHaveLength(before + 1);
    await t.standIn.waitForCall(() => celebrations().some((m) => m.includes('$300,000,000')));

    // A second click (or Cancel after yes) changes nothing.
    const again = await click(REP.id, 'deal_confirm', buttonValue(reply.blocks, 'deal_confirm'));
    expect(again.text).toBe(`Already logged by <@${REP.id}>.`);
    expect(liveDeals()).toHaveLength(before + 1);
  });

  it("compares with the rep's own median deal, and Cancel saves nothing", async () => {
    for (const amount of ['100', '120', '90'])
      await t.command(REP.id, '/deal', `${amount} Small Co ${amount}`);
    const { text, reply } = await t.command(REP.id, '/deal', '5,000 Whale Co');
    expect(text).toContain('$5,000 with Whale Co is 50× your median deal ($100)');
    expect((await click(REP2.id, 'deal_cancel', buttonValue(reply.blocks, 'deal_cancel'))).text).toBe(
      `Only <@${REP.id}> can confirm or cancel this deal.`,
    );
    const cancelled = await click(REP.id, 'deal_cancel', buttonValue(reply.blocks, 'deal_cancel'));
    expect(cancelled.text).toBe('Cancelled: $5,000 with Whale Co was not saved.');
    expect(liveDeals()).toHaveLength(3);
    expect(celebrations().some((m) => m.includes('Whale'))).toBe(false);
  });

  it("asks in the rep's own language", async () => {
    await teamHistory();
    await t.command(REP.id, '/pacer', 'my-language zh-CN');
    const { text } = await t.command(REP.id, '/deal', '3亿 华为');
    expect(text).toContain('*确定吗？* 与 华为 成交');
    expect(text).toContain('确认之前，这笔成交不计入任何统计。');
  });
});

describe('manager approval over an amount', () => {
  beforeEach(async () => {
    expect((await t.command(REP.id, '/pacer', 'approval over 100k')).text).toMatch(/Only admins/);
    expect((await t.command(ADMIN.id, '/pacer', 'approval over 100k')).text).toContain(
      'Deals over $100,000 wait for the manager’s approval',
    );
    t.standIn.reset();
  });

  async function waitingDeal() {
    const { text } = await t.command(REP.id, '/deal', '150k Big Co');
    expect(text).toContain(
      `$150,000 with Big Co is over $100,000, so it waits for approval by <@${MANAGER.id}>`,
    );
    await t.standIn.waitForCall(() => t.standIn.messages(MANAGER.id).length === 1);
    const request = t.standIn.messages(MANAGER.id)[0]!;
    expect(request.text).toContain(`<@${REP.id}> logged $150,000 with Big Co for themselves`);
    return request;
  }

  it('holds the deal until the manager approves; then it counts, celebrates and the rep is told', async () => {
    const request = await waitingDeal();
    expect(liveDeals()).toEqual([]);
    expect(celebrations()).toEqual([]);
    // The rep cannot approve their own deal.
    expect((await click(REP.id, 'deal_approve', buttonValue(request.blocks, 'deal_approve'))).text).toBe(
      `Only <@${REP.id}>'s manager or an admin can approve or reject this deal.`,
    );
    const approved = await click(MANAGER.id, 'deal_approve', buttonValue(request.blocks, 'deal_approve'));
    expect(approved.text).toBe(
      `:white_check_mark: You approved $150,000 with Big Co for <@${REP.id}>. It counts now.`,
    );
    expect(liveDeals()).toEqual([{ amount_cents: 15_000_000, member_id: REP.id, logged_by: REP.id }]);
    await t.standIn.waitForCall(() => celebrations().some((m) => m.includes('$150,000')));
    await t.standIn.waitForCall(() => t.standIn.messages(REP.id).some((m) => m.text?.includes('approved')));
    expect(t.standIn.messages(REP.id).map((m) => m.text)).toContain(
      `:white_check_mark: <@${MANAGER.id}> approved $150,000 with Big Co. It counts now.`,
    );
    const audit = t.deps.db
      .prepare("SELECT action FROM audit_log WHERE action LIKE 'deal.%' ORDER BY id")
      .all();
    expect(audit).toEqual([{ action: 'deal.approve' }, { action: 'deal.create' }]);
    // Reject after approve: the first decision stands.
    expect((await click(MANAGER.id, 'deal_reject', buttonValue(request.blocks, 'deal_reject'))).text).toBe(
      `Already approved by <@${MANAGER.id}>.`,
    );
    expect(liveDeals()).toHaveLength(1);
  });

  it('a rejected deal never counts, and the rep learns it', async () => {
    const request = await waitingDeal();
    await click(MANAGER.id, 'deal_reject', buttonValue(request.blocks, 'deal_reject'));
    await t.standIn.waitForCall(() => t.standIn.messages(REP.id).some((m) => m.text?.includes('rejected')));
    expect(liveDeals()).toEqual([]);
    expect(celebrations()).toEqual([]);
  });

  it('is not asked when the manager logs the deal for their report', async () => {
    const { text } = await t.command(MANAGER.id, '/deal', `150k Big Co for:<@${REP.id}>`);
    expect(text).toContain('$150,000');
    expect(liveDeals()).toEqual([{ amount_cents: 15_000_000, member_id: REP.id, logged_by: MANAGER.id }]);
  });
});

describe('editing a deal', () => {
  /** Opens the edit form of the caller's last deal and submits it with the new amount; the ephemeral answer. */
  async function editLastDeal(userId: string, amount: string, customer: string) {
    const dealId = (
      t.deps.db.prepare('SELECT MAX(id) AS id FROM deals WHERE member_id = ?').get(userId) as { id: number }
    ).id;
    t.standIn.reset();
    await t.interact(
      buttonClick(ACTIONS.dealEdit, {
        userId,
        value: String(dealId),
        channelId: 'CSALES',
        // Each click its own: the same body twice would be refused as a replay.
        triggerId: `trigger-edit-${++clicks}`,
        responseUrl: t.standIn.responseUrl(`edit-${clicks}`),
      }),
    );
    const opened = await t.standIn.waitForCall((c) => c.method === 'views.open' && c.response.ok === true);
    const view = opened.body.view as OpenedView;
    await t.interact(
      viewSubmission(view, {
        userId,
        viewId: `VEDIT${clicks}`,
        values: dealFormValues({ amount, customer }),
      }),
    );
    const answer = await t.standIn.waitForCall((c) => c.method === 'chat.postEphemeral');
    return answer.body as { text: string; blocks: unknown };
  }

  it('a change that crosses the approval amount waits for the manager; the old amount counts until approved', async () => {
    await t.command(ADMIN.id, '/pacer', 'channel <#CWINS|wins>');
    await t.command(ADMIN.id, '/pacer', 'approval over 100k');
    await t.command(REP.id, '/deal', '50k Big Co');
    const answer = await editLastDeal(REP.id, '150k', 'Big Co');
    expect(answer.text).toBe(
      `:hourglass_flowing_sand: $150,000 with Big Co is over $100,000, so the change waits for approval by <@${MANAGER.id}>. Until then the deal counts as it was; you will get a DM either way.`,
    );
    expect(liveDeals()).toEqual([{ amount_cents: 5_000_000, member_id: REP.id, logged_by: REP.id }]);
    expect((await t.command(REP.id, '/leaderboard', '')).text).toContain('$50,000');
    await t.standIn.waitForCall(() => t.standIn.messages(MANAGER.id).length === 1);
    const request = t.standIn.messages(MANAGER.id)[0]!;
    expect(request.text).toContain(`<@${REP.id}> changed a deal to $150,000 with Big Co for themselves`);
    await click(MANAGER.id, 'deal_approve', buttonValue(request.blocks, 'deal_approve'));
    expect(liveDeals()).toEqual([{ amount_cents: 15_000_000, member_id: REP.id, logged_by: REP.id }]);
    await t.standIn.waitForCall(
      (c) => c.method === 'chat.update' && String(c.body.text).includes('$150,000'),
    );
  });

  it('a rejected change leaves the deal as it was', async () => {
    await t.command(ADMIN.id, '/pacer', 'approval over 100k');
    await t.command(REP.id, '/deal', '50k Big Co');
    await editLastDeal(REP.id, '150k', 'Big Co');
    await t.standIn.waitForCall(() => t.standIn.messages(MANAGER.id).length === 1);
    await click(
      MANAGER.id,
      'deal_reject',
      buttonValue(t.standIn.messages(MANAGER.id)[0]!.blocks, 'deal_reject'),
    );
    await t.standIn.waitForCall(() => t.standIn.messages(REP.id).some((m) => m.text?.includes('rejected')));
    expect(t.standIn.messages(REP.id).map((m) => m.text)).toContain(
      `:no_entry: <@${MANAGER.id}> rejected the change to $150,000 with Big Co; the deal counts as it was.`,
    );
    expect(liveDeals()).toEqual([{ amount_cents: 5_000_000, member_id: REP.id, logged_by: REP.id }]);
  });

  it('a change that makes the deal unusual asks first; lowering it never does', async () => {
    for (const amount of ['100', '120', '90'])
      await t.command(REP.id, '/deal', `${amount} Small Co ${amount}`);
    const answer = await editLastDeal(REP.id, '5,000', 'Small Co 90');
    expect(answer.text).toBe(
      ':warning: *Are you sure?* $5,000 with Small Co 90 is 50× your median deal ($100). Until you confirm, the deal keeps counting as it was.',
    );
    expect(liveDeals().map((d) => (d as { amount_cents: number }).amount_cents)).toEqual([
      10_000, 12_000, 9_000,
    ]);
    await click(REP.id, 'deal_confirm', buttonValue(answer.blocks, 'deal_confirm'));
    expect(liveDeals().map((d) => (d as { amount_cents: number }).amount_cents)).toEqual([
      10_000, 12_000, 500_000,
    ]);
    // Back down: no question.
    const lowered = await editLastDeal(REP.id, '80', 'Small Co 90');
    expect(lowered.text).toContain('$80');
    expect(liveDeals().map((d) => (d as { amount_cents: number }).amount_cents)).toEqual([
      10_000, 12_000, 8_000,
    ]);
  });
});
