import { parse as parseQuery } from 'node:querystring';

export const FORM = 'application/x-www-form-urlencoded';

/** The media type alone, lower-cased: `Application/JSON; charset=utf-8` is `application/json`. */
export function mediaType(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return (value ?? '').split(';', 1)[0]!.trim().toLowerCase();
}

export type ParsedBody = { ok: true; body: unknown } | { ok: false; reason: string };

// Slack sends UTF-8; invalid bytes are refused instead of being turned into U+FFFD and stored.
const utf8 = new TextDecoder('utf-8', { fatal: true });

function parseJson(text: string, what: string): ParsedBody {
  try {
    return { ok: true, body: JSON.parse(text) };
  } catch (error) {
    return { ok: false, reason: `${what} is not JSON (${(error as Error).message.slice(0, 80)})` };
  }
}

/**
 * Slash commands come as form fields; interactivity as a form with one `payload` field of JSON;
 * events as JSON. Any other content type is read as JSON, as Bolt does.
 */
export function parseBody(raw: Buffer, form: boolean): ParsedBody {
  let text: string;
  try {
    text = utf8.decode(raw);
  } catch {
    return { ok: false, reason: 'the body is not UTF-8' };
  }
  if (!form) return parseJson(text, 'the body');
  const fields = parseQuery(text);
  const { payload } = fields;
  if (payload === undefined) return { ok: true, body: { ...fields } };
  if (typeof payload !== 'string') return { ok: false, reason: 'the form has more than one payload field' };
  return parseJson(payload, 'the payload field');
}

/** Slack's `ssl_check=1` probe: answered 200 with no signature, as Slack documents and Bolt does. */
export function isSslCheck(raw: Buffer): boolean {
  return raw.length < 2_048 && raw.includes('ssl_check=') && parseQuery(raw.toString()).ssl_check === '1';
}
