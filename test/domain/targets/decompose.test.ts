import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isoWeekPeriod,
  isoWeeksInYear,
  monthPeriod,
  parsePeriod,
  quarterPeriod,
  yearPeriod,
} from '../../../src/domain/periods.js';
import { allocate } from '../../../src/domain/targets/allocate.js';
import { DEFAULT_CALENDAR, planDays, sumDays } from '../../../src/domain/targets/decompose.js';
import { resolveTarget } from '../../../src/domain/targets/resolve.js';

const target = (periodKey: string, amount: number, stretch: number | null = null) => ({
  periodKey,
  amount,
  stretch,
});
const resolve = (explicit: ReturnType<typeof target>[], key: string) =>
  resolveTarget(explicit, parsePeriod(key)!);

describe('allocate', () => {
  it('splits exactly, giving left-over cents to the earliest parts on a tie', () => {
    expect(allocate(1_000_000_000, [1, 1, 1])).toEqual([333_333_334, 333_333_333, 333_333_333]);
    expect(allocate(10, [1, 0, 1])).toEqual([5, 0, 5]);
    expect(allocate(0, [0, 0])).toEqual([0, 0]);
  });
});

describe("the playbook's quarter", () => {
  // "A quarter of 10,000,000 gives about 2,500,000 a month and 625,000 a week": a quarter has 3 months.
  const q1 = [target('2026-Q1', 1_000_000_000)];

  it('gives each month a third, to the cent', () => {
    const months = ['2026-01', '2026-02', '2026-03'].map((k) => resolve(q1, k)!.amount);
    expect(months).toEqual([333_333_334, 333_333_333, 333_333_333]);
    expect(resolve(q1, '2026-01')?.explanation).toBe('a third of the Q1 2026 target');
  });

  it('gives each week the sum of its working days, so weeks that straddle months are right', () => {
    // January 2026 has 22 working days: 333,333,334 / 22 = 15,151,515.18… a day.
    const week2 = resolve(q1, '2026-W02')!; // Mon 5 – Sun 11 January: 5 working days
    expect(week2.amount).toBe(75_757_577);
    // Week 5: Mon 26 Jan – Sun 1 Feb: 5 January working days, none in February.
    const week5 = resolve(q1, '2026-W05')!;
    const janDay = allocate(333_333_334, Array(22).fill(1));
    expect(week5.amount).toBe(janDay.slice(17, 22).reduce((a, b) => a + b, 0));
    // Weeks 1–14 hold every day of Q1 (W01 starts 29 Dec 2025, W14 ends 5 Apr 2026).
    const weeks = Array.from(
      { length: 14 },
      (_, i) => resolve(q1, `2026-W${String(i + 1).padStart(2, '0')}`)!.amount,
    );
    expect(weeks.reduce((a, b) => a + b, 0)).toBe(1_000_000_000);
  });

  it('covers nothing outside it', () => {
    expect(resolve(q1, '2026-Q2')).toBeNull();
    expect(resolve(q1, '2026-04')).toBeNull();
  });
});

