import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

export type Db = Database.Database;

/** Opens the SQLite database the way every part of Pacer expects it. */
export function openDatabase(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
  // 32 MB of page cache (the default is 2 MB): period aggregates re-read the same index pages.
  db.pragma('cache_size = -32000');
  return db;
}

interface TransactionStatements {
  begin: Database.Statement;
  commit: Database.Statement;
  rollback: Database.Statement;
}
const statements = new WeakMap<Db, TransactionStatements>();

/**
 * Runs `work` in one IMMEDIATE transaction (or inside the one already open): every multi-row write
 * goes through here. Prepared once per connection; better-sqlite3's db.transaction() would build a
 * new wrapper for every call on the /deal path.
 */
export function inTransaction<T>(db: Db, work: () => T): T {
  if (db.inTransaction) return work();
  let s = statements.get(db);
  if (!s) {
    s = {
      begin: db.prepare('BEGIN IMMEDIATE'),
      commit: db.prepare('COMMIT'),
      rollback: db.prepare('ROLLBACK'),
    };
    statements.set(db, s);
  }
  s.begin.run();
  try {
    const result = work();
    s.commit.run();
    return result;
  } catch (error) {
    if (db.inTransaction) s.rollback.run();
    throw error;
  }
}
