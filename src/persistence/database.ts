import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

export type Db = Database.Database;

/**
 * Opens the SQLite database the way every part of Pacer expects it. `busyTimeoutMs`: how long a
 * write waits for another connection's lock (a backup, the sqlite3 shell) before it fails.
 */
export function openDatabase(path: string, { busyTimeoutMs = 5_000 }: { busyTimeoutMs?: number } = {}): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(busyTimeoutMs))}`);
  db.pragma('synchronous = NORMAL');
  // 32 MB of page cache (the default is 2 MB): period aggregates re-read the same index pages.
  db.pragma('cache_size = -32000');
  return db;
}

/**
 * A write Pacer refuses before it starts because the database cannot keep it (its file is gone or
 * unwritable, see services/database-watch.ts). Nothing was written.
 */
export class DatabaseUnavailableError extends Error {
  readonly code = 'database_unavailable';
  constructor(readonly reason: string) {
    super(`database unavailable: ${reason}`);
    this.name = 'DatabaseUnavailableError';
  }
}

// Errors that ended a transaction in ROLLBACK; kept beside the errors rather than on them.
const rolledBackErrors = new WeakSet<object>();

/** True when `error` ended a transaction that was rolled back: none of its writes were kept. */
export function rolledBack(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  return typeof error === 'object' && error !== null && rolledBackErrors.has(error);
}

/** Marks `error` as having ended in a rollback (the group commit's savepoints use it too). */
export function markRolledBack(error: unknown): void {
  if (typeof error === 'object' && error !== null) rolledBackErrors.add(error);
}

interface TransactionStatements {
  begin: Database.Statement;
  commit: Database.Statement;
  rollback: Database.Statement;
}
interface Connection {
  statements?: TransactionStatements;
  /** Says why writes must not start (null: they may); set by the database watch. */
  gate?: () => string | null;
  /** Run after every ROLLBACK: caches drop what they may have read inside the transaction. */
  onRollback: Set<() => void>;
}
const connections = new WeakMap<Db, Connection>();

function connection(db: Db): Connection {
  let c = connections.get(db);
  if (!c) {
    c = { onRollback: new Set() };
    connections.set(db, c);
  }
  return c;
}

/** Installs the check every write transaction asks first (the database watch). */
export function setWriteGate(db: Db, gate: (() => string | null) | undefined): void {
  connection(db).gate = gate;
}

/** Refuses the write when the gate says the database cannot keep it. */
export function assertWritable(db: Db): void {
  const reason = connection(db).gate?.();
  if (reason) throw new DatabaseUnavailableError(reason);
}

/** `listener` runs after each rollback of a transaction on `db` (including a savepoint's). */
export function onRollback(db: Db, listener: () => void): void {
  connection(db).onRollback.add(listener);
}

/** Tells the rollback listeners: what was read or cached inside the transaction is not true. */
export function notifyRollback(db: Db): void {
  for (const listener of connection(db).onRollback) listener();
}

/**
 * Runs `work` in one IMMEDIATE transaction (or inside the one already open): every multi-row write
 * goes through here. Prepared once per connection; better-sqlite3's db.transaction() would build a
 * new wrapper for every call on the /deal path. An error that ends in ROLLBACK is marked (see
 * `rolledBack`) so the answer can say truthfully that nothing was saved.
 */
export function inTransaction<T>(db: Db, work: () => T): T {
  if (db.inTransaction) return work();
  const c = connection(db);
  assertWritable(db);
  let s = c.statements;
  if (!s) {
    s = {
      begin: db.prepare('BEGIN IMMEDIATE'),
      commit: db.prepare('COMMIT'),
      rollback: db.prepare('ROLLBACK'),
    };
    c.statements = s;
  }
  s.begin.run();
  try {
    const result = work();
    s.commit.run();
    return result;
  } catch (error) {
    // A failed COMMIT (disk full) can leave the transaction open; SQLite may also have rolled back on its own.
    if (db.inTransaction) s.rollback.run();
    notifyRollback(db);
    markRolledBack(error);
    throw error;
  }
}
