import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/persistence/database.js';
import {
  defaultMigrationsDir,
  type Migration,
  migrate,
  readMigrations,
} from '../../src/persistence/migrator.js';

const NOW = new Date('2026-11-28T12:00:00Z');
const dirs: string[] = [];
function tempDbPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pacer-migrate-'));
  dirs.push(dir);
  return join(dir, 'nested', 'pacer.sqlite');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('migrations', () => {
  it('applies every file in order on a new database (creating its folder) and is a no-op the second time', () => {
    const path = tempDbPath();
    const migrations = readMigrations(defaultMigrationsDir());
    expect(migrations.map((m) => m.id)[0]).toBe('0001_foundation');
    const db = openDatabase(path);
    expect(migrate(db, migrations, NOW)).toEqual(migrations.map((m) => m.id));
    expect(migrate(db, migrations, NOW)).toEqual([]);
    db.close();
    const reopened = openDatabase(path);
    expect(migrate(reopened, migrations, NOW)).toEqual([]);
    const tables = reopened
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
      .all()
      .map((t) => t.name);
    expect(tables).toEqual(
      expect.arrayContaining(['members', 'settings', 'job_runs', 'job_deliveries', 'deals']),
    );
    reopened.close();
  });

  it('opens with WAL and foreign keys on', () => {
    const db = openDatabase(tempDbPath());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('refuses to start when a landed migration was edited', () => {
    const db = openDatabase(':memory:');
    const original: Migration[] = [{ id: '0001_a', sql: 'CREATE TABLE a (x INTEGER);', checksum: 'aaa' }];
    migrate(db, original, NOW);
    const edited: Migration[] = [{ id: '0001_a', sql: 'CREATE TABLE a (x TEXT);', checksum: 'bbb' }];
    expect(() => migrate(db, edited, NOW)).toThrow(/0001_a was changed after it was applied/);
  });

  it('rolls a failing migration back whole and records nothing for it', () => {
    const db = openDatabase(':memory:');
    const broken: Migration[] = [
      { id: '0001_ok', sql: 'CREATE TABLE ok (x INTEGER);', checksum: '1' },
      {
        id: '0002_broken',
        sql: 'CREATE TABLE half (x INTEGER); INSERT INTO nowhere VALUES (1);',
        checksum: '2',
      },
    ];
    expect(() => migrate(db, broken, NOW)).toThrow();
    const tables = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
      .all();
    expect(tables.map((t) => t.name)).not.toContain('half');
    const recorded = db.prepare<[], { id: string }>('SELECT id FROM schema_migrations').all();
    expect(recorded.map((r) => r.id)).toEqual(['0001_ok']);
  });

  it('refuses a database that has migrations this version does not know', () => {
    const db = openDatabase(':memory:');
    migrate(db, [{ id: '0009_future', sql: 'SELECT 1;', checksum: 'f' }], NOW);
    expect(() => migrate(db, [], NOW)).toThrow(
      /0009_future is recorded in the database but its file is missing/,
    );
  });
});
