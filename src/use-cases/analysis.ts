import type { AppDeps } from '../app-deps.js';
import type { ChartStep } from '../charts/analysis-chart-inputs.js';
import {
  addFigures,
  type CheckinWord,
  type Figures,
  type Gap,
  largestGaps,
  type Mover,
  NO_FIGURES,
  orderedSlices,
  type SliceLine,
  sliceLine,
  topMovers,
} from '../domain/analysis/monthly-analysis.js';
import { latestWord } from '../domain/checkins/latest-word.js';
import type { Member } from '../domain/entities/member.js';
import type { TargetScope } from '../domain/entities/target.js';
import {
  nextPeriod,
  type Period,
  parsePeriod,
  periodOf,
  previousPeriod,
  samePeriodLastYear,
} from '../domain/periods.js';
import { isAdmin } from '../domain/permissions.js';
import type { LocalDate } from '../domain/time.js';
import type { AnalysisScope, Grouped } from '../persistence/analysis-repository.js';
import { CHECKIN_QUESTIONS } from '../services/checkin-settings.js';
import { memberTargets, progressFor } from './targets.js';

type Deps = Pick<
  AppDeps,
  'analysis' | 'targets' | 'deals' | 'settings' | 'members' | 'checkins' | 'regions' | 'products' | 'config'
>;

/** Who the analysis is for: the whole team (channel, reps), an admin (all and the gaps), a manager (their reports). */
export type Audience = { kind: 'team' } | { kind: 'admin' } | { kind: 'manager'; managerId: string };

export interface AnalysisFilter {
  regionId?: number;
  productId?: number;
}

export interface NamedSlice extends SliceLine {
  name: string | null;
}

export interface Analysis {
  period: Period;
  previous: Period;
  lastYear: Period;
  audience: Audience;
  filter: { region: string | null; product: string | null };
  total: SliceLine;
  regions: NamedSlice[];
  products: NamedSlice[];
  movers: { rises: Mover[]; falls: Mover[] };
  /** Only for admins and managers: check-in words are theirs to read, not the channel's. */
  gaps: Gap[] | null;
}

const MOVERS = 3;
const GAPS = 5;
/** Enough check-in rounds for a year of weeks. */
const ROUNDS_READ = 60;

/** The audience a member gets from `/report`: admins all, managers their reports, reps the team view. */
export function audienceOf(deps: Pick<AppDeps, 'config'>, caller: Member): Audience {
  if (
    isAdmin({ userId: caller.userId, role: caller.role, slackAdmin: caller.slackAdmin }, deps.config.admins)
  )
    return { kind: 'admin' };
  if (caller.role === 'manager') return { kind: 'manager', managerId: caller.userId };
  return { kind: 'team' };
}

/** The members whose sales a manager's analysis covers: their active reports and themselves. */
function scopeMembers(deps: Deps, audience: Audience): string[] | undefined {
  if (audience.kind !== 'manager') return undefined;
  return [audience.managerId, ...deps.members.reportsOf(audience.managerId).map((m) => m.userId)];
}

function targetOf(deps: Deps, scope: TargetScope, period: Period) {
  const p = progressFor(deps, scope, period, period.end);
  return p ? { amount: p.target.amount, stretch: p.target.stretch } : null;
}

function sumOf(g: Grouped): Figures {
  let total = NO_FIGURES;
  for (const f of g.values()) total = addFigures(total, f);
  return total;
}

/** The period's check-in words of one member: the rounds (weeks) that fall in it. */
function wordsIn(deps: Deps, memberId: string, period: Period): CheckinWord[] {
  const fallback = deps.settings.get(CHECKIN_QUESTIONS);
  return deps.checkins.history(memberId, ROUNDS_READ).flatMap((c) => {
    const round = parsePeriod(c.roundKey);
    if (!c.answers || !round || round.start > period.end || round.end < period.start) return [];
    return [latestWord(c.roundKey, c.questions ?? fallback, c.answers)];
  });
}

/**
 * The target of what an analysis covers: the region's or product line's, the team's, or for a
 * manager what their reports' own targets add up to. Null when none is set.
 */
export function scopeTarget(
  deps: Deps,
  period: Period,
  audience: Audience,
  filter: AnalysisFilter,
): { amount: number; stretch: number | null } | null {
  const memberIds = scopeMembers(deps, audience);
  if (memberIds) {
    // Member targets cover all of a member's sales: a manager's region view has none.
    if (filter.regionId !== undefined || filter.productId !== undefined) return null;
    let amount = 0;
    let stretch = 0;
    let any = false;
    for (const [id, t] of memberTargets(deps, period))
      if (memberIds.includes(id)) {
        any = true;
        amount += t.amount;
        stretch += t.stretch ?? t.amount;
      }
    return any ? { amount, stretch } : null;
  }
  if (filter.regionId !== undefined)
    return targetOf(deps, { kind: 'region', id: String(filter.regionId) }, period);
  if (filter.productId !== undefined)
    return targetOf(deps, { kind: 'product', id: String(filter.productId) }, period);
  return targetOf(deps, { kind: 'team', id: '' }, period);
}

