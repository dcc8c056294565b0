import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/persistence/database.js';
import { DealsRepository } from '../../src/persistence/deals-repository.js';
import { defaultMigrationsDir, migrate, readMigrations } from '../../src/persistence/migrator.js';

const AT = new Date('2026-11-28T12:00:00Z');

function repo() {
  const db = openDatabase(':memory:');
  migrate(db, readMigrations(defaultMigrationsDir()), AT);
  for (const id of ['UA', 'UB', 'UC']) {
    db.prepare(`INSERT INTO members (user_id, name, fetched_at, created_at) VALUES (?, ?, ?, ?)`).run(
      id,
      id,
      AT.toISOString(),
      AT.toISOString(),
    );
  }
  return { db, deals: new DealsRepository(db) };
}

/** The same figures straight from the deals, as the ground truth for the summaries. */
function truth(db: ReturnType<typeof repo>['db'], from: string, to: string) {
  return db
    .prepare(
      `SELECT d.member_id AS memberId, SUM(d.amount_cents) AS revenueCents, COUNT(*) AS deals,
         SUM(c.first_deal_id = d.id) AS newCustomers
       FROM deals d JOIN customers c ON c.id = d.customer_id
       WHERE d.deleted_at IS NULL AND d.closed_on BETWEEN ? AND ? GROUP BY d.member_id ORDER BY d.member_id`,
    )
    .all(from, to);
}

const op = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    member: fc.constantFrom('UA', 'UB', 'UC'),
    customer: fc.constantFrom('Acme', 'Globex', 'Initech', 'Umbrella'),
    cents: fc.integer({ min: 1, max: 1_000_000 }),
    day: fc.integer({ min: 0, max: 120 }),
  }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('move' as const),
    pick: fc.nat(),
    day: fc.integer({ min: 0, max: 120 }),
    member: fc.constantFrom('UA', 'UB'),
  }),
);

const dayOf = (n: number) => new Date(Date.UTC(2026, 8, 1 + n)).toISOString().slice(0, 10);

describe('deal summaries', () => {
  it('agree with the deals themselves after any mix of logging, deleting, backdating and reassigning', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 40 }), (ops) => {
        const { db, deals } = repo();
        const ids: number[] = [];
        for (const o of ops) {
          if (o.kind === 'insert') {
            const { deal } = deals.insert(
              {
                memberId: o.member,
                customerName: o.customer,
                amountCents: o.cents,
                currency: 'USD',
                closedOn: dayOf(o.day),
                productId: null,
                regionId: null,
                note: null,
                loggedBy: o.member,
                idempotencyKey: null,
              },
              AT,
            );
            ids.push(deal.id);
          } else if (ids.length) {
            const id = ids[o.pick % ids.length]!;
            if (o.kind === 'delete') deals.softDelete(id, 'UA', AT);
            else if (!deals.get(id)?.deletedAt)
              deals.update(id, { closedOn: dayOf(o.day), memberId: o.member }, AT);
          }
        }
        for (const [from, to] of [
          ['2026-09-01', '2026-09-30'],
          ['2026-09-01', '2026-12-31'],
          ['2026-10-01', '2026-10-31'],
        ] as const) {
          const fast = deals
            .totalsByMember({ from, to })
            .sort((a, b) => a.memberId.localeCompare(b.memberId));
          expect(fast).toEqual(truth(db, from, to));
        }
        db.close();
      }),
      { numRuns: 40 },
    );
  });
});
