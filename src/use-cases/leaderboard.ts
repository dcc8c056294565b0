import type { AppDeps } from '../app-deps.js';
import { type Ranked, rankScores, type Score } from '../domain/leaderboard.js';
import type { Period } from '../domain/periods.js';
import { type ExplicitTarget, planLevels } from '../domain/targets/decompose.js';
import { resolveTarget } from '../domain/targets/resolve.js';
import type { MemberTotals } from '../persistence/deals-repository.js';
import { calendarRules } from './targets.js';

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

type MemberTarget = { amount: number; stretch: number | null };

/**
 * Each member's target for the period, for those who have one (explicit or implied). Leaderboards
 * skip the stretch (`withStretch: false`), which halves the work.
 */
export function memberTargets(
  deps: Deps,
  period: Period,
  options: { withStretch?: boolean } = {},
): Map<string, MemberTarget> {
  const withStretch = options.withStretch ?? true;
  const byMember = new Map<string, ExplicitTarget[]>();
  // Only targets of the years the period touches matter (a week may straddle two).
  const years = [Number(period.start.slice(0, 4)), Number(period.end.slice(0, 4))];
  for (const t of deps.targets.allOfKind('member', years)) {
    const list = byMember.get(t.scope.id) ?? [];
    list.push({ periodKey: t.periodKey, amount: t.amountCents, stretch: t.stretchCents, split: t.split });
    byMember.set(t.scope.id, list);
  }
  const out = new Map<string, MemberTarget>();
  // Members often share a target structure (same tier, same plan): each distinct one is worked out once.
  const known = new Map<string, MemberTarget | null>();
  for (const [memberId, explicit] of byMember) {
    const seasonal = explicit.some((t) => t.split === 'seasonal');
    const key = `${seasonal ? memberId : ''}|${JSON.stringify(explicit)}`;
    if (!known.has(key)) known.set(key, targetFor(deps, memberId, explicit, period, withStretch));
    const target = known.get(key);
    if (target && target.amount > 0) out.set(memberId, target);
  }
  return out;
}

/** One member's target for the period (explicit or implied), or null. */
export function memberTarget(deps: Deps, memberId: string, period: Period): MemberTarget | null {
  const explicit = deps.targets
    .forScope({ kind: 'member', id: memberId })
    .map((t) => ({ periodKey: t.periodKey, amount: t.amountCents, stretch: t.stretchCents, split: t.split }));
  const target = explicit.length ? targetFor(deps, memberId, explicit, period, true) : null;
  return target && target.amount > 0 ? target : null;
}

function targetFor(
  deps: Deps,
  memberId: string,
  explicit: ExplicitTarget[],
  period: Period,
  withStretch: boolean,
): MemberTarget | null {
  const own = explicit.find((t) => t.periodKey === period.key);
  if (own) return { amount: own.amount, stretch: own.stretch };
  const calendar = calendarRules(deps, { kind: 'member', id: memberId });
  // Whole months, quarters and years of a scope without week or day targets need no day shares.
  const simple =
    period.kind !== 'week' &&
    period.kind !== 'day' &&
    explicit.every((t) => !/W|-\d{2}-\d{2}$/.test(t.periodKey));
  const year = Number(period.start.slice(0, 4));
  // A month needs only its own quarter split into months.
  const quarter =
    period.kind === 'month' ? Math.floor((Number(period.start.slice(5, 7)) - 1) / 3) + 1 : undefined;
  const levels = (pick: (t: ExplicitTarget) => number | null) =>
    planLevels(explicit, pick, year, calendar, quarter).get(period.key);
  const base = simple ? levels((t) => t.amount) : undefined;
  if (base) {
    const hasStretch = withStretch && explicit.some((t) => t.stretch !== null);
    const stretch = hasStretch ? levels((t) => t.stretch ?? t.amount) : undefined;
    return { amount: base.amount, stretch: stretch?.amount ?? null };
  }
  const resolved = resolveTarget(explicit, period, calendar);
  return resolved ? { amount: resolved.amount, stretch: resolved.stretch } : null;
}

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
    team: deps.deals.totals(scope),
  };
}