describe('year targets', () => {
  const year = [target('2026', 1_200_000_000, 1_400_000_000)];

  it('gives quarters a quarter and months a twelfth, with stretch alongside', () => {
    expect(resolve(year, '2026-Q3')).toMatchObject({
      amount: 300_000_000,
      stretch: 350_000_000,
      source: 'implied',
    });
    expect(resolve(year, '2026-11')).toMatchObject({ amount: 100_000_000, derivedFrom: '2026' });
    expect(resolve(year, '2026')).toMatchObject({ amount: 1_200_000_000, source: 'explicit' });
  });

  it('lets an explicit quarter override and spreads the rest over the other quarters', () => {
    const withQ4 = [...year, target('2026-Q4', 450_000_000)];
    expect(resolve(withQ4, '2026-Q4')?.amount).toBe(450_000_000);
    expect(resolve(withQ4, '2026-Q1')?.amount).toBe(250_000_000);
    const all = ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'].map((k) => resolve(withQ4, k)!.amount);
    expect(all.reduce((a, b) => a + b, 0)).toBe(1_200_000_000);
  });

  it('reports a conflict instead of negative targets when explicit parts exceed the whole', () => {
    const over = [target('2026', 100_000_000), target('2026-Q1', 80_000_000), target('2026-Q2', 50_000_000)];
    const q3 = resolve(over, '2026-Q3')!;
    expect(q3.amount).toBe(0);
    expect(q3.conflicts).toContainEqual({
      periodKey: '2026',
      explicitChildren: 130_000_000,
      amount: 100_000_000,
    });
  });

  it('splits a seasonal year by last year’s monthly sales, falling back to even without them', () => {
    const weights = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3];
    const seasonal = [{ ...target('2026', 1_400_000_000), split: 'seasonal' as const }];
    const calendar = { ...DEFAULT_CALENDAR, seasonalWeights: () => weights };
    expect(resolveTarget(seasonal, monthPeriod(2026, 12), calendar)?.amount).toBe(300_000_000);
    expect(resolveTarget(seasonal, monthPeriod(2026, 1), calendar)?.amount).toBe(100_000_000);
    const even = resolveTarget(seasonal, monthPeriod(2026, 1), {
      ...DEFAULT_CALENDAR,
      seasonalWeights: () => null,
    })!;
    expect(even.amount).toBe(116_666_667);
    expect(even.notes[0]).toMatch(/no sales in 2025/);
  });

  it('skips holidays and lets an explicit week fix its own days', () => {
    const november = [target('2026-11', 2_100_000)];
    const calendar = { ...DEFAULT_CALENDAR, holidays: ['2026-11-26'] }; // 20 working days left
    expect(resolveTarget(november, isoWeekPeriod(2026, 48), calendar)?.amount).toBe(420_000); // 4 days × 105,000
    const withWeek = [...november, target('2026-W46', 1_000_000)];
    expect(resolve(withWeek, '2026-W46')?.amount).toBe(1_000_000);
    expect(resolve(withWeek, '2026-11')?.amount).toBe(2_100_000);
    expect(resolve(withWeek, '2026-W47')?.amount).toBe(343_750); // (2,100,000 − 1,000,000) over 16 days × 5
  });
});

describe('decomposition always adds up (property-based)', () => {
  const amount = fc.integer({ min: 0, max: 100_000_000_000_000 });
  const year = fc.integer({ min: 1990, max: 2100 });

  it('quarters, months, days and ISO weeks of any year sum exactly to the year', () => {
    fc.assert(
      fc.property(amount, year, (cents, y) => {
        const explicit = [target(String(y), cents)];
        const plan = planDays(explicit, (t) => t.amount, [y]);
        const yp = yearPeriod(y);
        if (sumDays(plan.days, yp.start, yp.end) !== cents) return false;
        let quarters = 0;
        for (let q = 1; q <= 4; q++) {
          const qp = quarterPeriod(y, q);
          const qAmount = sumDays(plan.days, qp.start, qp.end);
          quarters += qAmount;
          let months = 0;
          for (let m = (q - 1) * 3 + 1; m <= q * 3; m++) {
            const mp = monthPeriod(y, m);
            months += sumDays(plan.days, mp.start, mp.end);
          }
          if (months !== qAmount) return false;
        }
        // Weeks of the ISO years that touch this calendar year, counting only days inside it.
        let weeks = 0;
        for (const isoYear of [y - 1, y, y + 1]) {
          for (let w = 1; w <= isoWeeksInYear(isoYear); w++) {
            const wp = isoWeekPeriod(isoYear, w);
            const from = wp.start < yp.start ? yp.start : wp.start;
            weeks += sumDays(plan.days, from, wp.end > yp.end ? yp.end : wp.end);
          }
        }
        return (
          quarters === cents &&
          weeks === cents &&
          [...plan.days.values()].every((v) => Number.isSafeInteger(v) && v >= 0)
        );
      }),
      { numRuns: 60 },
    );
  });

  it('keeps sums exact with explicit quarters and months when they fit inside the year', () => {
    fc.assert(
      fc.property(
        amount,
        year,
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 100 }),
        (cents, y, q, pct) => {
          const qAmount = Math.floor((cents * pct) / 100);
          const explicit = [target(String(y), cents), target(`${y}-Q${q}`, qAmount)];
          const plan = planDays(explicit, (t) => t.amount, [y]);
          const qp = quarterPeriod(y, q);
          const yp = yearPeriod(y);
          return (
            sumDays(plan.days, yp.start, yp.end) === cents && sumDays(plan.days, qp.start, qp.end) === qAmount
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});
