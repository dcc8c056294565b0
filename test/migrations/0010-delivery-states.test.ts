import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/persistence/database.js';
import { JobLedgerRepository } from '../../src/persistence/job-ledger-repository.js';
import { defaultMigrationsDir, migrate, readMigrations } from '../../src/persistence/migrator.js';

const AT = new Date('2026-12-01T10:00:00Z');

describe('migration 0010: delivery states', () => {
  it('keeps every delivery made before it as sent, so an open run resumed after the upgrade sends nothing twice', () => {
    const all = readMigrations(defaultMigrationsDir());
    const db = openDatabase(':memory:');
    migrate(
      db,
      all.filter((m) => m.id < '0010'),
      AT,
    );
    db.prepare(
      `INSERT INTO job_runs (job, period_key, status, trigger, started_at) VALUES ('weekly-reminder', '2026-W49', 'running', 'schedule', ?)`,
    ).run(AT.toISOString());
    const add = db.prepare(
      'INSERT INTO job_deliveries (job, period_key, recipient, sent_at, channel, ts) VALUES (?, ?, ?, ?, ?, ?)',
    );
    add.run('weekly-reminder', '2026-W49', 'channel', AT.toISOString(), 'CWINS', '1764583200.000100');
    add.run('weekly-reminder', '2026-W49', 'UREP', AT.toISOString(), 'DREP', '1764583200.000200');

    migrate(db, all, AT);

    const ledger = new JobLedgerRepository(db);
    expect(ledger.deliveries('weekly-reminder', '2026-W49')).toEqual([
      expect.objectContaining({ recipient: 'channel', state: 'sent', channel: 'CWINS', sentAt: AT }),
      expect.objectContaining({ recipient: 'UREP', state: 'sent', ts: '1764583200.000200', intentAt: null }),
    ]);
    expect(ledger.delivered('weekly-reminder', '2026-W49', 'UREP')).toBe(true);
    expect(ledger.unfinished('weekly-reminder')).toHaveLength(1);
  });
});
