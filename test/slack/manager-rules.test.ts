import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/slack/ids.js';
import { DEAL_FIELDS } from '../../src/slack/views/deals/deal-modal.js';
import { buttonClick, buttons, dealFormValues, viewSubmission } from '../helpers/payloads.js';
import { ADMIN, MANAGER, REP, REP2, TestPacer } from '../helpers/test-pacer.js';

// MANAGER manages REP; REP2 reports to nobody.
let t: TestPacer;
beforeEach(async () => {
  t = await TestPacer.start({ now: '2026-11-25T15:00:00Z' });
  await t.command(ADMIN.id, '/pacer', `member <@${MANAGER.id}> role:manager`);
  await t.command(ADMIN.id, '/pacer', `member <@${REP.id}> manager:<@${MANAGER.id}>`);
  await t.command(REP.id, '/deal', '5,000 Acme Corp');
  await t.command(REP2.id, '/deal', '2,000 Globex');
});
afterEach(() => t.stop());

const scores = () =>
  t.deps.db.prepare('SELECT member_id, score FROM satisfaction_scores ORDER BY id').all() as Array<{
    member_id: string;
    score: number;
  }>;

describe('/csat from a manager', () => {
  it("scores only the customers of the manager's reports", async () => {
    const { text } = await t.command(MANAGER.id, '/csat', 'Globex 2');
    expect(text).toMatch(/come from them, their manager or an admin/);
    const named = await t.command(MANAGER.id, '/csat', `Globex 2 for:<@${REP.id}>`);
    expect(named.text).toMatch(/come from them, their manager or an admin/);
    expect(scores()).toEqual([]);
    expect((await t.command(MANAGER.id, '/csat', 'Acme Corp 5')).text).toContain(`credited to <@${REP.id}>`);
    expect(scores()).toEqual([{ member_id: REP.id, score: 5 }]);
  });

  it('credits only a report: not the manager, not someone else', async () => {
    const toSelf = await t.command(MANAGER.id, '/csat', `"Acme Corp" 5 for:<@${MANAGER.id}>`);
    expect(toSelf.text).toMatch(/counts for the rep who serves the customer, not for you/);
    const toOther = await t.command(MANAGER.id, '/csat', `"Acme Corp" 5 for:<@${REP2.id}>`);
    expect(toOther.text).toMatch(/only to one of your reports/);
    expect(scores()).toEqual([]);
    // Admins may credit anyone, anywhere.
    await t.command(ADMIN.id, '/csat', `Globex 4 for:<@${REP.id}>`);
    expect(scores()).toEqual([{ member_id: REP.id, score: 4 }]);
  });
});

type View = { callback_id: string; private_metadata: string; blocks: Array<Record<string, unknown>> };

/** Opens the edit form of `userId`'s latest deal as `editor`, through the Edit button of /deal list. */
async function openEdit(editor: string, ownerId: string): Promise<View> {
  const list = await t.command(editor, '/deal', `list <@${ownerId}>`);
  const [edit] = buttons(list.reply.blocks, ACTIONS.dealEdit);
  t.standIn.reset();
  await t.interact(
    buttonClick(ACTIONS.dealEdit, {
      userId: editor,
      value: edit?.value,
      channelId: 'CSALES',
      responseUrl: t.standIn.responseUrl('edit'),
    }),
  );
  const opened = await t.standIn.waitForCall((c) => c.method === 'views.open' && c.response.ok === true);
  return opened.body.view as View;
}

async function submitEdit(editor: string, view: View, viewId: string, ownerId: string) {
  const values = dealFormValues({ amount: '5,000', customer: 'Acme Corp', ownerId });
  const res = await t.interact(viewSubmission(view, { userId: editor, viewId, values }));
  return res.body
    ? (JSON.parse(res.body) as { response_action?: string; errors?: Record<string, string> })
    : {};
}

const acmeOwner = () =>
  t.deps.db
    .prepare(
      "SELECT d.member_id FROM deals d JOIN customers c ON c.id = d.customer_id WHERE c.name = 'Acme Corp'",
    )
    .get();

describe('editing a deal in the form', () => {
  it("keeps a manager from moving a report's deal to themselves", async () => {
    const view = await openEdit(MANAGER.id, REP.id);
    const answer = await submitEdit(MANAGER.id, view, 'VSELF', MANAGER.id);
    expect(answer).toMatchObject({
      response_action: 'errors',
      errors: { [DEAL_FIELDS.owner]: expect.stringContaining('yourself') },
    });
    expect(acmeOwner()).toEqual({ member_id: REP.id });
  });

  it('keeps a manager from moving a deal to someone they may not log for', async () => {
    const view = await openEdit(MANAGER.id, REP.id);
    const answer = await submitEdit(MANAGER.id, view, 'VOTHER', REP2.id);
    expect(answer).toMatchObject({
      response_action: 'errors',
      errors: { [DEAL_FIELDS.owner]: expect.stringContaining('only for your own reports') },
    });
    expect(acmeOwner()).toEqual({ member_id: REP.id });
  });

  it('lets an admin move it, and a manager keep the owner while fixing the deal', async () => {
    const kept = await openEdit(MANAGER.id, REP.id);
    expect(await submitEdit(MANAGER.id, kept, 'VKEEP', REP.id)).toEqual({});
    expect(acmeOwner()).toEqual({ member_id: REP.id });
    const moved = await openEdit(ADMIN.id, REP.id);
    expect(await submitEdit(ADMIN.id, moved, 'VADMIN', REP2.id)).toEqual({});
    expect(acmeOwner()).toEqual({ member_id: REP2.id });
  });
});
