import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isoWeekPeriod,
  isoWeeksInYear,
  monthPeriod,
  quarterPeriod,
  yearPeriod,
} from '../../../src/domain/periods.js';
import {
  type DailyPlan,
  DEFAULT_CALENDAR,
  type ExplicitTarget,
  planDays,
  sumDays,
} from '../../../src/domain/targets/decompose.js';
import { addDays } from '../../../src/domain/time.js';

const target = (periodKey: string, amount: number): ExplicitTarget => ({ periodKey, amount, stretch: null });
const plan = (explicit: ExplicitTarget[], year: number, calendar = DEFAULT_CALENDAR) =>
  planDays(explicit, (t) => t.amount, [year], calendar);
const amountOf = (p: DailyPlan, key: string) => p.periods.get(key)?.amount;
const pad = (n: number) => String(n).padStart(2, '0');

/** The ISO weeks touching the calendar year, each counting only its days inside the year. */
function weeksInsideYear(p: DailyPlan, year: number): number[] {
  const y = yearPeriod(year);
  const out: number[] = [];
  for (const isoYear of [year - 1, year, year + 1]) {
    for (let w = 1; w <= isoWeeksInYear(isoYear); w++) {
      const week = isoWeekPeriod(isoYear, w);
      if (week.end < y.start || week.start > y.end) continue;
      // Dates compare as strings: the later start and the earlier end.
      const [, from] = [week.start, y.start].sort();
      const [to] = [week.end, y.end].sort();
      out.push(sumDays(p.days, from!, to!));
    }
  }
  return out;
}

const total = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** Everything a plan must hold for a year whose target is `cents`, when nothing conflicts. */
function expectExactYear(p: DailyPlan, year: number, cents: number): void {
  const y = yearPeriod(year);
  expect(sumDays(p.days, y.start, y.end)).toBe(cents);
  expect(total(weeksInsideYear(p, year))).toBe(cents);
  const quarters = [1, 2, 3, 4].map((q) => amountOf(p, quarterPeriod(year, q).key)!);
  expect(total(quarters)).toBe(cents);
  for (let q = 1; q <= 4; q++) {
    const months = [1, 2, 3].map((m) => amountOf(p, monthPeriod(year, (q - 1) * 3 + m).key)!);
    expect(total(months)).toBe(quarters[q - 1]);
  }
  expectEveryPeriodAddsUp(p);
  expectWholeCents(p);
}

/** Each year, quarter, month, explicit week and day: its days add up to exactly its amount. */
function expectEveryPeriodAddsUp(p: DailyPlan): void {
  for (const node of p.periods.values()) {
    expect([node.period.key, sumDays(p.days, node.period.start, node.period.end)]).toEqual([
      node.period.key,
      node.amount,
    ]);
  }
}

function expectWholeCents(p: DailyPlan): void {
  for (const share of p.days.values()) expect(Number.isSafeInteger(share) && share >= 0).toBe(true);
  for (const node of p.periods.values())
    expect(Number.isSafeInteger(node.amount) && node.amount >= 0).toBe(true);
}

const cents = fc.integer({ min: 0, max: 100_000_000_000_000 });
const years = fc.integer({ min: 1990, max: 2100 });
const permille = fc.integer({ min: 0, max: 1000 });

