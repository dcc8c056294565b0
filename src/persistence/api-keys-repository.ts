import { z } from 'zod';
import type { Db } from './database.js';

const rowSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  hint: z.string(),
  created_by: z.string(),
  created_at: z.string(),
  last_used_at: z.string().nullable(),
  revoked_at: z.string().nullable(),
  revoked_by: z.string().nullable(),
});

/** A key as lists and the audit show it: never the key or its hash. */
export interface ApiKey {
  id: number;
  name: string;
  /** The key's first characters (`pacer_AbCd`). */
  hint: string;
  createdBy: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  revokedBy: string | null;
}

function toKey(row: unknown): ApiKey {
  const r = rowSchema.parse(row);
  return {
    id: r.id,
    name: r.name,
    hint: r.hint,
    createdBy: r.created_by,
    createdAt: r.created_at,
    lastUsedAt: r.last_used_at,
    revokedAt: r.revoked_at,
    revokedBy: r.revoked_by,
  };
}

const COLUMNS = 'id, name, hint, created_by, created_at, last_used_at, revoked_at, revoked_by';

/** API keys, found by the hash of the key (ADR 23); the key itself is never stored. */
export class ApiKeysRepository {
  readonly #insert;
  readonly #live;
  readonly #liveByName;
  readonly #byHash;
  readonly #revoke;
  readonly #touch;

  constructor(db: Db) {
    this.#insert = db.prepare(
      `INSERT INTO api_keys (name, name_key, key_hash, hint, created_by, created_at)
       VALUES (@name, @nameKey, @hash, @hint, @createdBy, @at)`,
    );
    this.#live = db.prepare(`SELECT ${COLUMNS} FROM api_keys WHERE revoked_at IS NULL ORDER BY name_key`);
    this.#liveByName = db.prepare(
      `SELECT ${COLUMNS} FROM api_keys WHERE name_key = ? AND revoked_at IS NULL`,
    );
    this.#byHash = db.prepare(`SELECT ${COLUMNS} FROM api_keys WHERE key_hash = ?`);
    this.#revoke = db.prepare(
      'UPDATE api_keys SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL',
    );
    this.#touch = db.prepare('UPDATE api_keys SET last_used_at = ? WHERE id = ?');
  }

  insert(key: { name: string; hash: string; hint: string; createdBy: string }, at: Date): ApiKey {
    const info = this.#insert.run({ ...key, nameKey: key.name.toLowerCase(), at: at.toISOString() });
    return toKey(this.#byHash.get(key.hash) ?? { id: Number(info.lastInsertRowid) });
  }

  live(): ApiKey[] {
    return this.#live.all().map(toKey);
  }

  liveByName(name: string): ApiKey | undefined {
    const row = this.#liveByName.get(name.toLowerCase());
    return row === undefined ? undefined : toKey(row);
  }

  /** The key with this hash, revoked or not (the caller tells them apart). */
  byHash(hash: string): ApiKey | undefined {
    const row = this.#byHash.get(hash);
    return row === undefined ? undefined : toKey(row);
  }

  revoke(id: number, by: string, at: Date): boolean {
    return this.#revoke.run(at.toISOString(), by, id).changes > 0;
  }

  /** When the key was last used (at most once a minute per key; the caller decides). */
  touch(id: number, at: Date): void {
    this.#touch.run(at.toISOString(), id);
  }
}
