import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from '../persistence/database.js';

export interface BackupResult {
  file: string;
  bytes: number;
  pages: number;
}

export class BackupCheckError extends Error {
  readonly code = 'backup_check_failed';
}

/**
 * Copies a live database into `target` with SQLite's online backup API (better-sqlite3's
 * `db.backup()`): readers and writers carry on while pages are copied, and the copy is one
 * consistent snapshot. The copy is written beside the target and renamed into place only after
 * `PRAGMA integrity_check` said ok, so a half-written or corrupt file never has the target's name.
 */
export async function backupDatabase(db: Db, target: string): Promise<BackupResult> {
  mkdirSync(dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  try {
    const { totalPages } = await db.backup(partial);
    checkBackup(partial);
    renameSync(partial, target);
    return { file: target, bytes: statSync(target).size, pages: totalPages };
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

/**
 * Opens a copy on its own, makes it one self-contained file (rollback journal, not WAL: a restore
 * is then one file to put back) and runs the full integrity check.
 */
export function checkBackup(file: string): void {
  const copy = new Database(file, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
    const rows = copy.pragma('integrity_check') as Array<{ integrity_check: string }>;
    const problems = rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
    if (problems.length) {
      throw new BackupCheckError(`backup ${file} failed integrity_check: ${problems.slice(0, 5).join('; ')}`);
    }
  } finally {
    copy.close();
  }
}

/** `pacer-2026-12-02T030000Z.sqlite`: names sort by time, so pruning keeps the newest. */
export function backupFileName(at: Date): string {
  return `pacer-${at
    .toISOString()
    .replace(/[:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z')}.sqlite`;
}

const BACKUP_NAME = /^pacer-\d{4}-\d{2}-\d{2}T\d{6}Z\.sqlite$/;

/** Deletes all but the newest `keep` backups Pacer wrote in `dir` (other files are left alone). */
export function pruneBackups(dir: string, keep: number): string[] {
  const ours = readdirSync(dir)
    .filter((f) => BACKUP_NAME.test(basename(f)))
    .sort();
  const removed = ours.slice(0, Math.max(0, ours.length - keep));
  for (const f of removed) rmSync(join(dir, f), { force: true });
  return removed;
}
