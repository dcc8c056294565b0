import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../src/domain/periods.js';
import { expectedToDate, pace } from '../../../src/domain/targets/pace.js';
import { dailyShares } from '../../../src/domain/targets/resolve.js';

// November 2026: 21 working days (Mon 2 – Mon 30) at 1,000.00 each.
const november = parsePeriod('2026-11')!;
const shares = dailyShares([{ periodKey: '2026-11', amount: 2_100_000, stretch: null }], november);
const at = (today: string, actual: number, atRiskGapPercent?: number) =>
  pace({
    target: 2_100_000,
    stretch: 2_940_000,
    actual,
    shares,
    today,
    periodStart: november.start,
    periodEnd: november.end,
    ...(atRiskGapPercent === undefined ? {} : { atRiskGapPercent }),
  });

describe('pace', () => {
  it('expects the days before today, and spreads what is left over the working days from today', () => {
    // Wednesday 25 Nov: 17 working days are over; today, 26, 27 and 30 are left.
    const p = at('2026-11-25', 1_000_000);
    expect(p).toMatchObject({
      expectedToDate: 1_700_000,
      workingDaysLeft: 4,
      remaining: 1_100_000,
      neededPerDay: 275_000,
      percentOfTargetBp: 4_761,
      percentOfStretchBp: 3_401,
      status: 'behind',
      atRisk: true,
    });
  });

  it('rounds the pace needed up to the cent', () => {
    expect(at('2026-11-25', 1_099_999).neededPerDay).toBe(250_001); // 10,000.01 over 4 days
    expect(at('2026-11-30', 2_000_001).neededPerDay).toBe(99_999); // the last day
  });

  it('draws the status lines at 95% and 105% of the expected amount', () => {
    expect(at('2026-11-25', 1_785_000).status).toBe('ahead');
    expect(at('2026-11-25', 1_784_999).status).toBe('on track');
    expect(at('2026-11-25', 1_615_000).status).toBe('on track');
    expect(at('2026-11-25', 1_614_999).status).toBe('behind');
    expect(at('2026-11-25', 2_100_000).status).toBe('done');
  });

  it('judges a period that is over as hit or missed, and one not begun as not started', () => {
    expect(at('2026-12-01', 2_099_999).status).toBe('missed');
    expect(at('2026-12-01', 2_100_000).status).toBe('hit');
    expect(at('2026-10-31', 0)).toMatchObject({ status: 'not started', workingDaysLeft: 21 });
  });

  it('does not call anyone behind on the first morning', () => {
    expect(at('2026-11-02', 0)).toMatchObject({
      status: 'on track',
      expectedToDate: 0,
      neededPerDay: 100_000,
    });
  });

  it('calls at risk only when behind by more than 10% after a quarter of the working days', () => {
    // 10% below the 17 days expected (1,530,000) is behind but not yet at risk.
    expect(at('2026-11-25', 1_530_000)).toMatchObject({ status: 'behind', atRisk: false });
    expect(at('2026-11-25', 1_529_999).atRisk).toBe(true);
    // A quarter of 21 working days is 5.25: after 5 days nobody is at risk, after 6 they can be.
    expect(at('2026-11-09', 0)).toMatchObject({ status: 'behind', atRisk: false });
    expect(at('2026-11-10', 0).atRisk).toBe(true);
  });

  it('takes the at-risk gap as a setting', () => {
    expect(at('2026-11-25', 1_000_000, 50).atRisk).toBe(false); // 41% short of expected
    expect(at('2026-11-25', 1_000_000, 40).atRisk).toBe(true);
  });
});

describe('expectedToDate', () => {
  it("sums the shares of the days before today: a week's target to date", () => {
    const week = dailyShares(
      [{ periodKey: '2026-11', amount: 2_100_000, stretch: null }],
      parsePeriod('2026-W48')!,
    );
    expect(expectedToDate(week, '2026-11-23')).toBe(0);
    expect(expectedToDate(week, '2026-11-26')).toBe(300_000);
    expect(expectedToDate(week, '2026-12-01')).toBe(500_000);
  });
});
