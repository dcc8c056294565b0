import { monthPeriod, type Period, parsePeriod, quarterPeriod } from '../periods.js';
import { datesInRange, isoWeekday, type LocalDate } from '../time.js';
import { allocate } from './allocate.js';

/** A target someone set on purpose, for one scope. Amounts in minor units. */
export interface ExplicitTarget {
  periodKey: string;
  amount: number;
  stretch: number | null;
  split?: 'even' | 'seasonal';
}

export interface CalendarRules {
  /** ISO weekdays that count as working days; Mon–Fri by default. */
  workingWeekdays: readonly number[];
  holidays: readonly LocalDate[];
  /** Last year's revenue per month (12 numbers), for `split: 'seasonal'` years. */
  seasonalWeights?: (year: number) => number[] | null;
}

export const DEFAULT_CALENDAR: CalendarRules = { workingWeekdays: [1, 2, 3, 4, 5], holidays: [] };

export interface Conflict {
  periodKey: string;
  /** What the explicit parts inside it add up to, against its own amount. */
  explicitChildren: number;
  amount: number;
}

export interface DailyPlan {
  /** Each day's share of the target; days with no share are absent. */
  days: Map<LocalDate, number>;
  conflicts: Conflict[];
  notes: string[];
}

/**
 * Spreads explicit targets down to days. Year → quarters → months by weight (equal, or last year's
 * monthly shares with `split: 'seasonal'`); a month over its working days. An explicit lower-level
 * target replaces its implied share and the rest of the parent goes to the other parts, in
 * proportion to their default weights. When explicit parts exceed the parent, the other parts get 0
 * and a conflict is reported (never a negative target). An explicit week fixes its own days, which
 * the months around it then count as already placed.
 */
export function planDays(
  explicit: readonly ExplicitTarget[],
  pick: (t: ExplicitTarget) => number | null,
  years: readonly number[],
  calendar: CalendarRules = DEFAULT_CALENDAR,
): DailyPlan {
  const byKey = new Map<string, number>();
  const splitOf = new Map<string, 'even' | 'seasonal'>();
  for (const t of explicit) {
    const value = pick(t);
    const period = parsePeriod(t.periodKey);
    if (value === null || !period) continue;
    byKey.set(period.key, value);
    if (t.split) splitOf.set(period.key, t.split);
  }
  const plan: DailyPlan = { days: new Map(), conflicts: [], notes: [] };
  const fixed = fixedWeekDays(byKey, calendar);

  for (const year of years) {
    const monthWeights = weightsFor(year, splitOf.get(String(year)) ?? 'even', calendar, plan);
    const quarterAmounts = childAmounts(
      String(year),
      byKey.get(String(year)),
      [1, 2, 3, 4].map((q) => quarterPeriod(year, q).key),
      [0, 1, 2, 3].map((q) => monthWeights.slice(q * 3, q * 3 + 3).reduce((a, w) => a + w, 0)),
      byKey,
      plan,
    );
    for (let q = 0; q < 4; q++) {
      const months = [0, 1, 2].map((m) => monthPeriod(year, q * 3 + m + 1));
      const monthAmounts = childAmounts(
        quarterPeriod(year, q + 1).key,
        quarterAmounts[q],
        months.map((m) => m.key),
        monthWeights.slice(q * 3, q * 3 + 3),
        byKey,
        plan,
      );
      for (const [i, month] of months.entries()) spreadMonth(month, monthAmounts[i], fixed, calendar, plan);
    }
  }
  for (const [date, share] of fixed) {
    if (years.includes(Number(date.slice(0, 4)))) plan.days.set(date, share);
  }
  return plan;
}

