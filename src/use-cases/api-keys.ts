import { createHash, randomBytes } from 'node:crypto';
import type { AppDeps } from '../app-deps.js';
import {
  API_KEY_BYTES,
  apiKeyFromBytes,
  isApiKeyShaped,
  KEY_HINT_LENGTH,
  type KeyNameProblem,
  keyNameProblem,
} from '../domain/api-keys.js';
import type { Member } from '../domain/entities/member.js';
import type { ApiKey } from '../persistence/api-keys-repository.js';
import { inTransaction } from '../persistence/database.js';

type Deps = Pick<AppDeps, 'db' | 'apiKeys' | 'audit' | 'clock'>;

/** SHA-256, hex: the key has 256 random bits, so no salt or slow hash is needed (ADR 23). */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export type CreateKey =
  | { ok: true; key: string; record: ApiKey }
  | { ok: false; error: KeyNameProblem | 'taken' };

/** A new key named `name`: the key itself is returned once and only its hash is kept. */
export function createApiKey(
  deps: Deps,
  caller: Member,
  name: string,
  bytes = randomBytes(API_KEY_BYTES),
): CreateKey {
  const invalid = keyNameProblem(name);
  if (invalid) return { ok: false, error: invalid };
  const key = apiKeyFromBytes(bytes);
  const at = deps.clock.now();
  return inTransaction(deps.db, () => {
    if (deps.apiKeys.liveByName(name)) return { ok: false, error: 'taken' } as const;
    const record = deps.apiKeys.insert(
      { name, hash: hashApiKey(key), hint: key.slice(0, KEY_HINT_LENGTH), createdBy: caller.userId },
      at,
    );
    deps.audit.record({
      at,
      actor: caller.userId,
      action: 'api_key.create',
      entity: 'api_key',
      entityId: record.id,
      after: record,
    });
    return { ok: true, key, record } as const;
  });
}

export function listApiKeys(deps: Deps): ApiKey[] {
  return deps.apiKeys.live();
}

export type RevokeKey = { ok: true; record: ApiKey } | { ok: false; error: 'unknown' };

/** Revokes the live key with this name: the next request with it is refused (401). */
export function revokeApiKey(deps: Deps, caller: Member, name: string): RevokeKey {
  const at = deps.clock.now();
  return inTransaction(deps.db, () => {
    const record = deps.apiKeys.liveByName(name);
    if (!record || !deps.apiKeys.revoke(record.id, caller.userId, at))
      return { ok: false, error: 'unknown' } as const;
    const after = { ...record, revokedAt: at.toISOString(), revokedBy: caller.userId };
    deps.audit.record({
      at,
      actor: caller.userId,
      action: 'api_key.revoke',
      entity: 'api_key',
      entityId: record.id,
      before: record,
      after,
    });
    return { ok: true, record: after } as const;
  });
}

export type Authenticated =
  | { ok: true; key: ApiKey }
  | { ok: false; reason: 'missing' | 'malformed' | 'unknown' | 'revoked' };

const TOUCH_EVERY_MS = 60_000;

/**
 * Who is calling, from an `Authorization` header. The key's hash is looked up (a hash compares in
 * the index, so no timing leaks which characters match); `last_used_at` is written at most once a
 * minute per key, so a busy integration does not turn every read into a write.
 */
export class ApiKeyAuthenticator {
  readonly #touched = new Map<number, number>();

  constructor(private readonly deps: Deps) {}

  authenticate(header: string | undefined): Authenticated {
    if (!header) return { ok: false, reason: 'missing' };
    const token = /^Bearer +(\S+) *$/i.exec(header)?.[1];
    if (!token || !isApiKeyShaped(token)) return { ok: false, reason: 'malformed' };
    const key = this.deps.apiKeys.byHash(hashApiKey(token));
    if (!key) return { ok: false, reason: 'unknown' };
    if (key.revokedAt) return { ok: false, reason: 'revoked' };
    this.#touch(key);
    return { ok: true, key };
  }

  #touch(key: ApiKey): void {
    const now = this.deps.clock.now();
    const last = this.#touched.get(key.id);
    if (last !== undefined && now.getTime() - last < TOUCH_EVERY_MS) return;
    this.#touched.set(key.id, now.getTime());
    try {
      inTransaction(this.deps.db, () => this.deps.apiKeys.touch(key.id, now));
    } catch {
      // "Last used" is a hint for admins; a database that refuses writes refuses the deal anyway.
    }
  }
}
