import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api, createKey } from '../helpers/api-client.js';
import { type ActionId, buttonClick } from '../helpers/payloads.js';
import { salesTeam } from '../helpers/sales-team.js';
import { ADMIN, MANAGER, REP, REP2, type TestPacer } from '../helpers/test-pacer.js';

/** Deals that wait (fair play) are listed by `GET /api/v1/deals?status=waiting`, with their status. */
let t: TestPacer;
let key: string;
beforeEach(async () => {
  t = await salesTeam();
  await t.command(ADMIN.id, '/pacer', 'approval over 100k');
  for (const amount of ['40k', '50k', '45k'])
    await t.command(REP.id, '/deal', `${amount} Small Co ${amount}`);
  key = await createKey(t, ADMIN.id, 'crm');
});
afterEach(() => t.stop());

/** The served document's schema `id`, compiled. */
async function schema(id: string) {
  const served = await api(t, 'GET', '/api/v1/openapi.json', { key: null });
  const ajv = new Ajv2020({ strict: false });
  ajv.addSchema(served.body, 'doc');
  return ajv.getSchema(`doc#/components/schemas/${id}`)!;
}

describe('GET /api/v1/deals?status=waiting', () => {
  it('lists deals from Slack and the API that wait, with who decides and since when; counted deals stay apart', async () => {
    expect((await t.command(REP.id, '/deal', '600k Whale Co')).text).toContain('Are you sure?');
    t.clock.set(new Date('2026-11-25T16:00:00Z'));
    const sent = await api(t, 'POST', '/api/v1/deals', {
      key,
      json: {
        external_id: 'crm-9',
        amount: '150000',
        customer: 'Big Co',
        owner: REP2.id,
        closed_on: '2026-11-24',
      },
    });
    expect(sent.status).toBe(202);

    const waiting = await api(t, 'GET', '/api/v1/deals?status=waiting', { key });
    expect(waiting.status).toBe(200);
    expect(waiting.body).toEqual({
      deals: [
        {
          status: 'pending_confirmation',
          external_id: null,
          change: false,
          amount: '600000.00',
          amount_minor: 60_000_000,
          currency: 'USD',
          customer: 'Whale Co',
          owner: REP.id,
          closed_on: '2026-11-25',
          note: null,
          waiting_for: [REP.id],
          waiting_since: '2026-11-25T15:00:00.000Z',
        },
        {
          status: 'pending_approval',
          external_id: 'crm-9',
          change: false,
          amount: '150000.00',
          amount_minor: 15_000_000,
          currency: 'USD',
          customer: 'Big Co',
          owner: REP2.id,
          closed_on: '2026-11-24',
          note: null,
          waiting_for: [MANAGER.id],
          waiting_since: '2026-11-25T16:00:00.000Z',
        },
      ],
      next_cursor: null,
    });
    const check = await schema('WaitingDealPage');
    expect(check(waiting.body)).toBe(true);
    // Not among the deals that count.
    const counted = await api(t, 'GET', '/api/v1/deals', { key });
    expect(counted.body.deals.map((d: { customer: string }) => d.customer)).toEqual([
      'Small Co 40k',
      'Small Co 50k',
      'Small Co 45k',
    ]);
    expect((await schema('DealPage'))(counted.body)).toBe(true);
  });

  it('filters by owner, pages with the cursor, and refuses filters that do not apply', async () => {
    for (const customer of ['A Co', 'B Co', 'C Co']) await t.command(REP2.id, '/deal', `150k ${customer}`);
    await t.command(REP.id, '/deal', '150k Rep Co');
    const first = await api(t, 'GET', `/api/v1/deals?status=waiting&owner=${REP2.id}&limit=2`, { key });
    expect(first.body.deals.map((d: { customer: string }) => d.customer)).toEqual(['A Co', 'B Co']);
    const second = await api(
      t,
      'GET',
      `/api/v1/deals?status=waiting&owner=${REP2.id}&limit=2&cursor=${first.body.next_cursor}`,
      { key },
    );
    expect(second.body).toMatchObject({ deals: [{ customer: 'C Co' }], next_cursor: null });
    const refused = await api(t, 'GET', '/api/v1/deals?status=waiting&product=Cloud', { key });
    expect(refused.status).toBe(400);
    expect(refused.body.detail).toBe(
      'These filters do not apply with status=waiting: product. Filter by owner, from and to.',
    );
    expect((await api(t, 'GET', '/api/v1/deals?status=maybe', { key })).status).toBe(400);
  });
});

describe('giving a deal to someone else', () => {
  it('through PATCH, same amount, waits for approval again; it counts for the old owner until approved', async () => {
    await t.command(ADMIN.id, '/pacer', `member <@${REP2.id}> role:rep manager:none`);
    const created = await api(t, 'POST', '/api/v1/deals', {
      key,
      json: {
        external_id: 'crm-7',
        amount: '150000',
        customer: 'Big Co',
        owner: REP.id,
        closed_on: '2026-11-24',
      },
    });
    expect(created.status).toBe(202);
    // The manager approves it for the rep (Approve in the DM).
    const pendingId = (t.deps.db.prepare('SELECT MAX(id) AS id FROM pending_deals').get() as { id: number })
      .id;
    await t.interact(
      buttonClick('deal_approve' as ActionId, {
        userId: MANAGER.id,
        value: String(pendingId),
        responseUrl: t.standIn.responseUrl('approve'),
        triggerId: 'trigger-approve',
      }),
    );
    await t.standIn.waitForCall((c) => c.method === 'response_url' && c.body.responseId === 'approve');
    const owners = () =>
      t.deps.db
        .prepare("SELECT member_id FROM deals WHERE external_id = 'crm-7' AND deleted_at IS NULL")
        .all();
    expect(owners()).toEqual([{ member_id: REP.id }]);

    const moved = await api(t, 'PATCH', '/api/v1/deals/crm-7', { key, json: { owner: REP2.id } });
    expect(moved.status).toBe(202);
    expect(moved.body).toMatchObject({
      status: 'pending_approval',
      change: true,
      owner: REP2.id,
      amount: '150000.00',
      waiting_for: [ADMIN.id],
    });
    expect(owners()).toEqual([{ member_id: REP.id }]);
    const listed = await api(t, 'GET', `/api/v1/deals?status=waiting&owner=${REP2.id}`, { key });
    expect(listed.body.deals).toMatchObject([{ external_id: 'crm-7', change: true }]);

    // A later PATCH of only the note is not asked again, and supersedes the waiting move (ADR 27).
    const noted = await api(t, 'PATCH', '/api/v1/deals/crm-7', { key, json: { note: 'renewal' } });
    expect(noted.status).toBe(200);
    expect(noted.body).toMatchObject({ owner: REP.id, note: 'renewal' });
    expect((await api(t, 'GET', '/api/v1/deals?status=waiting', { key })).body.deals).toEqual([]);
  });
});
