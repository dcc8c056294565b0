import { type Db, onRollback } from './database.js';

/**
 * An in-memory copy of rows that only ever holds committed data. A value read inside a transaction
 * may still be rolled back (a full disk, a failing check, a savepoint of the group commit), so it is
 * returned but not kept; writers drop their key, and any rollback clears everything as well. A
 * command that answered "nothing was saved" therefore leaves no cached trace either.
 */
export class CommittedCache<K, V> {
  readonly #map = new Map<K, V>();

  constructor(private readonly db: Db) {
    onRollback(db, () => this.#map.clear());
  }

  get(key: K): V | undefined {
    return this.#map.get(key);
  }

  has(key: K): boolean {
    return this.#map.has(key);
  }

  /** Keeps `value` unless a transaction is open (it would be uncommitted). */
  set(key: K, value: V): void {
    if (!this.db.inTransaction) this.#map.set(key, value);
  }

  delete(key: K): void {
    this.#map.delete(key);
  }
}
