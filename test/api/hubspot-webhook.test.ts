import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/slack/ids.js';
import { hubspotV3, originOf } from '../helpers/api-client.js';
import { buttonClick, buttons } from '../helpers/payloads.js';
import { ADMIN, REP, TestPacer } from '../helpers/test-pacer.js';

const SECRET = 'hubspot-client-secret-0123';
let t: TestPacer;
beforeEach(async () => {
  t = await TestPacer.start({
    now: '2026-11-25T15:00:00Z',
    env: {
      PACER_TIMEZONE: 'America/New_York',
      HUBSPOT_CLIENT_SECRET: SECRET,
      HUBSPOT_CLOSED_WON_STAGES: 'closedwon, 12345678',
    },
  });
  await t.command(ADMIN.id, '/pacer', 'channel <#CWINS|wins>');
  await t.command(ADMIN.id, '/pacer', `member <@${REP.id}> role:rep`);
  // Filled from users.info's profile.email on the csv branch (migration 0020); set directly here.
  t.deps.db.prepare('UPDATE members SET email = ? WHERE user_id = ?').run('rick@example.com', REP.id);
  t.standIn.reset();
});
afterEach(async () => {
  await t.stop();
});

// What a workflow's "Send a webhook" action sends with a customised body (ADR 23).
const payload = (over: Record<string, unknown> = {}) => ({
  hs_object_id: '9876',
  dealname: 'Acme renewal',
  dealstage: 'closedwon',
  amount: '12500',
  closedate: String(Date.parse('2026-11-24T20:00:00Z')),
  owner_email: 'Rick@Example.com',
  company: 'Acme Corp',
  ...over,
});

async function send(
  body: string,
  options: { timestamp?: number; signature?: string; uri?: string } = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const url = `${originOf(t)}/webhooks/hubspot`;
  const timestamp = String(options.timestamp ?? Date.now());
  // Behind the proxy HubSpot called https://<host>/webhooks/hubspot; Pacer rebuilds that URI.
  const uri = options.uri ?? `https://${new URL(url).host}/webhooks/hubspot`;
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-hubspot-request-timestamp': timestamp,
      'x-hubspot-signature-v3': options.signature ?? hubspotV3(SECRET, 'POST', uri, body, timestamp),
    },
    body,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const deals = () => t.deps.db.prepare('SELECT * FROM deals').all() as Array<Record<string, unknown>>;

