import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** Slack's window: a request stamped more than five minutes from now, either way, is refused. */
export const TIMESTAMP_TOLERANCE_S = 5 * 60;

export type SignatureCheck =
  | { ok: true; signature: string; timestamp: number }
  | { ok: false; reason: string };

const TIMESTAMP = /^\d{1,12}$/;
const SIGNATURE = /^v0=[0-9a-f]{64}$/;

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * Slack's v0 signature: HMAC-SHA256 of `v0:<timestamp>:<body>` with the signing secret. Computed over
 * the bytes received (Bolt hashes the body decoded as a string, which is not the same thing for bytes
 * that are not UTF-8), compared in constant time.
 */
export function verifySignature(
  secret: string,
  headers: IncomingHttpHeaders,
  raw: Buffer,
  nowMs: number,
): SignatureCheck {
  const timestampHeader = header(headers, 'x-slack-request-timestamp');
  const signature = header(headers, 'x-slack-signature');
  if (!timestampHeader || !TIMESTAMP.test(timestampHeader))
    return { ok: false, reason: 'no usable timestamp' };
  if (!signature || !SIGNATURE.test(signature)) return { ok: false, reason: 'no v0 signature' };
  const timestamp = Number(timestampHeader);
  // Bolt refuses only old stamps; a stamp in the future would let a captured request be replayed
  // for as long as its author liked (a day, ten years).
  const skew = Math.floor(nowMs / 1000) - timestamp;
  if (Math.abs(skew) > TIMESTAMP_TOLERANCE_S) {
    const when = skew > 0 ? `${skew} s old` : `${-skew} s in the future`;
    return { ok: false, reason: `timestamp ${when} (limit ${TIMESTAMP_TOLERANCE_S} s either way)` };
  }
  const expected = createHmac('sha256', secret).update(`v0:${timestamp}:`).update(raw).digest();
  if (!timingSafeEqual(expected, Buffer.from(signature.slice(3), 'hex'))) {
    return { ok: false, reason: 'signature mismatch' };
  }
  return { ok: true, signature, timestamp };
}
