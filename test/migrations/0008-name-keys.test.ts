import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/persistence/database.js';
import { DealsRepository } from '../../src/persistence/deals-repository.js';
import { defaultMigrationsDir, migrate, readMigrations } from '../../src/persistence/migrator.js';

const AT = new Date('2026-12-01T10:00:00Z');

describe('migration 0008: name keys without invisible characters', () => {
  it('re-keys a pasted customer so the next deal finds it, and leaves a would-be duplicate alone', () => {
    const all = readMigrations(defaultMigrationsDir());
    const db = openDatabase(':memory:');
    migrate(
      db,
      all.filter((m) => m.id < '0008'),
      AT,
    );
    const add = db.prepare('INSERT INTO customers (name, name_key, created_at) VALUES (?, ?, ?)');
    add.run('Acme\u200b Corp', 'acme\u200b corp', AT.toISOString());
    add.run('Globex', 'globex', AT.toISOString());
    add.run('Globex\ufeff', 'globex\ufeff', AT.toISOString());

    migrate(db, all, AT);

    const keys = db.prepare('SELECT name, name_key FROM customers ORDER BY id').all();
    expect(keys).toEqual([
      { name: 'Acme\u200b Corp', name_key: 'acme corp' },
      { name: 'Globex', name_key: 'globex' },
      { name: 'Globex\ufeff', name_key: 'globex\ufeff' },
    ]);
    expect(new DealsRepository(db).findCustomer('ACME corp')?.name).toBe('Acme\u200b Corp');
  });
});
