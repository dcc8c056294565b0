import { type Period, parsePeriod } from '../periods.js';
import type { LocalDate } from '../time.js';
import {
  type CalendarRules,
  type Conflict,
  type DailyPlan,
  type DayOrigin,
  DEFAULT_CALENDAR,
  type ExplicitTarget,
  type Note,
  type PlannedPeriod,
  planDays,
} from './decompose.js';
import { type Explanation, explainDays, explainPeriod, explainRollUp } from './explain.js';

export interface ResolvedTarget {
  period: Period;
  amount: number;
  /** `null` when the target it comes from has no stretch level. */
  stretch: number | null;
  source: 'explicit' | 'implied';
  /** Key of the explicit target it comes from (its own when explicit); `null` for a roll-up. */
  derivedFrom: string | null;
  /** How the number came about (as data: the Slack layer words it), e.g. `Q1 2026 ($10,000,000) ÷ 3 months`. */
  explanation: Explanation;
  /** Conflicts among the explicit targets that touch this period (for the base or stretch level). */
  conflicts: Array<Conflict & { level: 'base' | 'stretch' }>;
  /** E.g. a seasonal split that fell back to even for want of last year's sales. */
  notes: Note[];
}

export interface ResolveOptions {
  /** See {@link PlanCache}. */
  plans?: PlanCache;
}

/**
 * Day plans already worked out for one list of explicit targets under one calendar, by level and
 * years. A caller that resolves several periods of the same scope (App Home: week, month, quarter and
 * year) passes the same cache to each call, so the year is planned once per level instead of three
 * times per period. Valid only while the targets and the calendar stay as they were.
 */
export type PlanCache = Map<string, DailyPlan>;

function planFor(
  explicit: readonly ExplicitTarget[],
  level: 'base' | 'stretch',
  years: readonly number[],
  calendar: CalendarRules,
  cache: PlanCache | undefined,
): DailyPlan {
  const pick =
    level === 'base' ? (t: ExplicitTarget) => t.amount : (t: ExplicitTarget) => t.stretch ?? t.amount;
  if (!cache) return planDays(explicit, pick, years, calendar);
  const key = `${level}|${years.join(',')}`;
  let plan = cache.get(key);
  if (!plan) {
    plan = planDays(explicit, pick, years, calendar);
    cache.set(key, plan);
  }
  return plan;
}

interface Range {
  start: LocalDate;
  end: LocalDate;
}

/**
 * The target for one scope and period: as set, or implied from the targets around it (see
 * `planDays` for the rules). A week, a day or any period nothing above covers adds up its days'
 * shares. `null` when no target covers any of it. Stretch follows the same rules over the stretch
 * amounts; an explicit target without a stretch counts at its base amount there, so the stretch of
 * its siblings never drops below their base, and the periods it governs report no stretch.
 */
export function resolveTarget(
  explicit: readonly ExplicitTarget[],
  period: Period,
  calendar: CalendarRules = DEFAULT_CALENDAR,
  options: ResolveOptions = {},
): ResolvedTarget | null {
  const targets = parsed(explicit);
  const own = targets.find((t) => t.period.key === period.key);
  const years = yearsOf(period);
  const base = planFor(explicit, 'base', years, calendar, options.plans);
  const node = base.periods.get(period.key);
  const dates = datesIn(base.days, period);
  if (!own && !node && dates.length === 0) return null;

  const ancestor = own ?? nearestContaining(period, targets);
  const amount = own ? own.target.amount : node ? node.amount : sumOf(base.days, dates);
  const stretch = resolveStretch(explicit, targets, period, own ?? ancestor, calendar, options.plans);
  return {
    period,
    amount,
    stretch: stretch.amount,
    source: own ? 'explicit' : 'implied',
    derivedFrom: ancestor?.target.periodKey ?? null,
    explanation: own
      ? { kind: 'explicit' }
      : node
        ? explainPeriod(node)
        : period.kind === 'week' || period.kind === 'day'
          ? explainDays(originsIn(base, dates))
          : explainRollUp(period, topmost(overlapping(period, base))),
    conflicts: [
      ...touching(base.conflicts, period).map((c) => ({ ...c, level: 'base' as const })),
      ...touching(stretch.plan?.conflicts ?? [], period).map((c) => ({ ...c, level: 'stretch' as const })),
    ],
    notes: unique(touching(base.notes, period)),
  };
}

