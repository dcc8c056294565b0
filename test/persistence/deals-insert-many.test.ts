import { describe, expect, it } from 'vitest';
import type { NewDeal } from '../../src/domain/entities/deal.js';
import { openDatabase } from '../../src/persistence/database.js';
import { DealsRepository } from '../../src/persistence/deals-repository.js';
import { defaultMigrationsDir, migrate, readMigrations } from '../../src/persistence/migrator.js';

const AT = new Date('2026-11-28T12:00:00Z');

function repo() {
  const db = openDatabase(':memory:');
  migrate(db, readMigrations(defaultMigrationsDir()), AT);
  db.prepare(`INSERT INTO regions (name, name_key, created_at) VALUES ('North', 'north', ?)`).run(
    AT.toISOString(),
  );
  for (const id of ['UA', 'UB']) {
    db.prepare('INSERT INTO members (user_id, name, fetched_at, created_at) VALUES (?, ?, ?, ?)').run(
      id,
      id,
      AT.toISOString(),
      AT.toISOString(),
    );
  }
  return { db, deals: new DealsRepository(db) };
}

const deal = (over: Partial<NewDeal>): NewDeal => ({
  memberId: 'UA',
  customerName: 'Acme',
  amountCents: 100_00,
  currency: 'USD',
  closedOn: '2026-10-05',
  productId: null,
  regionId: 1,
  note: null,
  loggedBy: 'UADMIN',
  idempotencyKey: null,
  source: 'import',
  ...over,
});

describe('DealsRepository.insertMany', () => {
  it('stores a batch with its source and keeps summaries and first deals as one-by-one inserts would', () => {
    const batch = repo();
    const single = repo();
    // An earlier deal of a customer already won (by /deal) makes the imported one its first.
    for (const r of [batch, single])
      r.deals.insert(deal({ customerName: 'Acme', closedOn: '2026-11-01', source: 'slack' }), AT);
    const rows = [
      deal({ externalId: 'x1', customerName: 'acme ', closedOn: '2026-09-30', amountCents: 5_00 }),
      deal({ externalId: 'x2', customerName: 'Beta', memberId: 'UB', regionId: null }),
      deal({ externalId: 'x3', customerName: 'Beta', closedOn: '2026-10-01', memberId: 'UB' }),
    ];
    const outcomes = batch.deals.insertMany(rows, AT);
    for (const row of rows) single.deals.insert(row, AT);
    expect(outcomes.map((o) => o.created)).toEqual([true, true, true]);
    const dump = (db: ReturnType<typeof repo>['db']) => ({
      months: db.prepare('SELECT * FROM member_month_totals ORDER BY month, member_id').all(),
      slices: db.prepare('SELECT * FROM slice_month_totals ORDER BY month, member_id, region_id').all(),
      customers: db
        .prepare(
          'SELECT name, first_deal_id, first_deal_on, first_member_id, first_region_id FROM customers ORDER BY id',
        )
        .all(),
    });
    expect(dump(batch.db)).toEqual(dump(single.db));
    expect(batch.deals.byExternalId('x3')).toMatchObject({
      source: 'import',
      isNewCustomer: true,
      customerName: 'Beta',
    });
    expect(batch.deals.byExternalId('x1')).toMatchObject({ isNewCustomer: true });
  });

  it('leaves deals already stored (or earlier in the batch) as they are: a second run changes nothing', () => {
    const { db, deals } = repo();
    const rows = [
      deal({ externalId: 'a' }),
      deal({ externalId: 'b', amountCents: 7_00 }),
      deal({ externalId: 'a' }),
    ];
    const first = deals.insertMany(rows, AT);
    expect(first.map((o) => o.created)).toEqual([true, true, false]);
    expect(first[2]!.id).toBe(first[0]!.id);
    const before = db.prepare('SELECT * FROM member_month_totals').all();
    const again = deals.insertMany(rows, AT);
    expect(again.every((o) => !o.created)).toBe(true);
    expect(db.prepare('SELECT COUNT(*) AS n FROM deals').get()).toEqual({ n: 2 });
    expect(db.prepare('SELECT * FROM member_month_totals').all()).toEqual(before);
  });

  it('writes nothing when one deal of the batch cannot be stored', () => {
    const { db, deals } = repo();
    expect(() =>
      deals.insertMany([deal({ externalId: 'ok' }), deal({ externalId: 'bad', memberId: 'U_NOBODY' })], AT),
    ).toThrow();
    expect(db.prepare('SELECT COUNT(*) AS n FROM deals').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM customers').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM member_month_totals').get()).toEqual({ n: 0 });
  });
});
