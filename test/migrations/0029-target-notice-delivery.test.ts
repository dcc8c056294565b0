import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/persistence/database.js';
import { defaultMigrationsDir, migrate, readMigrations } from '../../src/persistence/migrator.js';
import { TargetNoticesRepository } from '../../src/persistence/target-notices-repository.js';

const AT = new Date('2026-12-01T10:00:00Z');

describe('migration 0029: where each target notice stands', () => {
  it('takes what the ledger says of notices told before it, so none is sent again or shown wrongly', () => {
    const all = readMigrations(defaultMigrationsDir());
    const db = openDatabase(':memory:');
    migrate(
      db,
      all.filter((m) => m.id < '0029'),
      AT,
    );
    db.prepare(
      `INSERT INTO targets (id, scope_kind, scope_id, period_key, amount_cents, split, set_by, set_at)
       VALUES (1, 'region', '1', '2026-12', 100, 'even', 'UADMIN', ?)`,
    ).run(AT.toISOString());
    const notice = db.prepare(
      `INSERT INTO target_notices (id, target_id, scope_kind, scope_id, period_key, recipient, amount_cents, set_by, set_at)
       VALUES (?, 1, 'region', '1', '2026-12', ?, 100, 'UADMIN', ?)`,
    );
    const delivery = db.prepare(
      `INSERT INTO job_deliveries (job, period_key, recipient, state, sent_at, last_error)
       VALUES ('target-told', ?, ?, ?, ?, ?)`,
    );
    for (const [id, recipient] of [
      [1, 'USENT'],
      [2, 'UREFUSED'],
      [3, 'UPENDING'],
      [4, 'UNEVER'],
    ] as const)
      notice.run(id, recipient, AT.toISOString());
    delivery.run('notice-1', 'USENT', 'sent', AT.toISOString(), null);
    delivery.run('notice-2', 'UREFUSED', 'refused', null, 'user_disabled');
    delivery.run('notice-3', 'UPENDING', 'pending', null, 'http_500');

    migrate(db, all, AT);

    const notices = new TargetNoticesRepository(db);
    expect([1, 2, 3, 4].map((id) => notices.get(id)).map((n) => [n?.told, n?.toldError, n?.toldAt])).toEqual([
      ['sent', null, AT.toISOString()],
      ['refused', 'user_disabled', null],
      ['waiting', null, null],
      ['waiting', null, null],
    ]);
    // The two still waiting are the job's to send (the pending one after reading Slack back).
    expect(notices.waiting().map((n) => n.recipient)).toEqual(['UPENDING', 'UNEVER']);
  });
});
