import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './database.js';

export interface Migration {
  id: string;
  sql: string;
  checksum: string;
}

export class MigrationError extends Error {
  readonly code = 'migration_failed';
}

const FILE_PATTERN = /^(\d{4})_[a-z0-9_-]+\.sql$/;

export function defaultMigrationsDir(): string {
  return join(import.meta.dirname, '..', '..', 'migrations');
}

export function readMigrations(dir: string): Migration[] {
  return readdirSync(dir)
    .filter((f) => FILE_PATTERN.test(f))
    .sort()
    .map((file) => {
      const sql = readFileSync(join(dir, file), 'utf8');
      return { id: file.replace(/\.sql$/, ''), sql, checksum: sha256(sql) };
    });
}

/**
 * Applies every migration not yet recorded, each in its own transaction, in file order.
 * A recorded migration whose file changed since is refused: migrations are forward-only.
 */
export function migrate(db: Db, migrations: Migration[], now: Date): string[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id TEXT PRIMARY KEY,
    checksum TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  const applied = new Map(
    db
      .prepare<[], { id: string; checksum: string }>('SELECT id, checksum FROM schema_migrations')
      .all()
      .map((row) => [row.id, row.checksum]),
  );
  const known = new Set(migrations.map((m) => m.id));
  for (const id of applied.keys()) {
    if (!known.has(id)) {
      throw new MigrationError(
        `Migration ${id} is recorded in the database but its file is missing from migrations/. ` +
          'Is this database newer than this version of Pacer?',
      );
    }
  }
  const record = db.prepare('INSERT INTO schema_migrations (id, checksum, applied_at) VALUES (?, ?, ?)');
  const ran: string[] = [];
  for (const migration of migrations) {
    const checksum = applied.get(migration.id);
    if (checksum !== undefined) {
      if (checksum !== migration.checksum) {
        throw new MigrationError(
          `Migration ${migration.id} was changed after it was applied (checksum ${checksum.slice(0, 12)} ` +
            `in the database, ${migration.checksum.slice(0, 12)} on disk). Landed migrations are never ` +
            'edited: restore the file and add a new migration instead.',
        );
      }
      continue;
    }
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.id, migration.checksum, now.toISOString());
    }).immediate();
    ran.push(migration.id);
  }
  return ran;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
