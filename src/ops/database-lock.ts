import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

export class DatabaseInUseError extends Error {
  readonly code = 'database_in_use';
}

export interface DatabaseLock {
  readonly path: string;
  release(): void;
}

/** The lock file that stands for `databasePath`: `<database>.lock` beside it. */
export function lockPathFor(databasePath: string): string {
  return `${databasePath}.lock`;
}

/**
 * Keeps one Pacer per database (ADR 13). The database itself uses normal locking so backups, the
 * `sqlite3` shell and Litestream can read it; exclusivity lives in a second, tiny SQLite file held
 * in an EXCLUSIVE write transaction for the life of the process. SQLite's locks are the operating
 * system's file locks, so a crash or `kill -9` releases them: nothing goes stale, unlike a PID file.
 */
export function acquireDatabaseLock(databasePath: string): DatabaseLock {
  const path = lockPathFor(databasePath);
  mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { timeout: 0 });
  try {
    // A rollback journal (not WAL) so the EXCLUSIVE lock is on the file itself and refuses even readers.
    db.pragma('journal_mode = DELETE');
    db.pragma('locking_mode = EXCLUSIVE');
    // In rollback-journal mode BEGIN EXCLUSIVE takes the file's EXCLUSIVE lock at once.
    db.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    db.close();
    if (String((error as { code?: string }).code).startsWith('SQLITE_BUSY')) {
      throw new DatabaseInUseError(
        `Another Pacer process is using ${databasePath} (it holds ${path}): one process per database. ` +
          'Stop it first.',
      );
    }
    throw error;
  }
  let held = true;
  return {
    path,
    release() {
      if (!held) return;
      held = false;
      if (db.inTransaction) db.exec('ROLLBACK');
      db.close();
    },
  };
}
