import type Database from 'better-sqlite3';
import { type Db, inTransaction, markRolledBack, notifyRollback } from './database.js';

interface Pending {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * Group commit for the busiest write, logging a deal (ADR 7). Writes submitted during one turn of the
 * event loop share one transaction, each inside its own savepoint: a write that throws is rolled back
 * alone and only its caller sees the error. Every promise settles after COMMIT, so nobody is told "logged"
 * before the deal is on disk. One commit writes each touched page once instead of once per deal, which
 * is most of a deal's cost under load.
 */
export class GroupCommit {
  readonly #db: Db;
  readonly #savepoint: Database.Statement;
  readonly #release: Database.Statement;
  readonly #rollbackTo: Database.Statement;
  #queue: Pending[] = [];

  constructor(db: Db) {
    this.#db = db;
    this.#savepoint = db.prepare('SAVEPOINT grouped_write');
    this.#release = db.prepare('RELEASE grouped_write');
    this.#rollbackTo = db.prepare('ROLLBACK TO grouped_write');
  }

  /** Runs `work` (synchronous SQLite calls) in the next group; settles once that group is committed. */
  run<T>(work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      // setImmediate runs after the I/O callbacks of this turn: every request already read joins.
      if (this.#queue.length === 1) setImmediate(() => this.#flush());
    });
  }

  #flush(): void {
    const batch = this.#queue;
    this.#queue = [];
    let outcomes: Outcome[];
    try {
      outcomes = inTransaction(this.#db, () => batch.map((item) => this.#inSavepoint(item.work)));
    } catch (error) {
      // BEGIN or COMMIT failed (disk full, database closed): nothing of the group was stored.
      for (const item of batch) item.reject(error);
      return;
    }
    batch.forEach((item, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) item.resolve(outcome.value);
      else item.reject(outcome.error);
    });
  }

  #inSavepoint(work: () => unknown): Outcome {
    this.#savepoint.run();
    try {
      const value = work();
      this.#release.run();
      return { ok: true, value };
    } catch (error) {
      this.#rollbackTo.run();
      this.#release.run();
      // Only this write is undone: its caller may say "nothing was saved", and caches drop what it read.
      notifyRollback(this.#db);
      markRolledBack(error);
      return { ok: false, error };
    }
  }
}
