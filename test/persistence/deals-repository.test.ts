import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/persistence/database.js';
import { DealsRepository } from '../../src/persistence/deals-repository.js';
import { defaultMigrationsDir, migrate, readMigrations } from '../../src/persistence/migrator.js';

const AT = new Date('2026-11-28T12:00:00Z');

function repo() {
  const db = openDatabase(':memory:');
  migrate(db, readMigrations(defaultMigrationsDir()), AT);
  for (const [table, name] of [
    ['regions', 'North'],
    ['regions', 'South'],
    ['product_lines', 'Cloud'],
    ['product_lines', 'Support'],
  ] as const) {
    db.prepare(`INSERT INTO ${table} (name, name_key, created_at) VALUES (?, ?, ?)`).run(
      name,
      name.toLowerCase(),
      AT.toISOString(),
    );
  }
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
function truth(
  db: ReturnType<typeof repo>['db'],
  from: string,
  to: string,
  slice: { regionId?: number; productId?: number } = {},
) {
  return db
    .prepare(
      `SELECT d.member_id AS memberId, SUM(d.amount_cents) AS revenueCents, COUNT(*) AS deals,
         SUM(c.first_deal_id = d.id) AS newCustomers
       FROM deals d JOIN customers c ON c.id = d.customer_id
       WHERE d.deleted_at IS NULL AND d.closed_on BETWEEN @from AND @to
         AND (@regionId IS NULL OR d.region_id = @regionId) AND (@productId IS NULL OR d.product_id = @productId)
       GROUP BY d.member_id ORDER BY d.member_id`,
    )
    .all({ from, to, regionId: slice.regionId ?? null, productId: slice.productId ?? null }) as Array<{
    memberId: string;
    revenueCents: number;
    deals: number;
    newCustomers: number;
  }>;
}

const SLICES = [{}, { regionId: 1 }, { regionId: 2 }, { productId: 1 }, { regionId: 1, productId: 2 }];
const slice = fc.constantFrom<number | null>(null, 1, 2);

const op = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    member: fc.constantFrom('UA', 'UB', 'UC'),
    customer: fc.constantFrom('Acme', 'Globex', 'Initech', 'Umbrella'),
    cents: fc.integer({ min: 1, max: 1_000_000 }),
    day: fc.integer({ min: 0, max: 120 }),
    region: slice,
    product: slice,
  }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('move' as const),
    pick: fc.nat(),
    day: fc.integer({ min: 0, max: 120 }),
    member: fc.constantFrom('UA', 'UB'),
    region: fc.option(slice, { nil: undefined }),
    product: fc.option(slice, { nil: undefined }),
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
                productId: o.product,
                regionId: o.region,
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
              deals.update(
                id,
                {
                  closedOn: dayOf(o.day),
                  memberId: o.member,
                  ...(o.region !== undefined ? { regionId: o.region } : {}),
                  ...(o.product !== undefined ? { productId: o.product } : {}),
                },
                AT,
              );
          }
        }
        for (const [from, to] of [
          ['2026-09-01', '2026-09-30'],
          ['2026-09-01', '2026-12-31'],
          ['2026-10-01', '2026-10-31'],
        ] as const) {
          for (const s of SLICES) {
            const fast = deals
              .totalsByMember({ from, to, ...s })
              .sort((a, b) => a.memberId.localeCompare(b.memberId));
            const expected = truth(db, from, to, s);
            expect(fast).toEqual(expected);
            const sum = (k: 'revenueCents' | 'deals' | 'newCustomers') =>
              expected.reduce((a, r) => a + r[k], 0);
            const whole = {
              revenueCents: sum('revenueCents'),
              deals: sum('deals'),
              newCustomers: sum('newCustomers'),
            };
            expect(deals.totals({ from, to, ...s })).toEqual(whole);
            expect(deals.revenueCents({ from, to, ...s })).toBe(whole.revenueCents);
            expect(deals.totals({ from, to, memberId: 'UA', ...s })).toEqual({
              revenueCents: expected.find((r) => r.memberId === 'UA')?.revenueCents ?? 0,
              deals: expected.find((r) => r.memberId === 'UA')?.deals ?? 0,
              newCustomers: expected.find((r) => r.memberId === 'UA')?.newCustomers ?? 0,
            });
          }
        }
        // Seasonal splits weigh last year's months: the summaries give what the deals give.
        for (const s of SLICES) {
          const months = Array.from({ length: 12 }, (_, i) => {
            const m = String(i + 1).padStart(2, '0');
            return truth(db, `2026-${m}-01`, `2026-${m}-31`, s).reduce((a, r) => a + r.revenueCents, 0);
          });
          expect(deals.monthlyRevenue(2026, s)).toEqual(months);
        }
        // The summaries keep no empty rows behind (a month emptied by deletes or moves is gone).
        expect(db.prepare('SELECT COUNT(*) AS n FROM slice_month_totals WHERE deals = 0').get()).toEqual({
          n: 0,
        });
        db.close();
      }),
      { numRuns: 40 },
    );
  });
});
