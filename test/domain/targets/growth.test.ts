import { describe, expect, it } from 'vitest';
import { growthTarget, stretchFromPercent } from '../../../src/domain/targets/growth.js';

describe('growthTarget', () => {
  it("gives the playbook's +30% base and +40% stretch from 10,000,000.00, with the arithmetic", () => {
    expect(growthTarget(1_000_000_000, 30, 40)).toEqual({
      ok: true,
      base: 1_300_000_000,
      stretch: 1_400_000_000,
      steps: [
        { level: 'base', from: 1_000_000_000, factor: '1.30', result: 1_300_000_000 },
        { level: 'stretch', from: 1_000_000_000, factor: '1.40', result: 1_400_000_000 },
      ],
    });
  });

  it('takes decimal rates and declines, rounding half up to the cent', () => {
    expect(growthTarget(10, 12.5)).toMatchObject({ base: 11, steps: [{ factor: '1.125', result: 11 }] }); // 11.25
    expect(growthTarget(6, 25)).toMatchObject({ base: 8 }); // 7.5 rounds up
    expect(growthTarget(100_000, -20)).toMatchObject({
      base: 80_000,
      steps: [{ from: 100_000, factor: '0.80', result: 80_000 }],
    });
    expect(growthTarget(100_000, -99.5)).toMatchObject({ base: 500 });
  });

  it('has no stretch step without a stretch rate', () => {
    expect(growthTarget(1_000_000_000, 30, null)).toMatchObject({
      stretch: null,
      steps: [{ level: 'base' }],
    });
  });

  it('refuses what cannot be a target', () => {
    expect(growthTarget(1_000, -100)).toEqual({ ok: false, error: 'growth_too_low' });
    expect(growthTarget(1_000, -150, 10)).toEqual({ ok: false, error: 'growth_too_low' });
    expect(growthTarget(1_000, 30, 20)).toEqual({ ok: false, error: 'stretch_below_base' });
    expect(growthTarget(0, 30)).toEqual({ ok: false, error: 'no_history' });
  });
});

describe('stretchFromPercent', () => {
  it("puts the playbook's +40% stretch on a base, exactly", () => {
    expect(stretchFromPercent(1_200_000_000, 40)).toBe(1_680_000_000);
    expect(stretchFromPercent(333, 12.5)).toBe(375);
  });
});
