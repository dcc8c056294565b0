import { describe, expect, it } from 'vitest';
import { readHubspotDeal } from '../../../src/api/hubspot/deal-payload.js';
import { hubspotUri, verifyHubspotSignature } from '../../../src/api/hubspot/signature.js';
import { hubspotV3 } from '../../helpers/api-client.js';

const secret = 'secret-123456';
const now = 1_764_000_000_000;
const check = (over: Partial<Parameters<typeof verifyHubspotSignature>[0]> = {}) => {
  const body = Buffer.from('{"a":1}');
  const uri = 'https://pacer.example.com/webhooks/hubspot';
  return verifyHubspotSignature({
    secret,
    method: 'POST',
    uri,
    body,
    timestamp: String(now),
    signature: hubspotV3(secret, 'POST', uri, body.toString(), String(now)),
    nowMs: now,
    ...over,
  });
};

describe('HubSpot signature v3', () => {
  it('accepts the signature HubSpot computes, within 5 minutes either way', () => {
    expect(check()).toEqual({ ok: true });
    expect(check({ nowMs: now + 5 * 60_000 })).toEqual({ ok: true });
    expect(check({ nowMs: now + 5 * 60_000 + 1 })).toEqual({ ok: false, reason: 'stale' });
    expect(check({ nowMs: now - 5 * 60_000 - 1 })).toEqual({ ok: false, reason: 'stale' });
  });

  it('refuses a missing header, a bad timestamp and any other signature', () => {
    expect(check({ signature: undefined })).toEqual({ ok: false, reason: 'missing' });
    expect(check({ timestamp: 'yesterday' })).toEqual({ ok: false, reason: 'missing' });
    expect(check({ signature: 'AAAA' })).toEqual({ ok: false, reason: 'mismatch' });
    expect(check({ method: 'GET' })).toEqual({ ok: false, reason: 'mismatch' });
    expect(check({ body: Buffer.from('{"a":2}') })).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('decodes the characters HubSpot decodes in the URI before signing', () => {
    expect(hubspotUri('https://x.example/hook%3Fa=b%2Cc%40d%3d')).toBe('https://x.example/hook?a=b,c@d%3d');
    expect(hubspotUri('https://x.example/a%20b')).toBe('https://x.example/a%20b');
  });
});

describe('the HubSpot deal payload', () => {
  it('reads the customised body and the all-properties shape alike', () => {
    const flat = readHubspotDeal(
      {
        hs_object_id: '1',
        dealstage: 'closedwon',
        amount: '10',
        closedate: String(Date.parse('2026-11-30T20:00:00Z')),
        owner_email: 'a@b.co',
        company: 'Acme',
      },
      'Asia/Shanghai',
    );
    expect(flat).toEqual({
      objectId: '1',
      stage: 'closedwon',
      record: {
        external_id: 'hubspot-1',
        amount: '10',
        currency: null,
        customer: 'Acme',
        owner: 'a@b.co',
        closed_on: '2026-12-01',
      },
    });
    const nested = readHubspotDeal(
      { objectId: 2, properties: { dealstage: { value: 'won' }, dealname: { value: 'Beta' } } },
      'UTC',
    );
    expect(nested).toMatchObject({ objectId: '2', stage: 'won', record: { customer: 'Beta', owner: null } });
    expect(readHubspotDeal([1], 'UTC')).toBeNull();
  });
});
