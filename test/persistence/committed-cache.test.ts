import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Db, inTransaction, openDatabase, rolledBack } from '../../src/persistence/database.js';
import { GroupCommit } from '../../src/persistence/group-commit.js';
import { MembersRepository } from '../../src/persistence/members-repository.js';
import { defaultMigrationsDir, migrate, readMigrations } from '../../src/persistence/migrator.js';
import { SettingsRepository } from '../../src/persistence/settings-repository.js';
import { CURRENCY, SettingsService } from '../../src/services/settings-service.js';

const NOW = new Date('2026-11-25T10:00:00Z');
const clock = { now: () => NOW };
let dir: string;
let db: Db;
let members: MembersRepository;
let settingsRepo: SettingsRepository;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pacer-cache-'));
  db = openDatabase(join(dir, 'pacer.sqlite'));
  migrate(db, readMigrations(defaultMigrationsDir()), NOW);
  members = new MembersRepository(db);
  settingsRepo = new SettingsRepository(db);
  members.saveProfile(
    {
      userId: 'UREP',
      name: 'rick',
      realName: null,
      tz: null,
      slackAdmin: false,
      isBot: false,
      deleted: false,
    },
    NOW,
  );
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A full disk, for real: SQLite may not grow the file by a single page. */
function fillTheDisk(): void {
  const pages = (db.pragma('page_count', { simple: true }) as number) + 1;
  db.pragma(`max_page_count = ${pages}`);
}
// 200 kB needs overflow pages: it cannot fit in a disk with one free page.
const bigWrite = () => settingsRepo.put('filler', 'x'.repeat(200_000), NOW, 'UADMIN');

describe('caches after a write that fails', () => {
  it('a role change rolled back by a full disk leaves the cached member as committed', () => {
    expect(members.get('UREP')?.role).toBe('rep');
    fillTheDisk();
    let failure: unknown;
    try {
      inTransaction(db, () => {
        const after = members.setStructure('UREP', { role: 'admin', regionId: null, managerId: null });
        // Read inside the transaction, as the use case does for its audit entry.
        expect(after.role).toBe('admin');
        bigWrite();
      });
    } catch (error) {
      failure = error;
    }
    expect((failure as { code?: string }).code).toBe('SQLITE_FULL');
    expect(rolledBack(failure)).toBe(true);
    expect(members.get('UREP')?.role).toBe('rep');
    db.pragma('max_page_count = 1073741823');
    expect(db.prepare("SELECT role FROM members WHERE user_id = 'UREP'").get()).toEqual({ role: 'rep' });
  });

  it('a setting read inside a transaction that rolls back is not kept', () => {
    const settings = new SettingsService(settingsRepo, { timezone: 'UTC', currency: 'USD' }, clock);
    expect(settings.get(CURRENCY)).toBe('USD');
    fillTheDisk();
    expect(() =>
      inTransaction(db, () => {
        settings.set(CURRENCY, 'EUR', 'UADMIN');
        expect(settings.get(CURRENCY)).toBe('EUR');
        bigWrite();
      }),
    ).toThrow(/full/);
    expect(settings.get(CURRENCY)).toBe('USD');
  });

  it('a write of the group commit that fails alone is marked as rolled back and leaves no cached trace', async () => {
    const group = new GroupCommit(db);
    db.exec(
      "CREATE TEMP TRIGGER refuse_filler BEFORE INSERT ON main.settings WHEN NEW.key = 'filler' BEGIN SELECT RAISE(ABORT, 'refused'); END",
    );
    const kept = group.run(() => settingsRepo.put('kept', 1, NOW, null));
    const failed = group.run(() => {
      members.setStructure('UREP', { role: 'manager', regionId: null, managerId: null });
      bigWrite();
    });
    await expect(kept).resolves.toBeUndefined();
    const error = await failed.catch((e: unknown) => e);
    expect(rolledBack(error)).toBe(true);
    expect(members.get('UREP')?.role).toBe('rep');
    expect(settingsRepo.get('kept')).toBe(1);
  });

  it('still caches what was committed', () => {
    inTransaction(db, () =>
      members.setStructure('UREP', { role: 'manager', regionId: null, managerId: null }),
    );
    expect(members.get('UREP')?.role).toBe('manager');
    // Changed behind the repository's back: a cached read does not see it, which proves it is cached.
    db.prepare("UPDATE members SET role = 'admin' WHERE user_id = 'UREP'").run();
    expect(members.get('UREP')?.role).toBe('manager');
  });
});