/**
 * Each day's share of the target inside a range (a period, or any from–to), for the target of an
 * arbitrary stretch of days and for "expected so far". Days no target covers are absent.
 */
export function dailyShares(
  explicit: readonly ExplicitTarget[],
  range: Range,
  calendar: CalendarRules = DEFAULT_CALENDAR,
  plans?: PlanCache,
): Map<LocalDate, number> {
  const plan = planFor(explicit, 'base', yearsOf(range), calendar, plans);
  return new Map(datesIn(plan.days, range).map((d) => [d, plan.days.get(d)!]));
}

interface Parsed {
  period: Period;
  target: ExplicitTarget;
}

function parsed(explicit: readonly ExplicitTarget[]): Parsed[] {
  return explicit.flatMap((target) => {
    const period = parsePeriod(target.periodKey);
    return period ? [{ period, target }] : [];
  });
}

function resolveStretch(
  explicit: readonly ExplicitTarget[],
  targets: Parsed[],
  period: Period,
  holder: Parsed | undefined,
  calendar: CalendarRules,
  plans: PlanCache | undefined,
): { amount: number | null; plan?: DailyPlan } {
  if (holder && holder.period.key === period.key) return { amount: holder.target.stretch };
  const governing = holder ? [holder] : targets.filter((t) => overlaps(t.period, period));
  if (governing.length === 0 || governing.some((t) => t.target.stretch === null)) return { amount: null };
  const plan = planFor(explicit, 'stretch', yearsOf(period), calendar, plans);
  const node = plan.periods.get(period.key);
  return { amount: node ? node.amount : sumOf(plan.days, datesIn(plan.days, period)), plan };
}

const CONTAINERS: Record<Period['kind'], Array<Period['kind']>> = {
  day: ['week', 'month', 'quarter', 'year'],
  week: ['month', 'quarter', 'year'],
  month: ['quarter', 'year'],
  quarter: ['year'],
  year: [],
};

/** The nearest explicit target whose period holds all of `period`. */
function nearestContaining(period: Period, targets: Parsed[]): Parsed | undefined {
  for (const kind of CONTAINERS[period.kind]) {
    const found = targets.find(
      (t) => t.period.kind === kind && t.period.start <= period.start && t.period.end >= period.end,
    );
    if (found) return found;
  }
  return undefined;
}

function overlapping(period: Period, plan: DailyPlan): PlannedPeriod[] {
  return [...plan.periods.values()].filter((n) => n.source === 'explicit' && overlaps(n.period, period));
}

/** Leaves out what lies inside another of them: a roll-up names the quarter, not its months too. */
function topmost(nodes: PlannedPeriod[]): PlannedPeriod[] {
  const inside = (a: Period, b: Period) => a !== b && b.start <= a.start && b.end >= a.end;
  return nodes
    .filter((n) => !nodes.some((o) => inside(n.period, o.period)))
    .sort((a, b) => (a.period.start < b.period.start ? -1 : 1));
}

function touching<T extends { periodKey: string }>(items: readonly T[], period: Period): T[] {
  return items.filter((i) => {
    const p = parsePeriod(i.periodKey);
    return p !== null && overlaps(p, period);
  });
}

/** The same note once, though several periods inside this one raised it. */
function unique(notes: Note[]): Note[] {
  const seen = new Set<string>();
  return notes.filter((n) => {
    const key = `${n.code}|${n.splitPeriodKey}|${n.lastYear}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function originsIn(plan: DailyPlan, dates: LocalDate[]): DayOrigin[] {
  return dates.flatMap((d) => {
    const o = plan.origins.get(d);
    return o ? [o] : [];
  });
}

function datesIn(days: ReadonlyMap<LocalDate, number>, range: Range): LocalDate[] {
  return [...days.keys()].filter((d) => d >= range.start && d <= range.end).sort();
}

function sumOf(days: ReadonlyMap<LocalDate, number>, dates: LocalDate[]): number {
  return dates.reduce((a, d) => a + (days.get(d) ?? 0), 0);
}

function overlaps(a: Range, b: Range): boolean {
  return a.start <= b.end && a.end >= b.start;
}

function yearsOf(range: Range): number[] {
  const first = Number(range.start.slice(0, 4));
  const last = Number(range.end.slice(0, 4));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
