import { type Period, parsePeriod, periodLabel } from '../periods.js';
import {
  type CalendarRules,
  type DailyPlan,
  DEFAULT_CALENDAR,
  type ExplicitTarget,
  planDays,
  sumDays,
} from './decompose.js';

export interface ResolvedTarget {
  period: Period;
  amount: number;
  stretch: number | null;
  source: 'explicit' | 'implied';
  /** The explicit target this one comes from (itself when explicit). */
  derivedFrom: string | null;
  /** How the number came about, in words. */
  explanation: string;
  conflicts: DailyPlan['conflicts'];
  notes: string[];
}

function yearsOf(period: Period): number[] {
  const first = Number(period.start.slice(0, 4));
  const last = Number(period.end.slice(0, 4));
  return first === last ? [first] : [first, last];
}

function covers(plan: DailyPlan, period: Period): boolean {
  for (const date of plan.days.keys()) if (date >= period.start && date <= period.end) return true;
  return false;
}

const CONTAINERS: Record<Period['kind'], Array<Period['kind']>> = {
  day: ['week', 'month', 'quarter', 'year'],
  week: ['month', 'quarter', 'year'],
  month: ['quarter', 'year'],
  quarter: ['year'],
  year: [],
};

/** The nearest explicit target that contains `period`. */
function ancestorOf(period: Period, explicit: readonly ExplicitTarget[]): ExplicitTarget | undefined {
  for (const kind of CONTAINERS[period.kind]) {
    const found = explicit.find((t) => {
      const p = parsePeriod(t.periodKey);
      return p?.kind === kind && p.start <= period.start && p.end >= period.end;
    });
    if (found) return found;
  }
  return undefined;
}

function explain(
  period: Period,
  ancestor: ExplicitTarget | undefined,
  explicit: readonly ExplicitTarget[],
): string {
  if (!ancestor) {
    const inside = explicit
      .filter((t) => {
        const p = parsePeriod(t.periodKey);
        return p && p.start <= period.end && p.end >= period.start;
      })
      .map((t) => t.periodKey);
    return `the sum of the targets set inside it (${inside.join(', ')})`;
  }
  const from = periodLabel(parsePeriod(ancestor.periodKey)!);
  const seasonal = ancestor.split === 'seasonal' ? ", split by last year's monthly sales" : '';
  switch (period.kind) {
    case 'quarter':
      return `a quarter of the ${from} target${seasonal}`;
    case 'month':
      return ancestor.periodKey.includes('Q')
        ? `a third of the ${from} target`
        : `a twelfth of the ${from} target${seasonal}`;
    case 'week':
      return `the sum of its working days' shares (each month's target is spread evenly over its working days; from the ${from} target)`;
    default:
      return `a share of the ${from} target`;
  }
}

/**
 * The target for one scope and period: as set, or implied from the targets around it. `null` when
 * nothing covers the period. Stretch follows the same rules over the stretch amounts.
 */
export function resolveTarget(
  explicit: readonly ExplicitTarget[],
  period: Period,
  calendar: CalendarRules = DEFAULT_CALENDAR,
): ResolvedTarget | null {
  const own = explicit.find((t) => t.periodKey === period.key);
  const years = yearsOf(period);
  const base = planDays(explicit, (t) => t.amount, years, calendar);
  if (!own && !covers(base, period)) return null;
  const stretchPlan = planDays(explicit, (t) => t.stretch, years, calendar);
  const amount = own ? own.amount : sumDays(base.days, period.start, period.end);
  const stretch = own
    ? own.stretch
    : covers(stretchPlan, period)
      ? sumDays(stretchPlan.days, period.start, period.end)
      : null;
  const ancestor = own ? undefined : ancestorOf(period, explicit);
  return {
    period,
    amount,
    stretch,
    source: own ? 'explicit' : 'implied',
    derivedFrom: own ? own.periodKey : (ancestor?.periodKey ?? null),
    explanation: own ? 'set explicitly' : explain(period, ancestor, explicit),
    conflicts: base.conflicts,
    notes: base.notes,
  };
}

/** Each day's share of the target inside the period (for "expected so far" and pace). */
export function dailyShares(
  explicit: readonly ExplicitTarget[],
  period: Period,
  calendar: CalendarRules = DEFAULT_CALENDAR,
): Map<string, number> {
  const plan = planDays(explicit, (t) => t.amount, yearsOf(period), calendar);
  return new Map([...plan.days].filter(([d]) => d >= period.start && d <= period.end));
}
