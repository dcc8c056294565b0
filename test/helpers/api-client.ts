import { createHmac } from 'node:crypto';
import type { TestPacer } from './test-pacer.js';

export interface ApiResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON, or the text when it is not JSON. */
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever the API answered
  body: any;
}

/** Pacer's HTTP origin (the same server as /slack/events). */
export const originOf = (t: TestPacer) => new URL(t.url).origin;

/** A request to the REST API over real HTTP, with a bearer key unless `key` is null. */
export async function api(
  t: TestPacer,
  method: string,
  path: string,
  options: {
    key?: string | null;
    json?: unknown;
    body?: string | Buffer;
    headers?: Record<string, string>;
  } = {},
): Promise<ApiResponse> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.key) headers.authorization = `Bearer ${options.key}`;
  let body: string | Buffer | undefined = options.body;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers['content-type'] ??= 'application/json';
  }
  const response = await fetch(`${originOf(t)}${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body }),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, headers: response.headers, body: parsed };
}

/** Creates a key through `/pacer api-key create` as an admin and reads it from the one reply that shows it. */
export async function createKey(t: TestPacer, adminId: string, name: string): Promise<string> {
  const { text } = await t.command(adminId, '/pacer', `api-key create ${name}`);
  const key = /pacer_[A-Za-z0-9_-]{43}/.exec(text)?.[0];
  if (!key) throw new Error(`no key in the reply: ${text}`);
  return key;
}

/**
 * HubSpot's signature v3, written out here from its guide (not with Pacer's code): base64 of
 * HMAC-SHA256(client secret, method + URI + body + timestamp).
 */
export function hubspotV3(
  secret: string,
  method: string,
  uri: string,
  body: string,
  timestamp: string,
): string {
  return createHmac('sha256', secret)
    .update(method + uri + body + timestamp)
    .digest('base64');
}
