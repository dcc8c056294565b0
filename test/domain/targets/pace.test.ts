import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../src/domain/periods.js';
import { coverage, growthTarget, pace, progressBar } from '../../../src/domain/targets/pace.js';
import { dailyShares } from '../../../src/domain/targets/resolve.js';

const november = parsePeriod('2026-11')!;
const shares = dailyShares([{ periodKey: '2026-11', amount: 2_100_000, stretch: null }], november); // 21 working days × 100,000
const at = (today: string, actual: number) =>
  pace({
    target: 2_100_000,
    stretch: 2_940_000,
    actual,
    shares,
    today,
    periodStart: november.start,
    periodEnd: november.end,
  });

describe('pace', () => {
  it('compares with the share of the days already over, and says what is needed per working day', () => {
    // Wednesday 25 Nov: 17 working days are over (1,700,000 expected); today and 4 more are left.
    const p = at('2026-11-25', 1_000_000);
    expect(p).toMatchObject({
      expectedToDate: 1_700_000,
      workingDaysLeft: 4,
      remaining: 1_100_000,
      neededPerDay: 275_000,
    });
    expect(p.status).toBe('behind');
    expect(p.atRisk).toBe(true);
    expect(p.percentOfTargetBp).toBe(4_761);
    expect(p.percentOfStretchBp).toBe(3_401);
  });

  it('calls within 5% on track, above it ahead, and the target reached done', () => {
    expect(at('2026-11-25', 1_650_000).status).toBe('on track');
    expect(at('2026-11-25', 1_800_000).status).toBe('ahead');
    expect(at('2026-11-25', 2_100_000).status).toBe('done');
    expect(at('2026-12-01', 2_000_000).status).toBe('missed');
    expect(at('2026-12-01', 2_200_000).status).toBe('hit');
  });

  it('does not call anyone at risk in the first days', () => {
    const early = at('2026-11-03', 0);
    expect(early.status).toBe('behind');
    expect(early.atRisk).toBe(false);
  });

  it('rounds the pace needed up to the cent', () => {
    expect(at('2026-11-24', 0).neededPerDay).toBe(Math.ceil(2_100_000 / 5));
    expect(at('2026-11-30', 2_000_001).neededPerDay).toBe(99_999);
  });
});

describe('progressBar', () => {
  it('draws ten cells and shows over-achievement', () => {
    expect(progressBar(6_200)).toBe('▓▓▓▓▓▓░░░░ 62%');
    expect(progressBar(11_200)).toBe('▓▓▓▓▓▓▓▓▓▓ 112%');
    expect(progressBar(0)).toBe('░░░░░░░░░░ 0%');
  });
});

describe('growthTarget', () => {
  const fmt = (c: number) => (c / 100).toLocaleString('en-US', { minimumFractionDigits: 2 });
  it("gives the playbook's +30% base and +40% stretch exactly, with the arithmetic", () => {
    const r = growthTarget(1_000_000_000, 30, 40, fmt);
    expect(r).toEqual({
      ok: true,
      base: 1_300_000_000,
      stretch: 1_400_000_000,
      arithmetic: ['10,000,000.00 × 1.30 = 13,000,000.00', '10,000,000.00 × 1.40 = 14,000,000.00 (stretch)'],
    });
  });
  it('handles decimals and declines without exactly, rounding half up', () => {
    expect(growthTarget(333, 12.5, null, fmt)).toMatchObject({ base: 375 }); // 374.625 → 375
    expect(growthTarget(1_000, -20, null, fmt)).toMatchObject({ base: 800 });
  });
  it('refuses what cannot be a target', () => {
    expect(growthTarget(1_000, -100, null, fmt)).toEqual({ ok: false, error: 'growth_too_low' });
    expect(growthTarget(1_000, 30, 20, fmt)).toEqual({ ok: false, error: 'stretch_below_base' });
    expect(growthTarget(0, 30, null, fmt)).toEqual({ ok: false, error: 'no_history' });
  });
});

describe('coverage', () => {
  it('says how much of the team target the individual targets cover', () => {
    expect(coverage(1_000_000, [300_000, 450_000])).toEqual({ sum: 750_000, percentBp: 7_500, gap: 250_000 });
  });
});