/** The steps a period's cumulative chart is drawn over: the days of a week or month, the months of a quarter or year. */
export function chartSteps(
  deps: Deps,
  a: Pick<Analysis, 'period' | 'audience'>,
  filter: AnalysisFilter,
  today: LocalDate,
  label: (step: Period) => string,
): ChartStep[] {
  const { period, audience } = a;
  const memberIds = scopeMembers(deps, audience);
  const daily = period.kind === 'week' || period.kind === 'month' || period.kind === 'day';
  const steps: Period[] = [];
  for (let p = periodOf(daily ? 'day' : 'month', period.start); p.start <= period.end; p = nextPeriod(p))
    steps.push(p);
  const sold = deps.analysis.revenueBy(
    { from: period.start, to: period.end, ...filter, ...(memberIds ? { memberIds } : {}) },
    daily ? 'day' : 'month',
  );
  return steps.map((step) => {
    const target = scopeTarget(deps, step, audience, filter);
    return {
      label: label(step),
      actual: step.start > today ? null : (sold.get(daily ? step.start : step.key) ?? 0),
      target: target?.amount ?? null,
      stretch: target ? (target.stretch ?? target.amount) : null,
    };
  });
}

/**
 * The analysis of a period for an audience: revenue, deals, attainment and new customers for the
 * scope, by region and product line, against the previous period and the same one last year; the
 * top movers; and, for admins and managers, the largest gaps to target with the check-in words.
 */
export function analyse(
  deps: Deps,
  period: Period,
  audience: Audience,
  filter: AnalysisFilter = {},
): Analysis {
  const previous = previousPeriod(period);
  const lastYear = samePeriodLastYear(period);
  const memberIds = scopeMembers(deps, audience);
  const scopeOf = (p: Period): AnalysisScope => ({
    from: p.start,
    to: p.end,
    ...filter,
    ...(memberIds ? { memberIds } : {}),
  });
  const read = (by: 'region' | 'product' | 'member') => {
    const [now, before, ago] = [period, previous, lastYear].map((p) => deps.analysis.grouped(scopeOf(p), by));
    return { now: now!, before: before!, ago: ago! };
  };
  const regions = read('region');
  const products = read('product');
  const members = read('member');

  // Slice targets are team-wide: a manager's view of a region shows no target that is not theirs.
  const whole = !memberIds;
  const sliceTarget = (scope: TargetScope) => (whole ? targetOf(deps, scope, period) : null);
  const lines = (g: { now: Grouped; before: Grouped; ago: Grouped }, kind: 'region' | 'product') => {
    const keys = new Set([...g.now.keys(), ...g.before.keys(), ...g.ago.keys()]);
    const catalog = kind === 'region' ? deps.regions : deps.products;
    for (const e of catalog.list()) keys.add(String(e.id));
    const built = [...keys].map((key) => ({
      ...sliceLine(
        key,
        g.now.get(key) ?? NO_FIGURES,
        g.before.get(key) ?? NO_FIGURES,
        g.ago.get(key) ?? NO_FIGURES,
        key === '0' ? null : sliceTarget({ kind, id: key }),
      ),
      name: key === '0' ? null : (catalog.byId(Number(key))?.name ?? key),
    }));
    return orderedSlices(built) as NamedSlice[];
  };

  const targets = memberTargets(deps, period);
  const inScope = (id: string) => !memberIds || memberIds.includes(id);
  const totalTarget = scopeTarget(deps, period, audience, filter);
  const total = sliceLine(
    'total',
    sumOf(regions.now),
    sumOf(regions.before),
    sumOf(regions.ago),
    totalTarget,
  );

  const revenue = (g: Grouped) => new Map([...g].map(([k, f]) => [k, f.revenueCents]));
  const movers = topMovers(revenue(members.now), revenue(members.before), MOVERS);
  // Member targets are for all of a member's sales: a region or product view shows no gaps.
  const sliced = filter.regionId !== undefined || filter.productId !== undefined;
  const gaps =
    audience.kind === 'team' || sliced
      ? null
      : largestGaps(
          [...targets]
            .filter(([id]) => inScope(id) && deps.members.get(id)?.deleted === false)
            .map(([memberId, t]) => ({
              memberId,
              targetCents: t.amount,
              actualCents: members.now.get(memberId)?.revenueCents ?? 0,
            })),
          (id) => wordsIn(deps, id, period),
          GAPS,
        );
  const name = (catalog: Deps['regions'], id: number | undefined) =>
    id === undefined ? null : (catalog.byId(id)?.name ?? String(id));
  return {
    period,
    previous,
    lastYear,
    audience,
    filter: { region: name(deps.regions, filter.regionId), product: name(deps.products, filter.productId) },
    total,
    regions: filter.regionId === undefined ? lines(regions, 'region') : [],
    products: filter.productId === undefined ? lines(products, 'product') : [],
    movers,
    gaps,
  };
}
