import { describe, expect, it } from 'vitest';
import {
  attainment,
  changeOf,
  existingCustomerDeals,
  largestGaps,
  orderedSlices,
  sliceLine,
  topMovers,
} from '../../../src/domain/analysis/monthly-analysis.js';

describe('monthly analysis rules', () => {
  it('says changes in basis points, with none when there was nothing before', () => {
    expect(changeOf(150_00, 100_00)).toEqual({ deltaCents: 50_00, basisPoints: 5_000 });
    expect(changeOf(50_00, 100_00)).toEqual({ deltaCents: -50_00, basisPoints: -5_000 });
    expect(changeOf(10_00, 0)).toEqual({ deltaCents: 10_00, basisPoints: null });
    expect(attainment(1_00, 3_00)).toBe(3_333);
    expect(attainment(1_00, null)).toBeNull();
    expect(attainment(1_00, 0)).toBeNull();
  });

  it('counts deals with existing customers as the deals that were no customer’s first', () => {
    expect(existingCustomerDeals({ revenueCents: 0, deals: 5, newCustomers: 2 })).toBe(3);
  });

  it('orders slices by revenue and leaves out the empty ones', () => {
    const z = { revenueCents: 0, deals: 0, newCustomers: 0 };
    const lines = [
      sliceLine('1', { ...z, revenueCents: 5, deals: 1 }, z, z, null),
      sliceLine('2', z, z, z, null),
      sliceLine('3', { ...z, revenueCents: 9, deals: 1 }, z, z, { amount: 10, stretch: null }),
      sliceLine('4', z, z, z, { amount: 10, stretch: null }),
    ];
    expect(orderedSlices(lines).map((l) => l.key)).toEqual(['3', '1', '4']);
  });

  it('names the largest rises and falls against the previous period, ties by member', () => {
    const now = new Map([
      ['A', 500],
      ['B', 100],
      ['C', 300],
      ['D', 300],
    ]);
    const before = new Map([
      ['A', 100],
      ['B', 400],
      ['C', 100],
      ['D', 100],
      ['E', 50],
    ]);
    const { rises, falls } = topMovers(now, before, 2);
    expect(rises.map((m) => [m.memberId, m.deltaCents])).toEqual([
      ['A', 400],
      ['C', 200],
    ]);
    expect(falls.map((m) => [m.memberId, m.deltaCents])).toEqual([
      ['B', -300],
      ['E', -50],
    ]);
  });

  it('lists the largest gaps with only the check-in words that say something, latest first', () => {
    const gaps = largestGaps(
      [
        { memberId: 'A', actualCents: 10, targetCents: 100 },
        { memberId: 'B', actualCents: 200, targetCents: 100 },
        { memberId: 'C', actualCents: 50, targetCents: 100 },
      ],
      (id) =>
        id === 'A'
          ? [
              { roundKey: '2026-W28', confidence: 2, lowConfidence: true, blocker: null },
              { roundKey: '2026-W29', confidence: 4, lowConfidence: false, blocker: 'legal' },
              { roundKey: '2026-W30', confidence: 4, lowConfidence: false, blocker: null },
            ]
          : [],
      5,
    );
    expect(gaps.map((g) => [g.memberId, g.gapCents])).toEqual([
      ['A', 90],
      ['C', 50],
    ]);
    expect(gaps[0]!.reasons.map((r) => r.roundKey)).toEqual(['2026-W29', '2026-W28']);
  });
});
