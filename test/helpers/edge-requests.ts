import { createHmac } from 'node:crypto';
import type { SlackHttpResponse } from './signed-requests.js';

export interface RawSendOptions {
  secret: string;
  /** Seconds since the epoch (real time: Slack's stamp, not the pinned clock). */
  timestamp?: number;
  contentType?: string;
  headers?: Record<string, string>;
}

/** Signs the exact bytes sent, as Slack does, so bodies that are not UTF-8 can be sent too. */
export function signBytes(secret: string, timestamp: number, body: Buffer): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:`).update(body).digest('hex')}`;
}

export async function postSignedBytes(
  url: string,
  body: Buffer | string,
  options: RawSendOptions,
): Promise<SlackHttpResponse> {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': signBytes(options.secret, timestamp, bytes),
    ...options.headers,
  };
  if (options.contentType !== '')
    headers['content-type'] = options.contentType ?? 'application/x-www-form-urlencoded';
  const response = await fetch(url, { method: 'POST', headers, body: bytes });
  return { status: response.status, body: await response.text() };
}

/** A form with one `payload` field, as Slack sends interactivity; the value is sent as given. */
export function payloadForm(payloadText: string): string {
  return new URLSearchParams({ payload: payloadText }).toString();
}
