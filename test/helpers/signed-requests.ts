import { createHmac } from 'node:crypto';

export interface SlackHttpResponse {
  status: number;
  body: string;
}

/** Slack's v0 signature over `v0:<timestamp>:<raw body>`. */
export function signature(secret: string, timestamp: number, rawBody: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
}

export interface SendOptions {
  secret: string;
  /** Seconds since the epoch; Bolt compares it with the real time, so it is not the pinned clock. */
  timestamp?: number;
  /** Sign with this instead of the real signature (to test rejection). */
  signatureOverride?: string | null;
  contentType?: string;
}

export async function postSigned(
  url: string,
  rawBody: string,
  options: SendOptions,
): Promise<SlackHttpResponse> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': options.contentType ?? 'application/x-www-form-urlencoded',
    'x-slack-request-timestamp': String(timestamp),
  };
  const sig =
    options.signatureOverride === undefined
      ? signature(options.secret, timestamp, rawBody)
      : options.signatureOverride;
  if (sig !== null) headers['x-slack-signature'] = sig;
  const response = await fetch(url, { method: 'POST', headers, body: rawBody });
  return { status: response.status, body: await response.text() };
}

export function formBody(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}
