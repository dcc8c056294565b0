import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api, createKey, originOf } from '../helpers/api-client.js';
import { ADMIN, MANAGER, REP, REP2, TestPacer } from '../helpers/test-pacer.js';

let t: TestPacer;
let key: string;

async function start(env: Record<string, string> = {}) {
  // Wednesday 25 Nov 2026; the team is in New York.
  t = await TestPacer.start({
    now: '2026-11-25T15:00:00Z',
    env: { PACER_TIMEZONE: 'America/New_York', ...env },
  });
  await t.command(ADMIN.id, '/pacer', 'channel <#CWINS|wins>');
  await t.command(ADMIN.id, '/pacer', 'region add North');
  await t.command(ADMIN.id, '/pacer', 'region add South');
  await t.command(ADMIN.id, '/pacer', 'product add Cloud');
  await t.command(ADMIN.id, '/pacer', `member <@${REP.id}> role:rep region:North manager:<@${MANAGER.id}>`);
  await t.command(ADMIN.id, '/pacer', `member <@${REP2.id}> role:rep region:South`);
  key = await createKey(t, ADMIN.id, 'crm');
  t.standIn.reset();
}
afterEach(async () => {
  await t.stop();
});

const deal = (over: Record<string, unknown> = {}) => ({
  external_id: 'crm-123',
  amount: '12500.00',
  currency: 'USD',
  customer: 'Acme Corp',
  owner: REP.id,
  closed_on: '2026-11-24',
  product: 'Cloud',
  note: 'renewal <b>',
  ...over,
});
const liveDeals = () =>
  t.deps.db.prepare('SELECT * FROM deals WHERE deleted_at IS NULL ORDER BY id').all() as Array<
    Record<string, unknown>
  >;
const allDeals = () => t.deps.db.prepare('SELECT COUNT(*) AS n FROM deals').get() as { n: number };

