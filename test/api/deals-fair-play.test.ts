import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApiDocument } from '../../src/api/openapi.js';
import { ACTIONS } from '../../src/slack/ids.js';
import { api, createKey } from '../helpers/api-client.js';
import { buttonClick, buttons } from '../helpers/payloads.js';
import { ADMIN, MANAGER, REP, TestPacer } from '../helpers/test-pacer.js';

/** Issue 15, fair play for deals sent through the REST API (ADR 27): they wait like Slack deals. */
let t: TestPacer;
let key: string;
beforeEach(async () => {
  t = await TestPacer.start({ now: '2026-11-25T15:00:00Z', env: { PACER_TIMEZONE: 'America/New_York' } });
  await t.command(ADMIN.id, '/pacer', 'channel <#CWINS|wins>');
  await t.command(ADMIN.id, '/pacer', `member <@${MANAGER.id}> role:manager`);
  await t.command(ADMIN.id, '/pacer', `member <@${REP.id}> role:rep manager:<@${MANAGER.id}>`);
  key = await createKey(t, ADMIN.id, 'crm');
  t.standIn.reset();
});
afterEach(() => t.stop());

const deal = (over: Record<string, unknown> = {}) => ({
  external_id: 'crm-1',
  amount: '150000.00',
  customer: 'Big Co',
  owner: REP.id,
  closed_on: '2026-11-24',
  ...over,
});
const liveDeals = () =>
  t.deps.db
    .prepare('SELECT amount_cents, external_id, source FROM deals WHERE deleted_at IS NULL ORDER BY id')
    .all();
const pendingRows = () => t.deps.db.prepare('SELECT id FROM pending_deals').all();
const celebrations = () => t.standIn.messages('CWINS').map((m) => String(m.text));
const dms = (userId: string) => t.standIn.messages(userId);

/** The PendingDeal schema of the served OpenAPI document. */
function pendingSchemaCheck() {
  const doc = openApiDocument('1.0.0') as { components: { schemas: Record<string, object> } };
  const ajv = new Ajv2020({ strict: false });
  return ajv.compile(doc.components.schemas.PendingDeal!);
}

let clicks = 0;
async function click(userId: string, actionId: (typeof ACTIONS)[keyof typeof ACTIONS], blocks: unknown) {
  const id = `click-${++clicks}`;
  const [button] = buttons(blocks, actionId);
  await t.interact(
    buttonClick(actionId, { userId, value: button?.value, responseUrl: t.standIn.responseUrl(id) }),
  );
  const answer = await t.standIn.waitForCall((c) => c.method === 'response_url' && c.body.responseId === id);
  return answer.body as { text: string };
}

async function approvalOver100k() {
  await t.command(ADMIN.id, '/pacer', 'approval over 100k');
  t.standIn.reset();
}

