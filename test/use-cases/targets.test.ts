import { afterEach, describe, expect, it } from 'vitest';
import type { Member } from '../../src/domain/entities/member.js';
import type { TargetScope } from '../../src/domain/entities/target.js';
import { type Period, parsePeriod } from '../../src/domain/periods.js';
import { type CalendarRules, type ExplicitTarget, isWorkingDay } from '../../src/domain/targets/decompose.js';
import { pace } from '../../src/domain/targets/pace.js';
import { dailyShares, resolveTarget } from '../../src/domain/targets/resolve.js';
import { inTransaction } from '../../src/persistence/database.js';
import { HOLIDAYS } from '../../src/services/calendar-settings.js';
import { WORKING_WEEKDAYS } from '../../src/services/settings-service.js';
import { individualTargetsSum, memberTargets, progressFor, setTarget } from '../../src/use-cases/targets.js';
import { ADMIN, TestPacer } from '../helpers/test-pacer.js';

let t: TestPacer;
afterEach(() => t.stop());

const AT = new Date('2026-11-20T10:00:00Z');
const TODAY = '2026-11-20';

/** Every period of 2026 (53 ISO weeks, months, quarters, the year) and the weeks across New Year. */
const PERIODS: Period[] = [
  ...Array.from({ length: 53 }, (_, i) => `2026-W${String(i + 1).padStart(2, '0')}`),
  ...Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`),
  '2026-Q1',
  '2026-Q2',
  '2026-Q3',
  '2026-Q4',
  '2026',
  '2025-W52',
  '2027-W01',
].map((k) => parsePeriod(k)!);

/**
 * 20 members with targets of every shape a team uses (a deterministic mix): year targets with and
 * without stretch, quarter and month overrides (some over-assigned), explicit weeks, seasonal
 * splits, targets of other years, nothing at all; some members deactivated or bots.
 */
function seed(): string[] {
  const { members, targets, deals, regions } = t.deps;
  const north = regions.add('North', AT).entry.id;
  let rng = 7;
  const random = (n: number) => {
    rng = (rng * 1_103_515_245 + 12_345) % 2_147_483_648;
    return rng % n;
  };
  const ids: string[] = [];
  for (let i = 0; i < 20; i++) {
    const id = `USEED${i}`;
    ids.push(id);
    members.saveProfile(
      {
        userId: id,
        name: `seed ${i}`,
        realName: null,
        tz: 'UTC',
        slackAdmin: false,
        isBot: i % 17 === 5,
        deleted: i % 13 === 4,
      },
      AT,
    );
    const set = (periodKey: string, amountCents: number, stretchCents: number | null, seasonal = false) =>
      targets.set(
        {
          scope: { kind: 'member', id },
          periodKey,
          amountCents,
          stretchCents,
          split: seasonal ? 'seasonal' : 'even',
          note: null,
        },
        ADMIN.id,
        AT,
      );
    const shape = i % 10;
    const year = 100_000_00 + random(5) * 12_345_67;
    if (shape !== 9) set('2026', year, shape % 2 ? year + 20_000_00 : null, shape === 6);
    if (shape === 1 || shape === 7) set('2026-Q2', 30_000_00 + random(1000), null);
    if (shape === 2) set('2026-11', 9_000_00 + random(1000), 10_000_00 + random(1000));
    if (shape === 3) set('2026-W48', 2_500_00 + random(1000), null);
    if (shape === 4) set('2026-Q4', year * 2, null); // more than the year: the others get 0
    if (shape === 5) set('2025', 80_000_00, null);
    if (shape === 8) set('2027-01', 7_000_00, null);
    if (shape === 9 && i % 20 === 9) set('2026-W01', 1_000_00, null);
    if (shape === 0 && i > 0) set('2026-W53', 1_500_00, 1_800_00);
    // Deals in 2025 weigh the seasonal splits; 2026 ones are the actuals.
    for (let d = 0; d < 3; d++) {
      deals.insert(
        {
          memberId: id,
          customerName: `Customer ${random(40)}`,
          amountCents: 1_000_00 + random(50_000_00),
          currency: 'USD',
          closedOn: `${2025 + random(2)}-${String(1 + random(11)).padStart(2, '0')}-${String(1 + random(28)).padStart(2, '0')}`,
          productId: null,
          regionId: d === 0 ? north : null,
          note: null,
          loggedBy: id,
          idempotencyKey: null,
        },
        AT,
      );
    }
  }
  targets.set(
    {
      scope: { kind: 'team', id: '' },
      periodKey: '2026',
      amountCents: 5_000_000_00,
      stretchCents: 6_000_000_00,
      split: 'even',
      note: 'plan',
    },
    ADMIN.id,
    AT,
  );
  targets.set(
    {
      scope: { kind: 'region', id: String(north) },
      periodKey: '2026',
      amountCents: 900_000_00,
      stretchCents: null,
      split: 'seasonal',
      note: null,
    },
    ADMIN.id,
    AT,
  );
  return ids;
}

/** The straightforward computation, read from the tables directly: no repository copy, no memo. */
function direct() {
  const db = t.deps.db;
  const explicit = (scope: TargetScope): ExplicitTarget[] =>
    (
      db
        .prepare(
          'SELECT period_key, amount_cents, stretch_cents, split FROM targets WHERE scope_kind = ? AND scope_id = ? ORDER BY period_key',
        )
        .all(scope.kind, scope.id) as Array<{
        period_key: string;
        amount_cents: number;
        stretch_cents: number | null;
        split: 'even' | 'seasonal';
      }>
    ).map((r) => ({
      periodKey: r.period_key,
      amount: r.amount_cents,
      stretch: r.stretch_cents,
      split: r.split,
    }));
  const filter = (scope: TargetScope) =>
    scope.kind === 'member'
      ? ['member_id = ?', scope.id]
      : scope.kind === 'region'
        ? ['region_id = ?', Number(scope.id)]
        : scope.kind === 'product'
          ? ['product_id = ?', Number(scope.id)]
          : ['1 = ?', 1];
  const revenue = (scope: TargetScope, from: string, to: string) => {
    const [where, value] = filter(scope);
    return (
      db
        .prepare(
          `SELECT COALESCE(SUM(amount_cents), 0) AS n FROM deals
           WHERE deleted_at IS NULL AND closed_on BETWEEN ? AND ? AND ${where}`,
        )
        .get(from, to, value) as { n: number }
    ).n;
  };
  const weights = new Map<string, number[]>();
  const calendar = (scope: TargetScope): CalendarRules => ({
    workingWeekdays: t.deps.settings.get(WORKING_WEEKDAYS),
    holidays: t.deps.settings.get(HOLIDAYS).map((h) => h.date),
    // A target year is split by the sales of the year before.
    seasonalWeights: (year) => {
      const key = `${scope.kind}:${scope.id}:${year}`;
      if (!weights.has(key))
        weights.set(
          key,
          Array.from({ length: 12 }, (_, m) => {
            const month = `${year - 1}-${String(m + 1).padStart(2, '0')}`;
            return revenue(scope, `${month}-01`, `${month}-31`);
          }),
        );
      return weights.get(key)!;
    },
  });
  const target = (scope: TargetScope, period: Period) => {
    const list = explicit(scope);
    return list.length ? resolveTarget(list, period, calendar(scope)) : null;
  };
  const active = (
    db.prepare('SELECT user_id FROM members WHERE deleted = 0 AND is_bot = 0').all() as Array<{
      user_id: string;
    }>
  ).map((r) => r.user_id);
  return { explicit, calendar, revenue, target, active };
}

function expectSameFigures(ids: string[]) {
  const d = direct();
  for (const period of PERIODS) {
    const amounts = new Map(ids.map((id) => [id, d.target({ kind: 'member', id }, period)?.amount ?? 0]));
    const expectedSum = d.active.reduce((a, id) => a + (amounts.get(id) ?? 0), 0);
    expect({ period: period.key, sum: individualTargetsSum(t.deps, period) }).toEqual({
      period: period.key,
      sum: expectedSum,
    });
    const fast = memberTargets(t.deps, period, { withStretch: false });
    const expected = new Map([...amounts].filter(([, a]) => a > 0).map(([id, a]) => [id, a]));
    expect(new Map([...fast].map(([id, v]) => [id, v.amount]))).toEqual(expected);
  }
  // The progress of the team, a region, members of each shape: as resolveTarget and the deals say.
  const scopes: TargetScope[] = [
    { kind: 'team', id: '' },
    { kind: 'region', id: String(t.deps.regions.list()[0]!.id) },
    ...ids.slice(0, 12).map((id) => ({ kind: 'member' as const, id })),
  ];
  for (const scope of scopes) {
    for (const period of PERIODS.filter((_, i) => i % 4 === 0 || i >= 53)) {
      const target = d.target(scope, period);
      const got = progressFor(t.deps, scope, period, TODAY);
      if (!target) {
        expect(got).toBeNull();
        continue;
      }
      const actual = d.revenue(scope, period.start, period.end);
      const shares = dailyShares(d.explicit(scope), period, d.calendar(scope));
      expect(got && { amount: got.target.amount, stretch: got.target.stretch, actual: got.actual }).toEqual({
        amount: target.amount,
        stretch: target.stretch,
        actual,
      });
      expect(got!.pace).toEqual(
        pace({
          target: target.amount,
          stretch: target.stretch,
          actual,
          shares,
          today: TODAY,
          periodStart: period.start,
          periodEnd: period.end,
          // Working days from the calendar, as progressFor counts them (week 53 into a year without targets).
          isWorkingDay: (date) => isWorkingDay(date, d.calendar(scope)),
        }),
      );
    }
  }
}

describe('member targets and progress, fast path against the straightforward computation', () => {
  it('give the same figures for every period of the year, twice (memoised), and after changes', async () => {
    t = await TestPacer.start({ now: AT.toISOString() });
    const ids = seed();
    individualTargetsSum(t.deps, PERIODS[0]!);
    expectSameFigures(ids); // the memo filled by a first pass

    // A holiday in week 48 and a Sunday–Thursday week change every day share: nothing is served stale.
    t.deps.settings.set(HOLIDAYS, [{ date: '2026-11-26', name: 'Thanksgiving' }], ADMIN.id);
    t.deps.settings.set(WORKING_WEEKDAYS, [7, 1, 2, 3, 4], ADMIN.id);
    expectSameFigures(ids);

    // A target set through the use case shows at once; one rolled back leaves no trace.
    const admin = t.deps.members.get(ADMIN.id) ?? (await t.deps.directory.ensure(ADMIN.id));
    setTarget(t.deps, admin as Member, {
      scope: { kind: 'member', id: ids[0]! },
      period: parsePeriod('2026-11')!,
      amountCents: 123_456_78,
      stretchCents: null,
      split: 'even',
      note: null,
    });
    expect(memberTargets(t.deps, parsePeriod('2026-11')!).get(ids[0]!)?.amount).toBe(123_456_78);
    expect(() =>
      inTransaction(t.deps.db, () => {
        setTarget(t.deps, admin as Member, {
          scope: { kind: 'member', id: ids[1]! },
          period: parsePeriod('2026')!,
          amountCents: 1_00,
          stretchCents: null,
          split: 'even',
          note: null,
        });
        // Read inside the transaction: sees the write, but must not keep it.
        expect(memberTargets(t.deps, parsePeriod('2026')!).get(ids[1]!)?.amount).toBe(1_00);
        throw new Error('disk full');
      }),
    ).toThrow('disk full');
    expect(memberTargets(t.deps, parsePeriod('2026')!).get(ids[1]!)?.amount).not.toBe(1_00);
    expectSameFigures(ids);
  }, 240_000);
});
