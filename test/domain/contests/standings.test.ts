import { describe, expect, it } from 'vitest';
import {
  type ContestDeal,
  type ContestRules,
  type Participant,
  rankContest,
  rowOf,
  targetWindow,
} from '../../../src/domain/contests/standings.js';

const rules = (over: Partial<ContestRules> = {}): ContestRules => ({
  metric: 'revenue',
  productId: null,
  startsOn: '2026-12-01',
  endsOn: '2026-12-31',
  mode: 'individual',
  goal: null,
  ...over,
});

const person = (memberId: string, over: Partial<Participant> = {}): Participant => ({
  memberId,
  name: memberId.toLowerCase(),
  team: null,
  targetCents: null,
  ...over,
});

const deal = (
  memberId: string,
  amountCents: number,
  closedOn = '2026-12-10',
  over: Partial<ContestDeal> = {},
) => ({
  memberId,
  amountCents,
  closedOn,
  productId: null,
  isNewCustomer: false,
  ...over,
});

describe('rankContest', () => {
  it('ranks on revenue; ties share a place and the next place is skipped', () => {
    const s = rankContest(
      rules(),
      [person('UA'), person('UB'), person('UC'), person('UD')],
      [deal('UA', 500), deal('UB', 900), deal('UC', 500), deal('UA', 100)],
    );
    expect(s.ranked.map((r) => [r.key, r.rank, r.num])).toEqual([
      ['UB', 1, 900],
      ['UA', 2, 600],
      ['UC', 3, 500],
    ]);
    expect(s.notYet).toEqual(['UD']);
    const tie = rankContest(
      rules(),
      [person('UA'), person('UB'), person('UC')],
      [deal('UA', 500), deal('UB', 500), deal('UC', 100)],
    );
    expect(tie.ranked.map((r) => [r.key, r.rank])).toEqual([
      ['UA', 1],
      ['UB', 1],
      ['UC', 3],
    ]);
  });

  it('an empty contest has no places and everyone is still to score', () => {
    const s = rankContest(rules(), [person('UA'), person('UB')], []);
    expect(s.ranked).toEqual([]);
    expect(s.notYet).toEqual(['UA', 'UB']);
    expect(rankContest(rules(), [], [deal('UA', 5)]).ranked).toEqual([]);
  });

  it('counts only deals closed within the dates: backdated in counts, moved out or deleted does not', () => {
    const participants = [person('UA'), person('UB')];
    const deals = [
      deal('UA', 100, '2026-11-30'), // the day before: out
      deal('UA', 200, '2026-12-01'), // first day: in
      deal('UA', 400, '2026-12-31'), // last day: in
      deal('UA', 800, '2027-01-01'), // the day after: out
      deal('UB', 5000, '2026-12-15', { deleted: true }),
    ];
    const s = rankContest(rules(), participants, deals);
    expect(rowOf(s, 'UA')?.num).toBe(600);
    expect(rowOf(s, 'UB')).toBeNull();
    // The same deal backdated into the contest now counts; moved out of it, it stops counting.
    const moved = deals.map((d) => (d.amountCents === 800 ? { ...d, closedOn: '2026-12-20' } : d));
    expect(rowOf(rankContest(rules(), participants, moved), 'UA')?.num).toBe(1400);
    const out = deals.map((d) => (d.amountCents === 400 ? { ...d, closedOn: '2027-01-02' } : d));
    expect(rowOf(rankContest(rules(), participants, out), 'UA')?.num).toBe(200);
  });

  it('ranks deals, new customers and one product line on their own figure', () => {
    const deals = [
      deal('UA', 100, '2026-12-02', { isNewCustomer: true, productId: 7 }),
      deal('UA', 100, '2026-12-03', { productId: 8 }),
      deal('UB', 900, '2026-12-04', { productId: 8 }),
    ];
    const people = [person('UA'), person('UB')];
    expect(rankContest(rules({ metric: 'deals' }), people, deals).ranked.map((r) => [r.key, r.num])).toEqual([
      ['UA', 2],
      ['UB', 1],
    ]);
    expect(rankContest(rules({ metric: 'new-customers' }), people, deals).ranked.map((r) => r.key)).toEqual([
      'UA',
    ]);
    expect(
      rankContest(rules({ metric: 'product', productId: 7 }), people, deals).ranked.map((r) => [
        r.key,
        r.num,
      ]),
    ).toEqual([['UA', 100]]);
  });

  it('leaves out deals of people not taking part', () => {
    const s = rankContest(rules(), [person('UA')], [deal('UA', 100), deal('UOUTSIDER', 10_000)]);
    expect(s.ranked.map((r) => r.key)).toEqual(['UA']);
  });

  it('ranks attainment on revenue over own target; no target is listed apart, not ranked', () => {
    const people = [
      person('UA', { targetCents: 1_000 }),
      person('UB', { targetCents: 3_000 }),
      person('UC', { targetCents: null }),
    ];
    const s = rankContest(rules({ metric: 'attainment', goal: 100 }), people, [
      deal('UA', 1_200),
      deal('UB', 2_400),
      deal('UC', 99_999),
    ]);
    expect(s.ranked.map((r) => [r.key, r.rank, r.percent, r.reachedGoal])).toEqual([
      ['UA', 1, 120, true],
      ['UB', 2, 80, false],
    ]);
    expect(s.noTarget).toEqual(['UC']);
  });

  it('adds up teams (by region or picked by hand); members in no team are not ranked', () => {
    const people = [
      person('UA', { team: 'North' }),
      person('UB', { team: 'North' }),
      person('UC', { team: 'South' }),
      person('UD', { team: null }),
    ];
    const s = rankContest(rules({ mode: 'region', goal: 1_000 }), people, [
      deal('UA', 300),
      deal('UB', 300),
      deal('UC', 600),
      deal('UD', 5_000),
    ]);
    expect(s.ranked.map((r) => [r.name, r.rank, r.num, r.members, r.reachedGoal])).toEqual([
      ['North', 1, 600, ['UA', 'UB'], false],
      ['South', 1, 600, ['UC'], false],
    ]);
    expect(rowOf(s, 'UB')?.name).toBe('North');
    expect(rowOf(s, 'UD')).toBeNull();
  });

  it("a team's attainment is its revenue over its members' targets", () => {
    const people = [
      person('UA', { team: 'Red', targetCents: 1_000 }),
      person('UB', { team: 'Red', targetCents: 1_000 }),
      person('UC', { team: 'Blue', targetCents: 500 }),
    ];
    const s = rankContest(rules({ metric: 'attainment', mode: 'teams' }), people, [
      deal('UA', 1_500),
      deal('UC', 600),
    ]);
    expect(s.ranked.map((r) => [r.name, r.percent])).toEqual([
      ['Blue', 120],
      ['Red', 75],
    ]);
  });
});

describe('targetWindow (members who join mid-contest)', () => {
  const r = { startsOn: '2026-12-01', endsOn: '2026-12-31' };
  it('is the whole contest for someone there from the start', () => {
    expect(targetWindow(r, '2026-01-05')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(targetWindow(r, null)).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });
  it('starts the day they joined, and is empty for someone joining after the end', () => {
    expect(targetWindow(r, '2026-12-15')).toEqual({ from: '2026-12-15', to: '2026-12-31' });
    expect(targetWindow(r, '2027-01-02')).toBeNull();
  });
  it('a late joiner is measured on the days they were there', () => {
    // Same sales, half the days: their target is half, so they rank ahead on attainment.
    const people = [person('UA', { targetCents: 2_000 }), person('ULATE', { targetCents: 1_000 })];
    const s = rankContest(rules({ metric: 'attainment' }), people, [deal('UA', 1_000), deal('ULATE', 1_000)]);
    expect(s.ranked.map((x) => [x.key, x.percent])).toEqual([
      ['ULATE', 100],
      ['UA', 50],
    ]);
  });
});
