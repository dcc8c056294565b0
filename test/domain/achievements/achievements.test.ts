import { describe, expect, it } from 'vitest';
import {
  type Achievement,
  type DealFacts,
  earnedByDeals,
  earnedByStreak,
  weeksInARow,
} from '../../../src/domain/achievements/achievements.js';

const facts = (over: Partial<DealFacts> = {}, month: Partial<DealFacts['month']> = {}): DealFacts => ({
  deals: 1,
  newCustomers: 0,
  month: { key: '2026-12', revenueCents: 100, targetCents: null, stretchCents: null, ...month },
  bestOtherMonthCents: null,
  ...over,
});
const names = (earned: ReturnType<typeof earnedByDeals>) => earned.map((e) => e.achievement);

describe('earnedByDeals', () => {
  it('the first deal and the first new customer', () => {
    expect(names(earnedByDeals(facts(), new Set()))).toEqual(['first-deal']);
    expect(names(earnedByDeals(facts({ newCustomers: 1 }), new Set()))).toEqual([
      'first-deal',
      'first-new-customer',
    ]);
    expect(names(earnedByDeals(facts({ deals: 0 }), new Set()))).toEqual([]);
  });

  it('each once: what was earned before is not earned again', () => {
    const already = new Set<Achievement>(['first-deal', 'first-new-customer']);
    expect(names(earnedByDeals(facts({ newCustomers: 4, deals: 9 }), already))).toEqual([]);
  });

  it("100% of a month's target and the stretch, with their figures", () => {
    const earned = earnedByDeals(
      facts({}, { revenueCents: 1_300, targetCents: 1_000, stretchCents: 1_200 }),
      new Set(['first-deal']),
    );
    expect(earned).toEqual([
      {
        achievement: 'month-target',
        periodKey: '2026-12',
        detail: { revenueCents: 1_300, targetCents: 1_000 },
      },
      { achievement: 'stretch', periodKey: '2026-12', detail: { revenueCents: 1_300, stretchCents: 1_200 } },
    ]);
    expect(
      names(earnedByDeals(facts({}, { revenueCents: 999, targetCents: 1_000 }), new Set(['first-deal']))),
    ).toEqual([]);
    // No target, or a target of zero, is nothing to reach.
    expect(
      names(earnedByDeals(facts({}, { revenueCents: 5, targetCents: 0 }), new Set(['first-deal']))),
    ).toEqual([]);
  });

  it('a personal best needs an earlier month to beat', () => {
    const none = new Set<Achievement>(['first-deal']);
    expect(names(earnedByDeals(facts({ bestOtherMonthCents: null }, { revenueCents: 9_000 }), none))).toEqual(
      [],
    );
    expect(
      names(earnedByDeals(facts({ bestOtherMonthCents: 9_000 }, { revenueCents: 9_000 }), none)),
    ).toEqual([]);
    expect(earnedByDeals(facts({ bestOtherMonthCents: 9_000 }, { revenueCents: 9_001 }), none)).toEqual([
      {
        achievement: 'personal-best-month',
        periodKey: '2026-12',
        detail: { revenueCents: 9_001, previousCents: 9_000 },
      },
    ]);
  });
});

describe('streaks', () => {
  const week = (key: string, revenueCents: number, targetCents: number | null = 100) => ({
    key,
    revenueCents,
    targetCents,
  });
  it('counts the weeks in a row at or above target, ending last week', () => {
    expect(weeksInARow([week('W1', 50), week('W2', 100), week('W3', 200)])).toBe(2);
    expect(weeksInARow([week('W1', 100), week('W2', 100), week('W3', 99)])).toBe(0);
    expect(weeksInARow([week('W1', 100), week('W2', 500, null)])).toBe(0);
    expect(weeksInARow([])).toBe(0);
  });
  it('earns the streak once it is long enough, once', () => {
    const four = [week('W1', 100), week('W2', 100), week('W3', 100), week('W4', 100)];
    expect(earnedByStreak(four, 4, new Set())).toEqual({
      achievement: 'streak',
      periodKey: 'W4',
      detail: { weeks: 4 },
    });
    expect(earnedByStreak(four.slice(1), 4, new Set())).toBeNull();
    expect(earnedByStreak(four, 4, new Set(['streak']))).toBeNull();
  });
});
