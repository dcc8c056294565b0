/**
 * API keys (ADR 23): `pacer_` and 43 characters of base64url, 256 random bits. The prefix lets
 * secret scanners (GitHub's, gitleaks) spot a key pasted where it should not be.
 */
export const API_KEY_PREFIX = 'pacer_';
export const API_KEY_BYTES = 32;
export const MAX_KEY_NAME = 40;
/** How many characters of a key `/pacer api-key list` shows: the prefix and 4 more. */
export const KEY_HINT_LENGTH = API_KEY_PREFIX.length + 4;

const KEY_SHAPE = /^pacer_[A-Za-z0-9_-]{43}$/;
const NAME_SHAPE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** The key for these random bytes (from a CSPRNG; the caller draws them). */
export function apiKeyFromBytes(bytes: Uint8Array): string {
  if (bytes.length !== API_KEY_BYTES) throw new Error(`an API key takes ${API_KEY_BYTES} random bytes`);
  return API_KEY_PREFIX + Buffer.from(bytes).toString('base64url');
}

/** True when `text` could be a Pacer key: anything else is refused before the database is asked. */
export function isApiKeyShaped(text: string): boolean {
  return KEY_SHAPE.test(text);
}

export type KeyNameProblem = 'empty' | 'tooLong' | 'characters';

/** Names are short words (`hubspot`, `zapier-prod`): they are typed in commands and shown in lists. */
export function keyNameProblem(name: string): KeyNameProblem | null {
  if (name.length === 0) return 'empty';
  if (name.length > MAX_KEY_NAME) return 'tooLong';
  if (!NAME_SHAPE.test(name)) return 'characters';
  return null;
}
