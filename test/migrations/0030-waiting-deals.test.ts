import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/persistence/database.js';
import { defaultMigrationsDir, migrate, readMigrations } from '../../src/persistence/migrator.js';
import { PendingDealsRepository } from '../../src/persistence/pending-deals-repository.js';

const AT = new Date('2026-11-28T12:00:00Z');

describe('migration 0030: waiting deals', () => {
  it('keeps every pending deal, allows "expired", keeps the external_id rule and reads open deals by index', () => {
    const db = openDatabase(':memory:');
    const all = readMigrations(defaultMigrationsDir());
    migrate(
      db,
      all.filter((m) => m.id < '0030'),
      AT,
    );
    db.prepare(
      `INSERT INTO members (user_id, name, tz, fetched_at, created_at) VALUES ('U1', 'rep', 'UTC', ?, ?)`,
    ).run(AT.toISOString(), AT.toISOString());
    const add = db.prepare(
      `INSERT INTO pending_deals (kind, member_id, logged_by, amount_cents, input_json, created_at, external_id,
         decided_at, decision)
       VALUES (?, 'U1', 'U1', 15000000, '{"customerName":"Big Co","closedOn":"2026-11-27"}', ?, ?, ?, ?)`,
    );
    add.run('approval', AT.toISOString(), 'crm-1', null, null);
    add.run('confirm', AT.toISOString(), null, AT.toISOString(), 'cancelled');
    migrate(db, all, AT);

    const pending = new PendingDealsRepository(db);
    expect(pending.open(10).map((p) => [p.id, p.kind, p.externalId])).toEqual([[1, 'approval', 'crm-1']]);
    expect(pending.get(2)?.decision).toBe('cancelled');
    const confirm = pending.add(
      { kind: 'confirm', memberId: 'U1', loggedBy: 'U1', amountCents: 1, input: {}, reason: null },
      AT,
    );
    expect(pending.decide(confirm.id, 'expired', 'pacer', null, AT)).toBe(true);
    expect(pending.get(confirm.id)?.decision).toBe('expired');
    expect(() => add.run('approval', AT.toISOString(), 'crm-1', null, null)).toThrow(/UNIQUE/);
    const plan = db
      .prepare(
        "EXPLAIN QUERY PLAN SELECT * FROM pending_deals WHERE decided_at IS NULL AND (created_at, id) > ('', 0) ORDER BY created_at, id LIMIT 10",
      )
      .all() as Array<{ detail: string }>;
    expect(plan.map((r) => r.detail).join('; ')).toContain('pending_deals_open_since');
  });
});