describe('POST /api/v1/deals', () => {
  beforeEach(() => start());

  it('logs the deal like /deal (201), celebrates it with its source, and a repeat answers the same deal (200)', async () => {
    const created = await api(t, 'POST', '/api/v1/deals', { key, json: deal() });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      external_id: 'crm-123',
      amount: '12500.00',
      amount_minor: 1_250_000,
      currency: 'USD',
      customer: 'Acme Corp',
      owner: REP.id,
      closed_on: '2026-11-24',
      product: 'Cloud',
      region: 'North',
      note: 'renewal <b>',
      source: 'api',
      new_customer: true,
    });
    expect(liveDeals()).toMatchObject([
      {
        member_id: REP.id,
        amount_cents: 1_250_000,
        source: 'api',
        external_id: 'crm-123',
        logged_by: 'api-key:crm',
      },
    ]);
    const post = await t.standIn.waitForCall(
      (c) => c.method === 'chat.postMessage' && c.body.channel === 'CWINS',
    );
    expect(post.body.text).toBe(
      `:tada: <@${REP.id}> closed $12,500 with Acme Corp · new customer · _via the API_`,
    );

    // The same external id again, even with other fields: the first deal, nothing new, no second post.
    const again = await api(t, 'POST', '/api/v1/deals', { key, json: deal({ amount: 99 }) });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(created.body);
    expect(allDeals().n).toBe(1);

    // It counts like a /deal deal: the rep's list and the leaderboard show it.
    expect((await t.command(REP.id, '/deal', 'list')).text).toContain('Acme Corp');
    const board = await t.command(REP.id, '/leaderboard', 'month');
    expect(board.text + JSON.stringify(board.reply.blocks)).toContain('$12,500');
    const audit = t.deps.db.prepare("SELECT actor FROM audit_log WHERE action = 'deal.create'").all();
    expect(audit).toEqual([{ actor: 'api-key:crm' }]);
  });

  it('two requests with one external id at once store one deal: one 201, one 200', async () => {
    const json = deal({ celebrate: false });
    const answers = await Promise.all([1, 2, 3].map(() => api(t, 'POST', '/api/v1/deals', { key, json })));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 201]);
    expect(new Set(answers.map((a) => JSON.stringify(a.body))).size).toBe(1);
    expect(allDeals().n).toBe(1);
  });

  it('takes a number amount and an owner by email, and does not celebrate when told not to', async () => {
    t.deps.db.prepare('UPDATE members SET email = ? WHERE user_id = ?').run('Sara@Example.com', REP2.id);
    const created = await api(t, 'POST', '/api/v1/deals', {
      key,
      json: {
        external_id: 'z-1',
        amount: 800.5,
        customer: 'Beta',
        owner: 'sara@example.com',
        closed_on: '2026-11-25',
        celebrate: false,
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ owner: REP2.id, amount: '800.50', region: 'South', product: null });
    await api(t, 'POST', '/api/v1/deals', { key, json: deal() });
    const posts = await t.standIn.waitForCall((c) => c.method === 'chat.postMessage');
    expect(posts.body.text).toContain('Acme Corp');
    expect(t.standIn.calls('chat.postMessage').map((c) => c.body.text)).not.toContainEqual(
      expect.stringContaining('Beta'),
    );
  });

  it('refuses bad fields with one error per field (400) and writes nothing', async () => {
    const bad = await api(t, 'POST', '/api/v1/deals', {
      key,
      json: deal({ amount: 'twelve', closed_on: '2026-12-31', customer: '  ', currency: 'EUR' }),
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    const byField = Object.fromEntries(
      bad.body.errors.map((e: { pointer: string; detail: string }) => [e.pointer, e.detail]),
    );
    expect(Object.keys(byField).sort()).toEqual(['/amount', '/closed_on', '/currency', '/customer']);
    expect(byField['/amount']).toContain('“twelve”');
    expect(byField['/closed_on']).toContain('future');
    expect(byField['/currency']).toContain('USD');

    const shape = await api(t, 'POST', '/api/v1/deals', { key, json: { amount: true, customr: 'x' } });
    expect(shape.status).toBe(400);
    const pointers = shape.body.errors.map((e: { pointer: string }) => e.pointer);
    expect(pointers).toEqual(
      expect.arrayContaining(['/external_id', '/amount', '/customer', '/owner', '/closed_on']),
    );
    expect(JSON.stringify(shape.body.errors)).toContain('customr');

    expect(
      (
        await api(t, 'POST', '/api/v1/deals', {
          key,
          body: '{"external_id":',
          headers: { 'content-type': 'application/json' },
        })
      ).status,
    ).toBe(400);
    expect(
      (await api(t, 'POST', '/api/v1/deals', { key, body: 'a=b', headers: { 'content-type': 'text/plain' } }))
        .status,
    ).toBe(415);
    expect(allDeals().n).toBe(0);
  });

  it('refuses an unknown member or product line (422), naming the known ones', async () => {
    const member = await api(t, 'POST', '/api/v1/deals', {
      key,
      json: deal({ owner: 'nobody@example.com' }),
    });
    expect(member.status).toBe(422);
    expect(member.body.errors[0]).toMatchObject({ pointer: '/owner', code: 'ownerUnknown' });
    expect(member.body.known.owner).toEqual(
      expect.arrayContaining([`${REP.id} (rick)`, `${REP2.id} (sara)`]),
    );
    const product = await api(t, 'POST', '/api/v1/deals', {
      key,
      json: deal({ product: 'Hardware', region: 'West' }),
    });
    expect(product.status).toBe(422);
    expect(product.body.known).toEqual({ product: ['Cloud'], region: ['North', 'South'] });
    expect(product.body.errors.map((e: { detail: string }) => e.detail).join(' ')).toContain(
      '"Hardware" is not a product line',
    );
    // A Slack ID Slack does not know either.
    expect((await api(t, 'POST', '/api/v1/deals', { key, json: deal({ owner: 'UNOBODY1' }) })).status).toBe(
      422,
    );
    expect(allDeals().n).toBe(0);
  });

  it('refuses a body over 10 MB (413) without reading it', async () => {
    const huge = Buffer.alloc(10 * 1024 * 1024 + 1, 0x20);
    const res = await api(t, 'POST', '/api/v1/deals', {
      key,
      body: huge,
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(413);
    expect(allDeals().n).toBe(0);
    // The server still serves the next request.
    expect((await api(t, 'POST', '/api/v1/deals', { key, json: deal() })).status).toBe(201);
  });

  it('refuses a missing, wrong or malformed key (401) before reading anything', async () => {
    const missing = await api(t, 'POST', '/api/v1/deals', { key: null, json: deal() });
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toBe('Bearer');
    const wrong = await api(t, 'POST', '/api/v1/deals', { key: `pacer_${'x'.repeat(43)}`, json: deal() });
    expect(wrong.status).toBe(401);
    expect(wrong.body.detail).toContain('no such key');
    expect(
      (await api(t, 'GET', '/api/v1/deals', { headers: { authorization: `Basic ${key}` } })).status,
    ).toBe(401);
    expect(allDeals().n).toBe(0);
    expect(t.logs.join('\n')).not.toContain(key);
  });
});

describe('GET, PATCH and DELETE', () => {
  beforeEach(() => start());

  it('lists by owner, dates, product, region and source, a page at a time', async () => {
    await t.command(REP2.id, '/deal', '500 Typed Inc date:2026-11-02');
    for (let i = 1; i <= 5; i++) {
      const json = deal({
        external_id: `p-${i}`,
        customer: `C${i}`,
        closed_on: `2026-11-0${i}`,
        owner: i % 2 ? REP.id : REP2.id,
        product: i === 5 ? null : 'Cloud',
        celebrate: false,
      });
      expect((await api(t, 'POST', '/api/v1/deals', { key, json })).status).toBe(201);
    }
    const all = await api(t, 'GET', '/api/v1/deals', { key });
    expect(all.body.deals.map((d: { customer: string }) => d.customer)).toEqual([
      'Typed Inc',
      'C1',
      'C2',
      'C3',
      'C4',
      'C5',
    ]);
    expect(all.body.deals[0]).toMatchObject({ source: 'slack', external_id: null });
    const names = async (query: string) =>
      (await api(t, 'GET', `/api/v1/deals?${query}`, { key })).body.deals.map(
        (d: { customer: string }) => d.customer,
      );
    expect(await names(`owner=${REP.id}`)).toEqual(['C1', 'C3', 'C5']);
    expect(await names('from=2026-11-02&to=2026-11-03')).toEqual(['Typed Inc', 'C2', 'C3']);
    expect(await names('product=cloud')).toEqual(['C1', 'C2', 'C3', 'C4']);
    expect(await names('region=South')).toEqual(['Typed Inc', 'C2', 'C4']);
    expect(await names('source=slack')).toEqual(['Typed Inc']);

    const first = await api(t, 'GET', '/api/v1/deals?limit=4&source=api', { key });
    expect(first.body.deals).toHaveLength(4);
    const second = await api(t, 'GET', `/api/v1/deals?limit=4&source=api&cursor=${first.body.next_cursor}`, {
      key,
    });
    expect(second.body).toMatchObject({ deals: [{ customer: 'C5' }], next_cursor: null });

    expect((await api(t, 'GET', '/api/v1/deals?product=Hardware', { key })).body.known).toEqual({
      product: ['Cloud'],
    });
    const bad = await api(t, 'GET', '/api/v1/deals?from=yesterday&limit=9999&colour=red', { key });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual(
      expect.arrayContaining(['/from', '/limit']),
    );
  });

  it('changes a deal under the same rules, and deletes it so it counts nowhere', async () => {
    await api(t, 'POST', '/api/v1/deals', { key, json: deal({ celebrate: false }) });
    const changed = await api(t, 'PATCH', '/api/v1/deals/crm-123', {
      key,
      json: { amount: '15,000', region: 'South', note: null },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      amount: '15000.00',
      region: 'South',
      note: null,
      customer: 'Acme Corp',
      product: 'Cloud',
    });
    expect(liveDeals()[0]).toMatchObject({ amount_cents: 1_500_000 });
    const bad = await api(t, 'PATCH', '/api/v1/deals/crm-123', {
      key,
      json: { closed_on: '2027-01-01', product: 'Nope' },
    });
    expect(bad.status).toBe(400);
    expect(liveDeals()[0]).toMatchObject({ amount_cents: 1_500_000, closed_on: '2026-11-24' });
    expect((await api(t, 'PATCH', '/api/v1/deals/crm-999', { key, json: { amount: 1 } })).status).toBe(404);
    expect((await api(t, 'PATCH', '/api/v1/deals/crm-123', { key, json: { external_id: 'x' } })).status).toBe(
      400,
    );

    const deleted = await api(t, 'DELETE', '/api/v1/deals/crm-123', { key });
    expect(deleted.status).toBe(200);
    expect(liveDeals()).toEqual([]);
    expect((await t.command(REP.id, '/deal', 'list')).text).toContain('You have no deals yet');
    expect((await api(t, 'DELETE', '/api/v1/deals/crm-123', { key })).status).toBe(404);
    // Sending it again does not bring it back.
    const resent = await api(t, 'POST', '/api/v1/deals', { key, json: deal() });
    expect(resent.status).toBe(409);
    expect(liveDeals()).toEqual([]);
    const actions = t.deps.db.prepare("SELECT action FROM audit_log WHERE entity = 'deal' ORDER BY id").all();
    expect(actions).toEqual([{ action: 'deal.create' }, { action: 'deal.edit' }, { action: 'deal.delete' }]);
  });

  it('an external id with slashes and spaces works in the path', async () => {
    await api(t, 'POST', '/api/v1/deals', {
      key,
      json: deal({ external_id: 'sf/006 AB', celebrate: false }),
    });
    const res = await api(t, 'PATCH', `/api/v1/deals/${encodeURIComponent('sf/006 AB')}`, {
      key,
      json: { amount: 1 },
    });
    expect(res.status).toBe(200);
    expect(res.body.amount).toBe('1.00');
  });
});

describe('rate limit', () => {
  beforeEach(() => start({ API_RATE_LIMIT_PER_MINUTE: '3' }));

  it('answers 429 with Retry-After past the limit, per key, and serves again once tokens are back', async () => {
    for (let i = 0; i < 3; i++) expect((await api(t, 'GET', '/api/v1/deals', { key })).status).toBe(200);
    const limited = await api(t, 'POST', '/api/v1/deals', { key, json: deal() });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('20');
    expect(allDeals().n).toBe(0);
    // Another key has its own bucket.
    const other = await createKey(t, ADMIN.id, 'other');
    expect((await api(t, 'GET', '/api/v1/deals', { key: other })).status).toBe(200);
    t.clock.advance(20_000);
    expect((await api(t, 'POST', '/api/v1/deals', { key, json: deal() })).status).toBe(201);
  });
});

describe('routes', () => {
  beforeEach(() => start());
  it('answers 404 for a path or method the API does not have', async () => {
    expect((await api(t, 'PUT', '/api/v1/deals/x', { key, json: {} })).status).toBe(404);
    expect((await fetch(`${originOf(t)}/api/v2/deals`)).status).toBe(404);
    // No HubSpot secret configured: no webhook.
    expect((await fetch(`${originOf(t)}/webhooks/hubspot`, { method: 'POST', body: '{}' })).status).toBe(404);
  });
});
