import { describe, expect, it } from 'vitest';
import {
  changeNeedsApproval,
  DEFAULT_FAIR_PLAY,
  type DealHistory,
  MIN_REP_DEALS,
  MIN_TEAM_DEALS,
  medianOffset,
  needsApproval,
  unusualChange,
  unusualDeal,
} from '../../../src/domain/deals/fair-play.js';

const history = (h: Partial<DealHistory>): DealHistory => ({
  repDeals: MIN_REP_DEALS,
  repMedianCents: 100_00,
  teamDeals: MIN_TEAM_DEALS,
  teamLargestCents: 5_000_00,
  ...h,
});

describe('medianOffset', () => {
  it('points at the middle amount, the lower one of two for an even count, and nowhere for no deals', () => {
    const median = (sorted: number[]) => {
      const at = medianOffset(sorted.length);
      return at === null ? null : sorted[at];
    };
    expect(median([])).toBeNull();
    expect(median([500])).toBe(500);
    expect(median([100, 200, 900])).toBe(200);
    expect(median([100, 200, 300, 900])).toBe(200);
  });
});

describe('unusualDeal', () => {
  const rules = DEFAULT_FAIR_PLAY;

  it('asks about a deal over 10× the rep median, saying how many times (rounded down)', () => {
    expect(unusualDeal(1_000_00, history({}), rules)).toBeNull();
    expect(unusualDeal(1_299_99, history({}), rules)).toEqual({
      reason: 'above_median',
      medianCents: 100_00,
      multiple: 10,
      times: 12,
    });
  });

  it("asks about a deal above the team's largest, also for a rep with no deals yet", () => {
    const newRep = history({ repDeals: 0, repMedianCents: null, teamLargestCents: 50_000_00 });
    expect(unusualDeal(300_000_000_00, newRep, rules)).toEqual({
      reason: 'above_team_largest',
      largestCents: 50_000_00,
    });
    expect(unusualDeal(50_000_00, newRep, rules)).toBeNull();
  });

  it('needs enough history: a median of two deals, or a team in its first weeks, asks nothing', () => {
    expect(unusualDeal(1_300_00, history({ repDeals: MIN_REP_DEALS - 1 }), rules)).toBeNull();
    expect(unusualDeal(9_000_00, history({ repDeals: 2, teamDeals: MIN_TEAM_DEALS - 1 }), rules)).toBeNull();
    expect(unusualDeal(9_000_00, history({ repDeals: 2 }), rules)?.reason).toBe('above_team_largest');
    expect(
      unusualDeal(300_000_000_00, history({ repDeals: 0, teamDeals: 0, teamLargestCents: null }), rules),
    ).toBeNull();
  });

  it('follows what admins switched off or changed', () => {
    const off = { ...rules, medianMultiple: null, aboveTeamLargest: false };
    expect(unusualDeal(300_000_000_00, history({}), off)).toBeNull();
    const fiveTimes = { ...rules, medianMultiple: 5 };
    expect(unusualDeal(600_00, history({}), fiveTimes)?.reason).toBe('above_median');
  });
});

describe('needsApproval', () => {
  const rules = { ...DEFAULT_FAIR_PLAY, approvalOverCents: 100_000_00 };
  it('holds deals over the amount, unless the logger could approve them', () => {
    expect(needsApproval(100_000_00, rules, false)).toBe(false);
    expect(needsApproval(100_000_01, rules, false)).toBe(true);
    expect(needsApproval(100_000_01, rules, true)).toBe(false);
    expect(needsApproval(100_000_01, DEFAULT_FAIR_PLAY, false)).toBe(false);
  });
});

describe('edits (ADR 27)', () => {
  const rules = { ...DEFAULT_FAIR_PLAY, approvalOverCents: 100_000_00 };
  it('are asked about only when they raise the amount to an unusual one', () => {
    expect(unusualChange(100_00, 5_000_00, history({}), rules)?.reason).toBe('above_median');
    expect(unusualChange(6_000_00, 5_000_00, history({}), rules)).toBeNull();
    expect(unusualChange(5_000_00, 5_000_00, history({}), rules)).toBeNull();
    expect(unusualChange(null, 5_000_00, history({}), rules)?.reason).toBe('above_median');
  });

  it('wait for approval only when they cross the amount', () => {
    expect(changeNeedsApproval(50_000_00, 150_000_00, rules, false)).toBe(true);
    expect(changeNeedsApproval(120_000_00, 150_000_00, rules, false)).toBe(false);
    expect(changeNeedsApproval(50_000_00, 150_000_00, rules, true)).toBe(false);
    expect(changeNeedsApproval(150_000_00, 50_000_00, rules, false)).toBe(false);
    expect(changeNeedsApproval(null, 150_000_00, rules, false)).toBe(true);
  });

  it('wait for approval again when they give a deal over the amount to someone else, even unchanged', () => {
    expect(changeNeedsApproval(150_000_00, 150_000_00, rules, false, true)).toBe(true);
    // Unless whoever moves it could approve it for the new owner, or it is under the amount.
    expect(changeNeedsApproval(150_000_00, 150_000_00, rules, true, true)).toBe(false);
    expect(changeNeedsApproval(50_000_00, 50_000_00, rules, false, true)).toBe(false);
    expect(
      changeNeedsApproval(150_000_00, 150_000_00, { ...rules, approvalOverCents: null }, false, true),
    ).toBe(false);
  });
});
