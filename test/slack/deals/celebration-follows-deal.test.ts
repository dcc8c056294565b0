import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, MANAGER, REP, TestPacer } from '../../helpers/test-pacer.js';

/** Issue 15: a celebration never outlives its deal, and says who logged a deal for someone else. */
let t: TestPacer;
beforeEach(async () => {
  t = await TestPacer.start({ now: '2026-11-25T15:00:00Z', env: { PACER_TIMEZONE: 'America/New_York' } });
  await t.command(ADMIN.id, '/pacer', 'channel <#CWINS|wins>');
  await t.command(ADMIN.id, '/pacer', `member <@${MANAGER.id}> role:manager`);
  await t.command(ADMIN.id, '/pacer', `member <@${REP.id}> role:rep manager:<@${MANAGER.id}>`);
  t.standIn.reset();
});
afterEach(() => t.stop());

type Block = { type: string; elements?: Array<{ action_id: string; value: string }> };
const buttonValue = (blocks: unknown, actionId: string) =>
  (blocks as Block[]).flatMap((b) => b.elements ?? []).find((e) => e.action_id === actionId)?.value;

const celebrations = () => t.standIn.messages('CWINS').map((m) => m.text);

async function celebrated(text: string) {
  await t.standIn.waitForCall(() => celebrations().some((m) => m?.includes(text)));
}

function click(userId: string, actionId: string, value: string | undefined, n: number) {
  return t.interact({
    type: 'block_actions',
    user: { id: userId },
    team: { id: 'T0PACER' },
    trigger_id: `trigger-${actionId}-${n}`,
    channel: { id: 'CSALES' },
    response_url: t.standIn.responseUrl(`${actionId}-${n}`),
    actions: [{ type: 'button', action_id: actionId, value, block_id: 'b', action_ts: `${n}.0` }],
    container: { type: 'message' },
  });
}

describe('the #sales celebration follows its deal', () => {
  it('is deleted when the deal is undone with the button', async () => {
    const { reply } = await t.command(REP.id, '/deal', '12,500 Acme Corp');
    await celebrated('Acme Corp');
    await click(REP.id, 'deal_undo', buttonValue(reply.blocks, 'deal_undo'), 1);
    await t.standIn.waitForCall((c) => c.method === 'chat.delete' && c.response.ok === true);
    expect(celebrations()).toEqual([]);
  });

  it('is deleted even when Undo comes while the celebration is still on its way to Slack', async () => {
    t.standIn.failNext('chat.postMessage', { channel: 'CWINS', delayMs: 600 });
    const { reply } = await t.command(REP.id, '/deal', '12,500 Acme Corp');
    await click(REP.id, 'deal_undo', buttonValue(reply.blocks, 'deal_undo'), 4);
    await t.standIn.waitForCall((c) => c.method === 'chat.delete' && c.response.ok === true);
    expect(celebrations()).toEqual([]);
  });

  it("is deleted by /deal undo and by Delete in /deal list, and only that deal's post goes", async () => {
    await t.command(REP.id, '/deal', '1,000 Keep Co');
    await t.command(REP.id, '/deal', '2,000 Undone Co');
    await t.command(REP.id, '/deal', '3,000 Deleted Co');
    await celebrated('Deleted Co');
    await celebrated('Undone Co');
    await t.command(REP.id, '/deal', 'undo');
    await t.standIn.waitForCall(() => !celebrations().some((m) => m?.includes('Deleted Co')));
    const { reply } = await t.command(REP.id, '/deal', 'list');
    const lines = reply.blocks as Array<{ type: string; text?: { text: string }; accessory?: unknown }>;
    const undoneId = t.deps.deals.recentFor(REP.id, 5).find((d) => d.customerName === 'Undone Co')?.id;
    expect(JSON.stringify(lines)).toContain(`"value":"${undoneId}"`);
    await click(REP.id, 'deal_delete', String(undoneId), 2);
    await t.standIn.waitForCall(() => !celebrations().some((m) => m?.includes('Undone Co')));
    expect(celebrations()).toEqual([`:tada: <@${REP.id}> closed $1,000 with Keep Co · new customer`]);
  });

  it('names the manager who logged a deal for a report', async () => {
    await t.command(MANAGER.id, '/deal', `8,000 Globex for:<@${REP.id}>`);
    await celebrated('Globex');
    expect(celebrations()).toEqual([
      `:tada: <@${REP.id}> closed $8,000 with Globex · new customer · logged by <@${MANAGER.id}>`,
    ]);
  });

  it('is corrected when the deal is edited in the form', async () => {
    await t.command(REP.id, '/deal', '1,000 Acme Corp');
    await celebrated('Acme Corp');
    const { reply } = await t.command(REP.id, '/deal', 'list');
    await click(REP.id, 'deal_edit', buttonValue(reply.blocks, 'deal_edit'), 3);
    const opened = await t.standIn.waitForCall((c) => c.method === 'views.open' && c.response.ok === true);
    const view = opened.body.view as { callback_id: string; private_metadata: string };
    await t.interact({
      type: 'view_submission',
      team: { id: 'T0PACER' },
      user: { id: REP.id },
      trigger_id: 'trigger-submit',
      view: {
        id: 'V9',
        hash: 'V9.hash',
        type: 'modal',
        callback_id: view.callback_id,
        private_metadata: view.private_metadata,
        state: {
          values: {
            amount: { value: { type: 'plain_text_input', value: '1,500' } },
            customer: { value: { type: 'plain_text_input', value: 'Acme Corp' } },
            closed_on: { value: { type: 'datepicker', selected_date: '2026-11-24' } },
            note: { value: { type: 'plain_text_input', value: null } },
          },
        },
      },
    });
    await celebrated('$1,500');
    expect(celebrations()).toEqual([`:tada: <@${REP.id}> closed $1,500 with Acme Corp · new customer`]);
  });
});