describe('decomposition of a year (property-based)', () => {
  it('adds up exactly at every level for any amount and year, and a month is a twelfth', () => {
    fc.assert(
      fc.property(cents, years, (amount, year) => {
        const p = plan([target(String(year), amount)], year);
        expect(p.conflicts).toEqual([]);
        expectExactYear(p, year, amount);
        for (let m = 1; m <= 12; m++) {
          const month = amountOf(p, monthPeriod(year, m).key)!;
          expect(month === Math.floor(amount / 12) || month === Math.ceil(amount / 12)).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('adds up in every year from 1990 to 2100, leap years and 53-week ISO years included', () => {
    let isoYearsOf53 = 0;
    for (let year = 1990; year <= 2100; year++) {
      if (isoWeeksInYear(year) === 53) isoYearsOf53++;
      const amount = 99_999_999_999_999 - year;
      const p = plan([target(String(year), amount)], year);
      const y = yearPeriod(year);
      expect(sumDays(p.days, y.start, y.end)).toBe(amount);
      expect(total(weeksInsideYear(p, year))).toBe(amount);
    }
    expect(isoYearsOf53).toBe(20);
  });

  it("splits a seasonal year exactly by any last year's monthly sales", () => {
    fc.assert(
      fc.property(
        cents,
        years,
        fc.array(fc.integer({ min: 0, max: 10_000_000_000 }), { minLength: 12, maxLength: 12 }),
        (amount, year, weights) => {
          const explicit = [{ ...target(String(year), amount), split: 'seasonal' as const }];
          const p = plan(explicit, year, { ...DEFAULT_CALENDAR, seasonalWeights: () => weights });
          expect(p.conflicts).toEqual([]);
          expectExactYear(p, year, amount);
          expect(p.notes.length).toBe(total(weights) === 0 ? 1 : 0);
        },
      ),
      { numRuns: 40 },
    );
  });
});

/** Explicit targets that fit inside each other, built top-down from what the plan so far implies. */
const fittingOverrides = fc.record({
  amount: cents,
  year: years,
  quarters: fc.uniqueArray(fc.record({ q: fc.integer({ min: 1, max: 4 }), share: permille }), {
    selector: (r) => r.q,
    maxLength: 4,
  }),
  months: fc.uniqueArray(fc.record({ m: fc.integer({ min: 1, max: 12 }), share: permille }), {
    selector: (r) => r.m,
    maxLength: 3,
  }),
  weeks: fc.uniqueArray(fc.record({ w: fc.integer({ min: 1, max: 53 }), share: permille }), {
    selector: (r) => r.w,
    maxLength: 3,
  }),
});

/** Per-mille parts of `whole` that together never exceed it; with `all`, the last takes the rest. */
function fitting(whole: number, shares: number[], all: boolean): number[] {
  const parts = shares.map((s) => Number((BigInt(whole) * BigInt(s)) / (1000n * BigInt(shares.length))));
  if (all && parts.length > 0) parts[parts.length - 1] = whole - total(parts.slice(0, -1));
  return parts;
}

describe('overrides (property-based)', () => {
  it('keep every level exact and non-negative when explicit parts fit their parents', () => {
    fc.assert(
      fc.property(fittingOverrides, ({ amount, year, quarters, months, weeks }) => {
        const explicit = [target(String(year), amount)];
        const quarterAmounts = fitting(
          amount,
          quarters.map((q) => q.share),
          quarters.length === 4,
        );
        for (const [i, q] of quarters.entries()) {
          explicit.push(target(quarterPeriod(year, q.q).key, quarterAmounts[i]!));
        }
        const byQuarter = new Map<number, typeof months>();
        for (const m of months) {
          const q = Math.ceil(m.m / 3);
          byQuarter.set(q, [...(byQuarter.get(q) ?? []), m]);
        }
        const sofar = plan(explicit, year);
        for (const [q, inQuarter] of byQuarter) {
          const parts = fitting(
            amountOf(sofar, quarterPeriod(year, q).key)!,
            inQuarter.map((m) => m.share),
            inQuarter.length === 3,
          );
          for (const [i, m] of inQuarter.entries()) explicit.push(target(`${year}-${pad(m.m)}`, parts[i]!));
        }
        const beforeWeeks = plan(explicit, year);
        for (const { w, share } of weeks) {
          const week = isoWeekPeriod(year, ((w - 1) % isoWeeksInYear(year)) + 1);
          const implied = sumDays(beforeWeeks.days, week.start, week.end);
          explicit.push(target(week.key, Math.floor((implied * share) / 1000)));
        }
        const p = plan(explicit, year);
        expect(p.conflicts).toEqual([]);
        expectExactYear(p, year, amount);
      }),
      { numRuns: 80 },
    );
  });

  it('never give a negative or fractional share, and report a conflict whenever sums cannot hold', () => {
    const key = fc.oneof(
      fc.integer({ min: 1, max: 4 }).map((q) => `2028-Q${q}`),
      fc.integer({ min: 1, max: 12 }).map((m) => `2028-${pad(m)}`),
      fc.integer({ min: 1, max: 52 }).map((w) => `2028-W${pad(w)}`),
      fc.integer({ min: 0, max: 372 }).map((d) => addDays('2027-12-27', d)),
    );
    fc.assert(
      fc.property(
        fc.option(cents, { nil: undefined }),
        fc.array(fc.record({ key, amount: fc.integer({ min: 0, max: 1_000_000_000_000 }) }), {
          maxLength: 8,
        }),
        (yearAmount, parts) => {
          const explicit = parts.map((t) => target(t.key, t.amount));
          if (yearAmount !== undefined) explicit.unshift(target('2028', yearAmount));
          const p = plan(explicit, 2028);
          expectWholeCents(p);
          for (const c of p.conflicts) {
            expect(c.kind === 'over' ? c.explicitChildren > c.amount : c.explicitChildren < c.amount).toBe(
              true,
            );
          }
          if (p.conflicts.length === 0) expectEveryPeriodAddsUp(p);
        },
      ),
      { numRuns: 150 },
    );
  });
});
