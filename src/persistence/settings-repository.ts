import type { Db } from './database.js';

/** Raw key/value store; typed access with defaults lives in settings-service. */
export class SettingsRepository {
  readonly #get;
  readonly #all;
  readonly #put;

  constructor(readonly db: Db) {
    this.#get = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
    this.#all = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings');
    this.#put = db.prepare(
      `INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at,
         updated_by = excluded.updated_by`,
    );
  }

  get(key: string): unknown {
    const row = this.#get.get(key);
    return row === undefined ? undefined : JSON.parse(row.value);
  }

  all(): Map<string, unknown> {
    return new Map(this.#all.all().map((row) => [row.key, JSON.parse(row.value)]));
  }

  put(key: string, value: unknown, at: Date, by: string | null): void {
    this.#put.run(key, JSON.stringify(value), at.toISOString(), by);
  }
}