describe('an API deal over the approval amount', () => {
  beforeEach(approvalOver100k);

  it('answers 202 pending_approval, counts nowhere until the manager approves, and a retry is the same pending deal', async () => {
    const sent = await api(t, 'POST', '/api/v1/deals', { key, json: deal() });
    expect(sent.status).toBe(202);
    expect(sent.body).toEqual({
      status: 'pending_approval',
      external_id: 'crm-1',
      change: false,
      amount: '150000.00',
      amount_minor: 15_000_000,
      currency: 'USD',
      customer: 'Big Co',
      owner: REP.id,
      closed_on: '2026-11-24',
      note: null,
      waiting_for: [MANAGER.id],
    });
    const check = pendingSchemaCheck();
    expect(check(sent.body), JSON.stringify(check.errors)).toBe(true);
    await t.standIn.waitForCall(() => dms(MANAGER.id).length === 1);
    const request = dms(MANAGER.id)[0]!;
    expect(request.text).toBe(
      `:raising_hand: \`api-key:crm\` sent a deal: $150,000 with Big Co for <@${REP.id}>, closed 2026-11-24. Deals over $100,000 need your approval before they count.`,
    );
    expect(liveDeals()).toEqual([]);
    expect((await t.command(REP.id, '/leaderboard', '')).text).not.toContain('150,000');

    // A retry (a lost answer, a CRM sending again) finds the same pending deal; nobody is asked twice.
    const retry = await api(t, 'POST', '/api/v1/deals', { key, json: deal({ amount: '160000' }) });
    expect(retry.status).toBe(202);
    expect(retry.body).toEqual(sent.body);
    expect(pendingRows()).toHaveLength(1);
    // It cannot be changed while it waits.
    const patched = await api(t, 'PATCH', '/api/v1/deals/crm-1', { key, json: { amount: '1' } });
    expect(patched.status).toBe(409);
    expect(patched.body.type).toContain('pending');

    const approved = await click(MANAGER.id, ACTIONS.dealApprove, request.blocks);
    expect(approved.text).toBe(
      `:white_check_mark: You approved $150,000 with Big Co for <@${REP.id}>. It counts now.`,
    );
    expect(liveDeals()).toEqual([{ amount_cents: 15_000_000, external_id: 'crm-1', source: 'api' }]);
    await t.standIn.waitForCall(() => celebrations().some((m) => m.includes('$150,000')));
    await t.standIn.waitForCall(() => dms(REP.id).length === 1);
    expect(dms(REP.id)[0]!.text).toBe(
      `:white_check_mark: <@${MANAGER.id}> approved $150,000 with Big Co. It counts now.`,
    );
    // The DM never went to the key, which is nobody in Slack.
    expect(t.standIn.calls().filter((c) => JSON.stringify(c.body).includes('"api-key:crm"'))).toEqual([]);

    const after = await api(t, 'POST', '/api/v1/deals', { key, json: deal() });
    expect(after.status).toBe(200);
    expect(after.body).toMatchObject({ external_id: 'crm-1', amount_minor: 15_000_000, source: 'api' });
    expect(liveDeals()).toHaveLength(1);
  });

  it('a rejected one is never logged, and the same external_id again is refused (409)', async () => {
    await api(t, 'POST', '/api/v1/deals', { key, json: deal() });
    await t.standIn.waitForCall(() => dms(MANAGER.id).length === 1);
    await click(MANAGER.id, ACTIONS.dealReject, dms(MANAGER.id)[0]!.blocks);
    await t.standIn.waitForCall(() => dms(REP.id).some((m) => String(m.text).includes('rejected')));
    const again = await api(t, 'POST', '/api/v1/deals', { key, json: deal() });
    expect(again.status).toBe(409);
    expect(again.body.detail).toBe(
      'The deal with this external_id was rejected by a manager in Slack; it is not logged.',
    );
    expect(liveDeals()).toEqual([]);
    expect(celebrations()).toEqual([]);
  });

  it('a change through PATCH that crosses the amount waits too; the deal counts as it was meanwhile', async () => {
    expect((await api(t, 'POST', '/api/v1/deals', { key, json: deal({ amount: '50000' }) })).status).toBe(
      201,
    );
    t.standIn.reset();
    const patched = await api(t, 'PATCH', '/api/v1/deals/crm-1', { key, json: { amount: '150000' } });
    expect(patched.status).toBe(202);
    expect(patched.body).toMatchObject({
      status: 'pending_approval',
      change: true,
      amount_minor: 15_000_000,
    });
    expect(liveDeals()).toEqual([{ amount_cents: 5_000_000, external_id: 'crm-1', source: 'api' }]);
    // The same PATCH again is the same change waiting, not a second one.
    await api(t, 'PATCH', '/api/v1/deals/crm-1', { key, json: { amount: '150000' } });
    expect(pendingRows()).toHaveLength(1);
    await t.standIn.waitForCall(() => dms(MANAGER.id).length === 1);
    const request = dms(MANAGER.id)[0]!;
    expect(request.text).toContain('`api-key:crm` sent a change to a deal: $150,000 with Big Co');
    expect(request.text).toContain('until then the deal counts as it was');
    await click(MANAGER.id, ACTIONS.dealApprove, request.blocks);
    expect(liveDeals()).toEqual([{ amount_cents: 15_000_000, external_id: 'crm-1', source: 'api' }]);
    // The celebration of the deal is corrected, not posted again.
    await t.standIn.waitForCall(
      (c) => c.method === 'chat.update' && String(c.body.text).includes('$150,000'),
    );
    expect(celebrations().filter((m) => m.includes('Big Co'))).toHaveLength(1);
  });
});

describe('an unusual API deal', () => {
  beforeEach(async () => {
    for (const amount of ['100', '120', '90'])
      await t.command(REP.id, '/deal', `${amount} Small Co ${amount}`);
    t.standIn.reset();
  });

  it('answers 202 pending_confirmation and asks the owner "Are you sure?" in a DM; Yes logs it once', async () => {
    const json = deal({ external_id: 'crm-9', amount: '5000', customer: 'Whale Co' });
    const sent = await api(t, 'POST', '/api/v1/deals', { key, json });
    expect(sent.status).toBe(202);
    expect(sent.body).toMatchObject({ status: 'pending_confirmation', waiting_for: [REP.id] });
    await t.standIn.waitForCall(() => dms(REP.id).length === 1);
    const question = dms(REP.id)[0]!;
    expect(question.text).toBe(
      ':warning: *Are you sure?* `api-key:crm` sent a deal for you: $5,000 with Whale Co is 50× your median deal ($100). Nothing counts until you confirm.',
    );
    expect((await api(t, 'POST', '/api/v1/deals', { key, json })).status).toBe(202);
    expect(dms(REP.id)).toHaveLength(1);
    expect(liveDeals()).toHaveLength(3);
    // Only the owner answers it.
    expect((await click(MANAGER.id, ACTIONS.dealConfirm, question.blocks)).text).toBe(
      `Only <@${REP.id}> can confirm or cancel this deal.`,
    );
    await click(REP.id, ACTIONS.dealConfirm, question.blocks);
    expect(liveDeals()).toHaveLength(4);
    expect(liveDeals()[3]).toEqual({ amount_cents: 500_000, external_id: 'crm-9', source: 'api' });
    await t.standIn.waitForCall(() => celebrations().some((m) => m.includes('Whale Co')));
    const after = await api(t, 'POST', '/api/v1/deals', { key, json });
    expect(after.status).toBe(200);
    expect(liveDeals()).toHaveLength(4);
  });

  it('Cancel in the DM: not logged, and the external_id is refused afterwards', async () => {
    const json = deal({ external_id: 'crm-9', amount: '5000', customer: 'Whale Co' });
    await api(t, 'POST', '/api/v1/deals', { key, json });
    await t.standIn.waitForCall(() => dms(REP.id).length === 1);
    await click(REP.id, ACTIONS.dealCancel, dms(REP.id)[0]!.blocks);
    const again = await api(t, 'POST', '/api/v1/deals', { key, json });
    expect(again.status).toBe(409);
    expect(liveDeals()).toHaveLength(3);
  });
});
