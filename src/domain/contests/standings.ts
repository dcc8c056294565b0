import { rankScores } from '../leaderboard.js';
import type { LocalDate } from '../time.js';
import type { ContestMetric, ContestMode } from './contest.js';

/** One live deal as a contest sees it. Deleted deals never reach here (or are skipped if they do). */
export interface ContestDeal {
  memberId: string;
  amountCents: number;
  closedOn: LocalDate;
  productId: number | null;
  isNewCustomer: boolean;
  deleted?: boolean;
}

export interface ContestRules {
  metric: ContestMetric;
  productId: number | null;
  startsOn: LocalDate;
  endsOn: LocalDate;
  mode: ContestMode;
  goal: number | null;
}

/** Someone who competes: their team (region name or hand-picked team) in a team contest. */
export interface Participant {
  memberId: string;
  name: string;
  team: string | null;
  /** Attainment only: their target over the days of the contest they took part in (minor units). */
  targetCents: number | null;
}

export interface StandingRow {
  rank: number;
  /** A member id (individual contests) or the team's name. */
  key: string;
  name: string;
  /** The score as an exact fraction (revenue or a count over 1; revenue over target for attainment). */
  num: number;
  den: number;
  /** Whole percent of target (attainment), else null. */
  percent: number | null;
  members: string[];
  reachedGoal: boolean;
}

export interface Standings {
  ranked: StandingRow[];
  /** Taking part, nothing yet. */
  notYet: string[];
  /** Attainment: taking part but without a target, so not ranked. */
  noTarget: string[];
}

/**
 * What counts: a deal closed on a day of the contest (both ends included), of the product line when
 * the contest is about one. So a deal backdated into the window counts, one moved out of it (or
 * deleted) does not, whenever the standings are worked out.
 */
export function countsFor(rules: Pick<ContestRules, 'metric' | 'productId' | 'startsOn' | 'endsOn'>) {
  return (deal: ContestDeal): boolean =>
    !deal.deleted &&
    deal.closedOn >= rules.startsOn &&
    deal.closedOn <= rules.endsOn &&
    (rules.metric !== 'product' || deal.productId === rules.productId);
}

interface Tally {
  revenueCents: number;
  deals: number;
  newCustomers: number;
}

function tally(rules: ContestRules, deals: readonly ContestDeal[]): Map<string, Tally> {
  const counts = countsFor(rules);
  const out = new Map<string, Tally>();
  for (const deal of deals) {
    if (!counts(deal)) continue;
    const t = out.get(deal.memberId) ?? { revenueCents: 0, deals: 0, newCustomers: 0 };
    t.revenueCents += deal.amountCents;
    t.deals += 1;
    if (deal.isNewCustomer) t.newCustomers += 1;
    out.set(deal.memberId, t);
  }
  return out;
}

function figure(metric: ContestMetric, t: Tally): number {
  switch (metric) {
    case 'revenue':
    case 'product':
    case 'attainment':
      return t.revenueCents;
    case 'deals':
      return t.deals;
    case 'new-customers':
      return t.newCustomers;
  }
}

// Whole percent, rounded down: "100%" is only shown once the target is really met.
const percentOf = (num: number, den: number) => (den > 0 ? Number((BigInt(num) * 100n) / BigInt(den)) : 0);

function reached(rules: ContestRules, num: number, den: number): boolean {
  if (rules.goal === null) return false;
  if (rules.metric === 'attainment') return den > 0 && BigInt(num) * 100n >= BigInt(rules.goal) * BigInt(den);
  return num >= rules.goal;
}

/**
 * Ranks a contest. Only participants count: a deal of someone outside it (not their report, no
 * region in a region contest, in no hand-picked team) scores nothing. Ties share a place (1, 2, 2,
 * 4), listed by name; nothing yet is not a place. A team's score is its members' sum; on attainment,
 * the team's revenue over the sum of its members' targets (members without one are left out of both,
 * so a team is not pulled down by someone who has no target).
 */
export function rankContest(
  rules: ContestRules,
  participants: readonly Participant[],
  deals: readonly ContestDeal[],
): Standings {
  const totals = tally(rules, deals);
  const attainment = rules.metric === 'attainment';
  const noTarget = attainment
    ? participants.filter((p) => !(p.targetCents && p.targetCents > 0)).map((p) => p.memberId)
    : [];
  const scoring = participants.filter((p) => !noTarget.includes(p.memberId));
  const groups = new Map<string, { name: string; members: Participant[] }>();
  for (const p of scoring) {
    if (rules.mode !== 'individual' && p.team === null) continue;
    const key = rules.mode === 'individual' ? p.memberId : p.team!;
    const group = groups.get(key) ?? { name: rules.mode === 'individual' ? p.name : p.team!, members: [] };
    group.members.push(p);
    groups.set(key, group);
  }
  const scores = [...groups].map(([key, g]) => {
    let num = 0;
    let den = 0;
    for (const m of g.members) {
      const t = totals.get(m.memberId);
      if (t) num += figure(rules.metric, t);
      den += attainment ? (m.targetCents ?? 0) : 0;
    }
    return { memberId: key, name: g.name, num, den: attainment ? den : 1, members: g.members };
  });
  const { ranked, unranked } = rankScores(scores);
  const byKey = new Map(scores.map((s) => [s.memberId, s]));
  return {
    ranked: ranked.map((r) => ({
      rank: r.rank,
      key: r.memberId,
      name: r.name,
      num: r.num,
      den: r.den,
      percent: attainment ? percentOf(r.num, r.den) : null,
      members: byKey.get(r.memberId)!.members.map((m) => m.memberId),
      reachedGoal: reached(rules, r.num, r.den),
    })),
    notYet: unranked.map((u) => u.memberId),
    noTarget,
  };
}

/** The row of a member: their own (individual) or their team's, or null when they are not in it. */
export function rowOf(standings: Standings, memberId: string): StandingRow | null {
  return standings.ranked.find((r) => r.key === memberId || r.members.includes(memberId)) ?? null;
}

/**
 * The days a member's attainment target covers: the contest's days from the day they joined (a
 * member who joins mid-contest is measured against the part they were there for).
 */
export function targetWindow(
  rules: Pick<ContestRules, 'startsOn' | 'endsOn'>,
  joinedOn: LocalDate | null,
): { from: LocalDate; to: LocalDate } | null {
  const from = joinedOn && joinedOn > rules.startsOn ? joinedOn : rules.startsOn;
  return from > rules.endsOn ? null : { from, to: rules.endsOn };
}