/** Amounts for the children of one parent: explicit ones as set, the rest share what is left. */
function childAmounts(
  parentKey: string,
  parentAmount: number | undefined,
  childKeys: string[],
  weights: number[],
  byKey: Map<string, number>,
  plan: DailyPlan,
): Array<number | undefined> {
  const explicitAmounts = childKeys.map((k) => byKey.get(k));
  if (parentAmount === undefined) return explicitAmounts;
  const explicitSum = explicitAmounts.reduce<number>((a, v) => a + (v ?? 0), 0);
  const openWeights = weights.map((w, i) => (explicitAmounts[i] === undefined ? w : 0));
  let rest = parentAmount - explicitSum;
  if (rest < 0) {
    plan.conflicts.push({ periodKey: parentKey, explicitChildren: explicitSum, amount: parentAmount });
    rest = 0;
  }
  const hasOpen = openWeights.some((w) => w > 0);
  if (!hasOpen && rest > 0 && explicitAmounts.some((v) => v === undefined)) {
    // Every open part has zero weight (e.g. no sales last year): spread the rest evenly instead.
    openWeights.forEach((_, i) => {
      if (explicitAmounts[i] === undefined) openWeights[i] = 1;
    });
  }
  const shares = openWeights.some((w) => w > 0) ? allocate(rest, openWeights) : openWeights.map(() => 0);
  if (rest > 0 && !openWeights.some((w) => w > 0)) {
    plan.conflicts.push({ periodKey: parentKey, explicitChildren: explicitSum, amount: parentAmount });
  }
  return explicitAmounts.map((v, i) => v ?? shares[i]);
}

function weightsFor(
  year: number,
  split: 'even' | 'seasonal',
  calendar: CalendarRules,
  plan: DailyPlan,
): number[] {
  if (split === 'seasonal') {
    const seasonal = calendar.seasonalWeights?.(year) ?? null;
    if (seasonal && seasonal.length === 12 && seasonal.reduce((a, w) => a + w, 0) > 0) return seasonal;
    plan.notes.push(`${year}: no sales in ${year - 1} to split by, so the months share it evenly.`);
  }
  return Array.from({ length: 12 }, () => 1);
}

export function isWorkingDay(date: LocalDate, calendar: CalendarRules): boolean {
  return calendar.workingWeekdays.includes(isoWeekday(date)) && !calendar.holidays.includes(date);
}

/** Days of a period that carry a share: its working days, or every day if it has none. */
export function shareDays(start: LocalDate, end: LocalDate, calendar: CalendarRules): LocalDate[] {
  const all = datesInRange(start, end);
  const working = all.filter((d) => isWorkingDay(d, calendar));
  return working.length > 0 ? working : all;
}

function fixedWeekDays(byKey: Map<string, number>, calendar: CalendarRules): Map<LocalDate, number> {
  const fixed = new Map<LocalDate, number>();
  for (const [key, amount] of byKey) {
    const period = parsePeriod(key);
    if (period?.kind !== 'week') continue;
    const days = shareDays(period.start, period.end, calendar);
    for (const [i, share] of allocate(amount, evenly(days)).entries()) fixed.set(days[i]!, share);
  }
  return fixed;
}

function spreadMonth(
  month: Period,
  amount: number | undefined,
  fixed: Map<LocalDate, number>,
  calendar: CalendarRules,
  plan: DailyPlan,
): void {
  if (amount === undefined) return;
  const days = shareDays(month.start, month.end, calendar);
  const placed = datesInRange(month.start, month.end).reduce((a, d) => a + (fixed.get(d) ?? 0), 0);
  const open = days.filter((d) => !fixed.has(d));
  let rest = amount - placed;
  if (rest < 0 || (rest > 0 && open.length === 0)) {
    plan.conflicts.push({ periodKey: month.key, explicitChildren: placed, amount });
    rest = Math.max(rest, 0);
  }
  if (open.length === 0) return;
  for (const [i, share] of allocate(rest, evenly(open)).entries()) plan.days.set(open[i]!, share);
}

const evenly = (items: readonly unknown[]) => items.map(() => 1);

/** The sum of daily shares inside [start, end]. */
export function sumDays(days: Map<LocalDate, number>, start: LocalDate, end: LocalDate): number {
  let total = 0;
  for (const [date, share] of days) if (date >= start && date <= end) total += share;
  return total;
}
