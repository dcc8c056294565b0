import { describe, expect, it } from 'vitest';
import {
  type AwardId,
  changeRule,
  DEFAULT_AWARDS,
  evaluateAward,
  type MemberStats,
} from '../../src/domain/awards.js';

const rule = (id: AwardId) => DEFAULT_AWARDS.find((r) => r.id === id)!;
const member = (memberId: string, over: Partial<MemberStats> = {}): MemberStats => ({
  memberId,
  name: memberId.toLowerCase(),
  revenue: 0,
  deals: 0,
  newCustomers: 0,
  ratings: { count: 0, sum: 0 },
  kudosReceived: 0,
  distinctGivers: 0,
  target: null,
  stretch: null,
  previous: null,
  ...over,
});
const winners = (id: AwardId, stats: MemberStats[]) =>
  evaluateAward(rule(id), stats).winners.map((w) => w.memberId);

describe('awards', () => {
  it('gives Sales Champion to the highest revenue, shared on a tie', () => {
    expect(
      winners('sales-champion', [
        member('UA', { revenue: 500, deals: 1 }),
        member('UB', { revenue: 900, deals: 2 }),
      ]),
    ).toEqual(['UB']);
    expect(
      winners('sales-champion', [
        member('UA', { revenue: 900, deals: 1 }),
        member('UB', { revenue: 900, deals: 3 }),
        member('UC', { revenue: 10, deals: 1 }),
      ]),
    ).toEqual(['UA', 'UB']);
  });

  it('says so when nobody is eligible (an empty month)', () => {
    expect(evaluateAward(rule('sales-champion'), [])).toMatchObject({
      winners: [],
      noWinnerReason: 'none_eligible',
    });
    expect(evaluateAward(rule('stretch-club'), [member('UA', { revenue: 5 })]).noWinnerReason).toBe(
      'none_eligible',
    );
  });

  it('needs at least 3 ratings and compares averages exactly', () => {
    const stats = [
      member('UA', { ratings: { count: 3, sum: 13 } }), // 4.333…
      member('UB', { ratings: { count: 6, sum: 26 } }), // 4.333…: a tie, not a float accident
      member('UC', { ratings: { count: 2, sum: 10 } }), // 5.0 but only 2 ratings
    ];
    expect(winners('customer-satisfaction', stats)).toEqual(['UA', 'UB']);
  });

  it('counts kudos only from at least 2 different people', () => {
    const stats = [
      member('UA', { kudosReceived: 9, distinctGivers: 1 }),
      member('UB', { kudosReceived: 3, distinctGivers: 2 }),
    ];
    expect(winners('team-collaboration', stats)).toEqual(['UB']);
  });

  it('lets everyone who reached their stretch into the Stretch Club', () => {
    const stats = [
      member('UA', { revenue: 140, target: 100, stretch: 140 }),
      member('UB', { revenue: 200, target: 150, stretch: 190 }),
      member('UC', { revenue: 139, target: 100, stretch: 140 }),
      member('UD', { revenue: 999 }), // a new hire with no target cannot join yet
    ];
    expect(winners('stretch-club', stats)).toEqual(['UA', 'UB']);
  });

  it('gives Most Improved to the largest rise in attainment, needing a target in both periods', () => {
    const stats = [
      member('UA', { revenue: 90, target: 100, previous: { actual: 50, target: 100 } }), // +40 points
      member('UB', { revenue: 120, target: 100, previous: { actual: 100, target: 100 } }), // +20
      member('UC', { revenue: 100, target: 100 }), // joined mid-month: no previous target
    ];
    expect(winners('most-improved', stats)).toEqual(['UA']);
  });

  it('accepts admin changes with checks, saying what is wrong as a code', () => {
    expect(changeRule(rule('customer-satisfaction'), 'min-ratings', '5')).toMatchObject({
      rule: { minRatings: 5 },
    });
    expect(changeRule(rule('sales-champion'), 'period', 'quarter')).toMatchObject({
      rule: { period: 'quarter' },
    });
    expect(changeRule(rule('sales-champion'), 'minRatings', '5')).toEqual({
      problem: { code: 'unknownField', fields: ['minDeals', 'period'] },
    });
    expect(changeRule(rule('sales-champion'), 'minDeals', '0')).toEqual({
      problem: { code: 'badNumber', field: 'minDeals' },
    });
    expect(changeRule(rule('sales-champion'), 'period', 'week')).toEqual({ problem: { code: 'badPeriod' } });
  });
});
