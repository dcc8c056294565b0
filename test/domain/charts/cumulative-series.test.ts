import { describe, expect, it } from 'vitest';
import { cumulativeSeries } from '../../../src/domain/charts/cumulative-series.js';
import { monthPeriod } from '../../../src/domain/periods.js';

describe('cumulativeSeries', () => {
  const november = monthPeriod(2026, 11);
  const revenueByDay = new Map([
    ['2026-11-02', 1_000],
    ['2026-11-03', 500],
    ['2026-11-20', 9_999],
  ]);

  it('runs the totals day by day up to today, and leaves the days after it empty', () => {
    const s = cumulativeSeries({ period: november, today: '2026-11-03', revenueByDay, target: null });
    expect(s.days).toHaveLength(30);
    expect(s.actual.slice(0, 4)).toEqual([0, 1_000, 1_500, null]);
    // A deal dated after today (logged ahead) is not drawn before its day comes.
    expect(s.actual.filter((v) => v !== null)).toHaveLength(3);
    expect(s.target).toBeNull();
    expect(s.stretch).toBeNull();
  });

  it('spreads the target and stretch evenly to reach them exactly on the last day', () => {
    const s = cumulativeSeries({
      period: november,
      today: '2026-11-30',
      revenueByDay,
      target: { amount: 3_000_000, stretch: 4_200_000 },
    });
    expect(s.target?.[0]).toBe(100_000);
    expect(s.target?.at(-1)).toBe(3_000_000);
    expect(s.stretch?.at(-1)).toBe(4_200_000);
    expect(s.actual.at(-1)).toBe(11_499);
  });

  it('draws no stretch line when the target has no stretch level', () => {
    const s = cumulativeSeries({
      period: november,
      today: '2026-11-30',
      revenueByDay,
      target: { amount: 3_000_000, stretch: null },
    });
    expect(s.target?.at(-1)).toBe(3_000_000);
    expect(s.stretch).toBeNull();
  });
});
