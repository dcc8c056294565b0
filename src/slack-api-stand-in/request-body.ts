type Json = Record<string, unknown>;

// WebClient JSON-encodes every non-scalar argument inside its form body; these come back as objects so
// that recorded calls read the same however the caller encoded them.
const JSON_FIELDS = new Set(['blocks', 'attachments', 'view', 'metadata']);
// Form bodies carry booleans as 'true'/'false'. Only these known flags are decoded: a message whose text
// is literally "true" must stay text.
const BOOLEAN_FIELDS = new Set([
  'as_user',
  'delete_original',
  'include_all_metadata',
  'include_locale',
  'inclusive',
  'link_names',
  'mrkdwn',
  'reply_broadcast',
  'replace_original',
  'unfurl_links',
  'unfurl_media',
]);

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function decodeField(key: string, value: string): unknown {
  if (BOOLEAN_FIELDS.has(key) && (value === 'true' || value === 'false')) return value === 'true';
  if (JSON_FIELDS.has(key) && /^\s*[[{]/.test(value)) {
    try {
      return JSON.parse(value);
    } catch {
      // Kept as the raw string: Slack would refuse it, and so will validation.
    }
  }
  return value;
}

/**
 * Parses a Web API or response_url body, form-encoded or JSON. Returns undefined for a body that
 * claims to be JSON but is not, which Slack answers with invalid_json.
 */
export function parseRequestBody(raw: string, contentType: string): Json | undefined {
  if (!raw.trim()) return {};
  const isForm = contentType.includes('application/x-www-form-urlencoded');
  // A browser fetch() with a string body says text/plain; the playground should not have to care.
  const isJson = contentType.includes('application/json') || (!isForm && raw.trimStart().startsWith('{'));
  let fields: Json;
  if (isJson) {
    try {
      const parsed: unknown = JSON.parse(raw);
      if (!isObject(parsed)) return undefined;
      fields = parsed;
    } catch {
      return undefined;
    }
  } else {
    fields = Object.fromEntries(new URLSearchParams(raw));
  }
  const body: Json = {};
  for (const [key, value] of Object.entries(fields)) {
    body[key] = typeof value === 'string' ? decodeField(key, value) : value;
  }
  return body;
}

/** The token from `Authorization: Bearer …`, as WebClient sends it. */
export function bearerToken(header: string | undefined): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
}
