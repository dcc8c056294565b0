import { describe, expect, it } from 'vitest';
import { commissionFor, planErrors } from '../../src/domain/commission.js';

const plan = { baseRateBp: 500, tiers: [{ fromAttainmentBp: 10_000, rateBp: 800 }], stretchBonus: 200_000 };

describe('commissionFor', () => {
  it('pays the base rate up to the target and the tier rate only above it', () => {
    const c = commissionFor(plan, { actual: 12_000_000, target: 10_000_000, stretch: 14_000_000 });
    expect(c.lines).toEqual([
      { band: { kind: 'upTo', attainmentBp: 10_000 }, base: 10_000_000, rateBp: 500, amount: 500_000 },
      { band: { kind: 'above', attainmentBp: 10_000 }, base: 2_000_000, rateBp: 800, amount: 160_000 },
    ]);
    expect(c.total).toBe(660_000);
  });

  it('adds the fixed bonus at stretch', () => {
    expect(commissionFor(plan, { actual: 14_000_000, target: 10_000_000, stretch: 14_000_000 }).total).toBe(
      500_000 + 320_000 + 200_000,
    );
  });

  it('adds the stretch bonus to a flat-rate plan too', () => {
    const flat = { baseRateBp: 500, tiers: [], stretchBonus: 200_000 };
    const c = commissionFor(flat, { actual: 15_000_000, target: 10_000_000, stretch: 12_000_000 });
    expect(c.lines.map((l) => l.band.kind)).toEqual(['allSales', 'stretchBonus']);
    expect(c.total).toBe(750_000 + 200_000);
  });

  it('pays the base rate on everything without a target, rounding half up to the cent', () => {
    expect(commissionFor(plan, { actual: 333, target: null, stretch: null })).toEqual({
      total: 17,
      lines: [{ band: { kind: 'allSales' }, base: 333, rateBp: 500, amount: 17 }],
    });
  });

  it('pays nothing on a period whose refunds exceed its sales', () => {
    expect(commissionFor(plan, { actual: -5_000, target: 10_000, stretch: null }).total).toBe(0);
  });

  it('refuses plans that make no sense', () => {
    expect(planErrors(plan)).toEqual([]);
    expect(planErrors({ baseRateBp: 12_000, tiers: [], stretchBonus: 0 })).toHaveLength(1);
    expect(
      planErrors({
        baseRateBp: 500,
        tiers: [
          { fromAttainmentBp: 10_000, rateBp: 800 },
          { fromAttainmentBp: 9_000, rateBp: 900 },
        ],
        stretchBonus: 0,
      }),
    ).toEqual(['tiersAscending']);
  });
});