describe('POST /webhooks/hubspot', () => {
  it('logs a closed-won deal: owner by email, company, amount, close date in the team timezone; once', async () => {
    const res = await send(JSON.stringify(payload()));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      external_id: 'hubspot-9876',
      owner: REP.id,
      customer: 'Acme Corp',
      amount: '12500.00',
      closed_on: '2026-11-24',
      source: 'hubspot',
    });
    expect(deals()).toMatchObject([
      { member_id: REP.id, amount_cents: 1_250_000, source: 'hubspot', logged_by: 'hubspot' },
    ]);
    const post = await t.standIn.waitForCall(
      (c) => c.method === 'chat.postMessage' && c.body.channel === 'CWINS',
    );
    expect(post.body.text).toContain('closed $12,500 with Acme Corp');
    expect(post.body.text).toContain('_via HubSpot_');

    // HubSpot delivers it again (a retry, or the workflow re-enrolled): the same deal, nothing new.
    const again = await send(JSON.stringify(payload({ amount: '1' })));
    expect(again.status).toBe(200);
    expect(deals()).toHaveLength(1);
  });

  it('reads the "include all properties" shape and a custom closed-won stage id', async () => {
    const body = {
      objectId: 5555,
      properties: {
        dealstage: { value: '12345678' },
        amount: { value: '700.25' },
        closedate: { value: '2026-11-20T12:00:00Z' },
        dealname: { value: 'Beta Ltd – new' },
        owner_email: { value: 'rick@example.com' },
      },
    };
    const res = await send(JSON.stringify(body));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      external_id: 'hubspot-5555',
      customer: 'Beta Ltd – new',
      amount: '700.25',
      closed_on: '2026-11-20',
    });
  });

  it('acknowledges a deal in another stage and logs nothing', async () => {
    const res = await send(JSON.stringify(payload({ dealstage: 'contractsent' })));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ignored' });
    expect(deals()).toEqual([]);
  });

  it('refuses a forged, tampered or stale signature (401) and logs nothing', async () => {
    const body = JSON.stringify(payload());
    expect(
      (
        await send(body, {
          signature: hubspotV3(
            'another-secret',
            'POST',
            'https://x/webhooks/hubspot',
            body,
            String(Date.now()),
          ),
        })
      ).status,
    ).toBe(401);
    const timestamp = Date.now();
    const signed = hubspotV3(
      SECRET,
      'POST',
      `https://${new URL(originOf(t)).host}/webhooks/hubspot`,
      body,
      String(timestamp),
    );
    expect((await send(body.replace('12500', '99999'), { timestamp, signature: signed })).status).toBe(401);
    expect((await send(body, { timestamp: Date.now() - 6 * 60_000 })).status).toBe(401);
    expect((await send(body, { timestamp: Date.now() + 6 * 60_000 })).status).toBe(401);
    // Signed for another URL: the URI is part of what HubSpot signs.
    expect((await send(body, { uri: 'https://elsewhere.example/webhooks/hubspot' })).status).toBe(401);
    expect(deals()).toEqual([]);
    // Within the window is fine.
    expect((await send(body, { timestamp: Date.now() - 4 * 60_000 })).status).toBe(201);
    expect(t.logs.join('\n')).not.toContain(SECRET);
  });

  it('refuses an owner Pacer cannot map (422) and a bad amount (400), each naming the field', async () => {
    const unknown = await send(JSON.stringify(payload({ owner_email: 'ghost@example.com' })));
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors).toEqual([
      expect.objectContaining({ pointer: '/owner', code: 'ownerUnknown' }),
    ]);
    const bad = await send(JSON.stringify(payload({ amount: '', owner_email: undefined })));
    expect(bad.status).toBe(400);
    expect((bad.body.errors as Array<{ pointer: string }>).map((e) => e.pointer).sort()).toEqual([
      '/amount',
      '/owner',
    ]);
    expect(deals()).toEqual([]);
  });
});

describe('fair play for HubSpot deals', () => {
  it('a deal over the approval amount is acknowledged (202), waits for an admin, and a redelivery is the same one', async () => {
    await t.command(ADMIN.id, '/pacer', 'approval over 10k');
    const body = JSON.stringify(payload());
    const first = await send(body);
    expect(first.status).toBe(202);
    // The rep has no manager: the admins decide.
    expect(first.body).toMatchObject({
      status: 'pending_approval',
      external_id: 'hubspot-9876',
      waiting_for: [ADMIN.id],
    });
    expect((await send(body)).body).toEqual(first.body);
    expect(deals()).toEqual([]);
    expect(t.deps.db.prepare('SELECT COUNT(*) AS n FROM pending_deals').get()).toEqual({ n: 1 });
    await t.standIn.waitForCall(() => t.standIn.messages(ADMIN.id).length === 1);
    expect(t.standIn.messages(ADMIN.id)[0]!.text).toContain('`hubspot` sent a deal: $12,500 with Acme Corp');
    expect(t.standIn.messages('CWINS')).toEqual([]);

    // Rejected in Slack: the same deal delivered again is acknowledged and not logged.
    const [reject] = buttons(t.standIn.messages(ADMIN.id)[0]!.blocks, ACTIONS.dealReject);
    await t.interact(
      buttonClick(ACTIONS.dealReject, {
        userId: ADMIN.id,
        value: reject?.value,
        responseUrl: t.standIn.responseUrl('reject'),
      }),
    );
    await t.standIn.waitForCall((c) => c.method === 'response_url' && c.body.responseId === 'reject');
    const again = await send(body);
    expect(again).toEqual({
      status: 200,
      body: { status: 'ignored', reason: 'rejected or cancelled in Pacer' },
    });
    expect(deals()).toEqual([]);
  });
});
