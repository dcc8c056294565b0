import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../../src/slack/ids.js';
import { DEAL_FIELDS } from '../../../src/slack/views/deals/deal-modal.js';
import type { RecordedCall } from '../../../src/slack-api-stand-in/index.js';
import { buttonClick, buttons, dealFormValues, viewSubmission } from '../../helpers/payloads.js';
import { ADMIN, MANAGER, REP, TestPacer } from '../../helpers/test-pacer.js';

let t: TestPacer;
beforeEach(async () => {
  t = await TestPacer.start({ now: '2026-11-25T15:00:00Z', env: { PACER_TIMEZONE: 'America/New_York' } });
  await t.command(ADMIN.id, '/pacer', 'product add Cloud');
  await t.command(ADMIN.id, '/pacer', 'region add North');
  await t.command(ADMIN.id, '/pacer', `member <@${MANAGER.id}> role:manager`);
  await t.command(ADMIN.id, '/pacer', `member <@${REP.id}> manager:<@${MANAGER.id}>`);
});
afterEach(() => t.stop());

type View = {
  id?: string;
  callback_id: string;
  private_metadata: string;
  blocks: Array<Record<string, unknown>>;
};

async function openModal(userId: string): Promise<{ call: RecordedCall; view: View }> {
  expect((await t.send(userId, '/deal', '')).http.status).toBe(200);
  const call = await t.standIn.waitForCall((c) => c.method === 'views.open' && c.response.ok === true);
  return { call, view: call.body.view as View };
}

function submission(
  userId: string,
  view: View,
  viewId: string,
  values: Record<string, Record<string, unknown>>,
) {
  return t.interact(viewSubmission(view, { userId, viewId, values }));
}

const liveDeals = () =>
  t.deps.db.prepare('SELECT * FROM deals WHERE deleted_at IS NULL').all() as Array<Record<string, unknown>>;

describe('the deal modal', () => {
  it('opens with product and region selects, and "on behalf of" only for managers', async () => {
    const rep = await openModal(REP.id);
    const blockIds = rep.view.blocks.map((b) => b.block_id);
    expect(blockIds).toEqual(['amount', 'customer', 'product', 'region', 'closed_on', 'note']);
    expect(rep.call.body.trigger_id).toMatch(/^trigger-/);
    t.standIn.reset();
    const manager = await openModal(MANAGER.id);
    expect(manager.view.blocks.map((b) => b.block_id)).toContain('owner');
  });

  it('shows bad fields inline and stores nothing', async () => {
    const { view } = await openModal(REP.id);
    const res = await submission(
      REP.id,
      view,
      'V1',
      dealFormValues({ amount: 'abc', customer: '', closedOn: '2026-12-24' }),
    );
    expect(res.status).toBe(200);
    const body = JSON.parse(res.body) as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe('errors');
    expect(Object.keys(body.errors).sort()).toEqual(
      [DEAL_FIELDS.amount, DEAL_FIELDS.closedOn, DEAL_FIELDS.customer].sort(),
    );
    expect(body.errors[DEAL_FIELDS.closedOn]).toMatch(/future/);
    expect(liveDeals()).toHaveLength(0);
  });

  it("applies the command's rules to the close date and the note", async () => {
    const { view } = await openModal(REP.id);
    const res = await submission(
      REP.id,
      view,
      'V1b',
      dealFormValues({ amount: '12,500', customer: 'Acme Corp', closedOn: '1999-12-31', note: 'bell\u0007' }),
    );
    const body = JSON.parse(res.body) as { errors: Record<string, string> };
    expect(body.errors).toEqual({
      closed_on: expect.stringMatching(/before 2000-01-01/),
      note: expect.stringMatching(/control characters/),
    });
    expect(liveDeals()).toHaveLength(0);
  });

  it('logs the deal once even when submitted twice, and confirms it ephemerally', async () => {
    const { view } = await openModal(REP.id);
    const productId = t.deps.products.list()[0]!.id;
    const values = dealFormValues({ amount: '12.5k', customer: 'Acme Corp', productId });
    const [a, b] = await Promise.all([
      submission(REP.id, view, 'V9', values),
      submission(REP.id, view, 'V9', values),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(liveDeals()).toMatchObject([
      { amount_cents: 1_250_000, closed_on: '2026-11-24', product_id: productId },
    ]);
    const confirmation = await t.standIn.waitForCall((c) => c.method === 'chat.postEphemeral');
    expect(confirmation.body).toMatchObject({ channel: 'CSALES', user: REP.id });
    expect(String(confirmation.body.text)).toContain('*$12,500* with *Acme Corp* · new customer');
  });

  it('lets a manager log for a report from the modal', async () => {
    const { view } = await openModal(MANAGER.id);
    await submission(
      MANAGER.id,
      view,
      'V2',
      dealFormValues({ amount: '900', customer: 'Globex', ownerId: REP.id }),
    );
    expect(liveDeals()).toMatchObject([{ member_id: REP.id, logged_by: MANAGER.id }]);
  });

  it('edits a deal from /deal list, pre-filled, and audits before and after', async () => {
    await t.command(REP.id, '/deal', '1,000 Acme Corp');
    const list = await t.command(REP.id, '/deal', 'list');
    const [edit] = buttons(list.reply.blocks, ACTIONS.dealEdit);
    t.standIn.reset();
    await t.interact(
      buttonClick(ACTIONS.dealEdit, {
        userId: REP.id,
        value: edit?.value,
        channelId: 'CSALES',
        responseUrl: t.standIn.responseUrl('edit'),
      }),
    );
    const opened = await t.standIn.waitForCall((c) => c.method === 'views.open' && c.response.ok === true);
    const view = opened.body.view as View;
    const amountBlock = view.blocks.find((b) => b.block_id === DEAL_FIELDS.amount) as {
      element: { initial_value: string };
    };
    expect(amountBlock.element.initial_value).toBe('1000');
    expect(JSON.parse(view.private_metadata)).toMatchObject({ dealId: Number(edit?.value) });
    await submission(REP.id, view, 'V3', dealFormValues({ amount: '1,500', customer: 'Acme Corp' }));
    expect(liveDeals()).toMatchObject([{ amount_cents: 150_000, closed_on: '2026-11-24' }]);
    const audit = t.deps.audit.forEntity('deal', String(edit?.value));
    expect(audit.map((a) => a.action)).toEqual(['deal.create', 'deal.edit']);
    expect(JSON.parse(audit[1]!.before_json!)).toMatchObject({ amountCents: 100_000 });
    expect(JSON.parse(audit[1]!.after_json!)).toMatchObject({ amountCents: 150_000 });
  });

  it('shows the month against the target in the confirmation', async () => {
    await t.command(ADMIN.id, '/target', `set <@${REP.id}> 2026-11 21k`);
    const { text } = await t.command(REP.id, '/deal', '7k Acme Corp');
    expect(text).toContain('November 2026: $7,000 of $21,000');
    expect(text).toContain('$14,000 to go, $3,500 per working day');
  });
});
