import { createHmac, timingSafeEqual } from 'node:crypto';

/** HubSpot refuses nothing older than this itself; Pacer refuses stamps this far off either way. */
export const HUBSPOT_TOLERANCE_MS = 5 * 60_000;

// HubSpot signs the URI with these characters decoded (its request-validation guide, v3).
const DECODED: Record<string, string> = {
  '%3A': ':',
  '%2F': '/',
  '%3F': '?',
  '%40': '@',
  '%21': '!',
  '%24': '$',
  '%27': "'",
  '%28': '(',
  '%29': ')',
  '%2A': '*',
  '%2C': ',',
  '%3B': ';',
};

export function hubspotUri(uri: string): string {
  return uri.replace(/%(3A|2F|3F|40|21|24|27|28|29|2A|2C|3B)/gi, (m) => DECODED[m.toUpperCase()] ?? m);
}

/** base64(HMAC-SHA256(secret, method + uri + body + timestamp)): what X-HubSpot-Signature-v3 carries. */
export function hubspotSignature(
  secret: string,
  method: string,
  uri: string,
  body: Buffer | string,
  timestamp: string,
): string {
  return createHmac('sha256', secret)
    .update(`${method}${hubspotUri(uri)}`, 'utf8')
    .update(body)
    .update(timestamp, 'utf8')
    .digest('base64');
}

export type HubspotCheck = { ok: true } | { ok: false; reason: 'missing' | 'stale' | 'mismatch' };

/**
 * Checks signature v3 over the bytes received (not a re-serialised body) and the timestamp
 * (milliseconds) within 5 minutes of `nowMs`, in either direction: a stamp from the future is a
 * forged one or a clock to fix, and accepting it would stretch the replay window.
 */
export function verifyHubspotSignature(input: {
  secret: string;
  method: string;
  uri: string;
  body: Buffer;
  signature: string | undefined;
  timestamp: string | undefined;
  nowMs: number;
}): HubspotCheck {
  const { signature, timestamp } = input;
  if (!signature || !timestamp || !/^\d{1,16}$/.test(timestamp)) return { ok: false, reason: 'missing' };
  if (Math.abs(input.nowMs - Number(timestamp)) > HUBSPOT_TOLERANCE_MS) return { ok: false, reason: 'stale' };
  const expected = Buffer.from(
    hubspotSignature(input.secret, input.method, input.uri, input.body, timestamp),
    'base64',
  );
  const given = Buffer.from(signature, 'base64');
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: 'mismatch' };
  return { ok: true };
}
