import type { AppDeps } from '../app-deps.js';
import type { MemberTotals } from '../domain/entities/deal.js';
import { type Ranked, rankScores, type Score } from '../domain/leaderboard.js';
import type { Period } from '../domain/periods.js';
import { memberTargets } from './targets.js';

export const METRICS = ['revenue', 'attainment', 'deals', 'new-customers'] as const;
export type Metric = (typeof METRICS)[number];

export interface LeaderboardQuery {
  period: Period;
  metric: Metric;
  regionId?: number;
  productId?: number;
}

export interface LeaderboardRow extends Ranked {
  totals: MemberTotals;
  target: number | null;
}

export interface Leaderboard {
  query: LeaderboardQuery;
  ranked: LeaderboardRow[];
  /** Attainment only: members with sales but no target, listed apart. */
  noTarget: Array<{ memberId: string; name: string; totals: MemberTotals }>;
  team: { revenueCents: number; deals: number; newCustomers: number };
}

type Deps = Pick<AppDeps, 'deals' | 'members' | 'targets' | 'settings'>;

export { type MemberTarget, memberTarget, memberTargets } from './targets.js';

/** Ranks members on one metric for one period (optionally one region or product line). */
export function leaderboard(deps: Deps, query: LeaderboardQuery): Leaderboard {
  const scope = {
    from: query.period.start,
    to: query.period.end,
    ...(query.regionId !== undefined ? { regionId: query.regionId } : {}),
    ...(query.productId !== undefined ? { productId: query.productId } : {}),
  };
  const totals = deps.deals.totalsByMember(scope);
  const name = (id: string) => deps.members.get(id)?.name ?? id;
  const targets =
    query.metric === 'attainment' ? memberTargets(deps, query.period, { withStretch: false }) : new Map();
  const scores: Array<Score & { totals: MemberTotals; target: number | null }> = [];
  const noTarget: Leaderboard['noTarget'] = [];
  for (const t of totals) {
    const target = targets.get(t.memberId)?.amount ?? null;
    const base = { memberId: t.memberId, name: name(t.memberId), totals: t, target };
    switch (query.metric) {
      case 'revenue':
        scores.push({ ...base, num: t.revenueCents, den: 1 });
        break;
      case 'deals':
        scores.push({ ...base, num: t.deals, den: 1 });
        break;
      case 'new-customers':
        scores.push({ ...base, num: t.newCustomers, den: 1 });
        break;
      case 'attainment':
        if (target === null) noTarget.push(base);
        else scores.push({ ...base, num: t.revenueCents, den: target });
        break;
    }
  }
  const { ranked } = rankScores(scores);
  const extra = new Map(scores.map((s) => [s.memberId, s]));
  return {
    query,
    ranked: ranked.map((r) => ({
      ...r,
      totals: extra.get(r.memberId)!.totals,
      target: extra.get(r.memberId)!.target,
    })),
    noTarget: noTarget.sort((a, b) => a.name.localeCompare(b.name)),
    // The members' rows add up to the scope's totals: no second pass over the deals.
    team: totals.reduce(
      (sum, t) => ({
        revenueCents: sum.revenueCents + t.revenueCents,
        deals: sum.deals + t.deals,
        newCustomers: sum.newCustomers + t.newCustomers,
      }),
      { revenueCents: 0, deals: 0, newCustomers: 0 },
    ),
  };
}
