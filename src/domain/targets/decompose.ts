import { monthPeriod, type Period, parsePeriod, quarterPeriod, yearPeriod } from '../periods.js';
import { datesInRange, type LocalDate } from '../time.js';
import { allocate, allocateEvenly } from './allocate.js';
import { type CalendarRules, DEFAULT_CALENDAR, shareBearing } from './calendar-rules.js';

export { type CalendarRules, DEFAULT_CALENDAR, isWorkingDay, shareDays } from './calendar-rules.js';

/** How a year (or quarter) goes to its months: equally, or by last year's monthly sales. */
export type SplitRule = 'even' | 'seasonal';

/** A target someone set on purpose, for one scope. Amounts in minor units. */
export interface ExplicitTarget {
  periodKey: string;
  amount: number;
  stretch: number | null;
  split?: SplitRule;
}

export interface Conflict {
  periodKey: string;
  /** What the explicit parts inside it add up to, against its own amount. */
  explicitChildren: number;
  amount: number;
  /**
   * `over`: the parts set explicitly add up to more than the whole; the other parts get 0, never a
   * negative target. `under`: every part is set explicitly and they add up to less than the whole;
   * the difference is placed nowhere. Either way the numbers are shown as set and the conflict told.
   */
  kind: 'over' | 'under';
}

/** A year, quarter or month with a target (set, or implied from above), or an explicit week or day. */
export interface PlannedPeriod {
  period: Period;
  amount: number;
  source: 'explicit' | 'implied';
  /** How an implied amount came from its parent; absent when explicit. */
  derivation?: Derivation;
}

export interface Derivation {
  parent: PlannedPeriod;
  rule: SplitRule;
  /** Siblings set explicitly, taken out of the parent before the rest is shared. */
  takenOut: PlannedPeriod[];
  /** How many parts share what is left, this one included. */
  sharedBy: number;
  /** This part's weight among those sharing (equal parts weigh 1; seasonal ones last year's sales). */
  weight: number;
  totalWeight: number;
  /** The siblings set explicitly exceed the parent, so this part got 0. */
  conflict: boolean;
}

/** Where a day's share comes from. Shared by reference among the days of one group. */
export type DayOrigin =
  | {
      kind: 'month';
      month: PlannedPeriod;
      /** What was spread evenly: the month's amount less the days fixed by explicit weeks and days. */
      spread: number;
      /** How many days shared it. */
      days: number;
      /** `false` when the month has no working days and all its days shared it. */
      working: boolean;
      /** Explicit weeks and days that fixed some of its days first. */
      around: PlannedPeriod[];
    }
  | { kind: 'explicit'; target: PlannedPeriod; days: number; scaled: boolean };

/** Something the reader should know about how a target was split; the Slack layer words it. */
export interface Note {
  periodKey: string;
  /** A seasonal split found no sales in `lastYear` to weigh `splitPeriodKey` by, so it split evenly. */
  code: 'seasonal.noSales';
  splitPeriodKey: string;
  lastYear: number;
}

export interface DailyPlan {
  /** Each covered day's share of the target. A day no target covers is absent. */
  days: Map<LocalDate, number>;
  /** Where the share of each day that carries one comes from (days fixed at 0 have none). */
  origins: Map<LocalDate, DayOrigin>;
  /** Years, quarters and months with a target, and the explicit weeks and days, by key. */
  periods: Map<string, PlannedPeriod>;
  conflicts: Conflict[];
  notes: Note[];
}

interface MonthShares {
  node: PlannedPeriod;
  dates: LocalDate[];
  bearing: LocalDate[];
  working: boolean;
  implied: number[];
}

/**
 * Spreads explicit targets down to days, exactly to the cent at every level (largest remainder,
 * earlier parts first on a tie, so January gets a cent before March):
 * - a year goes to 4 quarters and each quarter to its 3 months in equal parts, or, with
 *   `split: 'seasonal'`, by last year's monthly sales (evenly, with a note, when there were none);
 * - a month is spread evenly over its working days; a month with no working days (only possible
 *   with an odd calendar) over all its days instead;
 * - a week's or any range's target is the sum of its days' shares, so weeks straddling two months
 *   or two years come out right.
 * Overrides: an explicit quarter or month replaces its implied share; the rest of the parent goes to
 * the other parts in proportion to their default shares. If explicit parts exceed the parent, the
 * other parts get 0 and a conflict is reported. An explicit week scales its days' implied shares to
 * its amount (evenly over its working days when nothing else covers it); an explicit day fixes that
 * day; the month around them spreads what is left over its other working days.
 * `pick` chooses the amount (base or stretch); targets it returns `null` for are left out.
 */
export function planDays(
  explicit: readonly ExplicitTarget[],
  pick: (t: ExplicitTarget) => number | null,
  years: readonly number[],
  calendar: CalendarRules = DEFAULT_CALENDAR,
): DailyPlan {
  const set = explicitNodes(explicit, pick);
  const plan = emptyPlan();
  const planner = new Planner(set, calendar, plan);

  // An explicit week straddling New Year scales by the other year's days too.
  const needed = new Set(years);
  for (const { node } of set.values()) {
    const { start, end } = node.period;
    if (
      (node.period.kind === 'week' || node.period.kind === 'day') &&
      years.some((y) => touches(start, end, y))
    ) {
      needed.add(Number(start.slice(0, 4)));
      needed.add(Number(end.slice(0, 4)));
    }
  }
  const months = [...needed].sort((a, b) => a - b).flatMap((year) => planner.year(year));
  const implied = new Map<LocalDate, number>();
  for (const m of months) for (const [i, d] of m.bearing.entries()) implied.set(d, m.implied[i]!);

  const fixed = planner.fixDays([...needed], implied);
  for (const m of months) planner.spreadMonth(m, fixed);
  for (const [date, share] of fixed) plan.days.set(date, share);
  return plan;
}

/**
 * The year, quarter and month amounts only, with the same splitting rules as `planDays` but no day
 * shares: cheap enough to run for every member of a leaderboard. Explicit weeks and days are not
 * taken into account here; callers use `planDays` when a scope has them.
 */
export function planLevels(
  explicit: readonly ExplicitTarget[],
  pick: (t: ExplicitTarget) => number | null,
  year: number,
  calendar: CalendarRules = DEFAULT_CALENDAR,
  /** Split only this quarter into months (1–4), when only its months are needed. */
  onlyQuarter?: number,
): Map<string, PlannedPeriod> {
  const plan = emptyPlan();
  new Planner(explicitNodes(explicit, pick), calendar, plan).year(year, false, onlyQuarter);
  return plan.periods;
}

/**
 * The target of a range of days (a week, a day) for a scope without explicit weeks or days: the sum
 * of its days' shares, as `planDays` would give them, but from the months' amounts (`planLevels`),
 * spreading only the months the range touches. `null` when no share-bearing day of a month with a
 * target falls in the range (`resolveTarget` says "no target covers it" then too).
 */
export function rangeFromLevels(
  explicit: readonly ExplicitTarget[],
  pick: (t: ExplicitTarget) => number | null,
  range: { start: LocalDate; end: LocalDate },
  calendar: CalendarRules = DEFAULT_CALENDAR,
): number | null {
  let total = 0;
  let covered = false;
  const first = Number(range.start.slice(0, 4));
  const last = Number(range.end.slice(0, 4));
  for (let year = first; year <= last; year++) {
    const levels = planLevels(explicit, pick, year, calendar);
    for (let month = 1; month <= 12; month++) {
      const period = monthPeriod(year, month);
      if (period.end < range.start || period.start > range.end) continue;
      const node = levels.get(period.key);
      if (!node) continue;
      const bearing = shareBearing(datesInRange(period.start, period.end), calendar).dates;
      const shares = allocateEvenly(node.amount, bearing.length);
      for (const [i, date] of bearing.entries()) {
        if (date < range.start || date > range.end) continue;
        covered = true;
        total += shares[i]!;
      }
    }
  }
  return covered ? total : null;
}

/** True when a scope has explicit week or day targets (they need `planDays`). */
export function hasWeekOrDayTargets(explicit: readonly ExplicitTarget[]): boolean {
  return explicit.some((t) => /W|-\d{2}-\d{2}$/.test(t.periodKey));
}

function explicitNodes(
  explicit: readonly ExplicitTarget[],
  pick: (t: ExplicitTarget) => number | null,
): Map<string, { node: PlannedPeriod; split: SplitRule }> {
  const set = new Map<string, { node: PlannedPeriod; split: SplitRule }>();
  for (const t of explicit) {
    const amount = pick(t);
    const period = parsePeriod(t.periodKey);
    if (amount === null || !period) continue;
    if (!Number.isSafeInteger(amount) || amount < 0) {
      throw new RangeError(`target ${t.periodKey} must be a whole, non-negative amount, not ${amount}`);
    }
    set.set(period.key, { node: { period, amount, source: 'explicit' }, split: t.split ?? 'even' });
  }
  return set;
}

function emptyPlan(): DailyPlan {
  return { days: new Map(), origins: new Map(), periods: new Map(), conflicts: [], notes: [] };
}

class Planner {
  private readonly seasonal = new Map<number, number[] | null>();

  constructor(
    private readonly set: Map<string, { node: PlannedPeriod; split: SplitRule }>,
    private readonly calendar: CalendarRules,
    private readonly plan: DailyPlan,
  ) {}

  /**
   * The months of `year` that have a target, with their days' even shares before any override.
   * Without `days`, only the year, quarter and month amounts are worked out (for leaderboards).
   */
  year(year: number, days = true, onlyQuarter?: number): MonthShares[] {
    const yearKey = String(year);
    const own = this.set.get(yearKey);
    if (own) this.plan.periods.set(yearKey, own.node);
    const yearWeights = this.monthWeights(year, own?.split ?? 'even', yearPeriod(year));
    const quarterWeights = [0, 1, 2, 3].map((q) => sum(yearWeights.weights.slice(q * 3, q * 3 + 3)));
    const quarters = [1, 2, 3, 4].map((q) => quarterPeriod(year, q));
    const quarterNodes = this.split(own?.node, quarters, quarterWeights, yearWeights.rule);
    const out: MonthShares[] = [];
    for (const [q, quarter] of quarters.entries()) {
      if (onlyQuarter !== undefined && q + 1 !== onlyQuarter) continue;
      // A quarter set explicitly splits by its own rule; an implied one by its year's.
      const explicitQuarter = this.set.get(quarter.key);
      const weights = explicitQuarter ? this.monthWeights(year, explicitQuarter.split, quarter) : yearWeights;
      const months = [1, 2, 3].map((m) => monthPeriod(year, q * 3 + m));
      const monthNodes = this.split(
        quarterNodes[q],
        months,
        weights.weights.slice(q * 3, q * 3 + 3),
        weights.rule,
      );
      for (const node of monthNodes) {
        if (!node || !days) continue;
        const dates = datesInRange(node.period.start, node.period.end);
        const bearing = shareBearing(dates, this.calendar);
        const implied = allocateEvenly(node.amount, bearing.dates.length);
        out.push({ node, dates, bearing: bearing.dates, working: bearing.working, implied });
      }
    }
    return out;
  }

  private monthWeights(year: number, rule: SplitRule, of: Period): { weights: number[]; rule: SplitRule } {
    const even = { weights: Array.from({ length: 12 }, () => 1), rule: 'even' as const };
    if (rule === 'even') return even;
    if (!this.seasonal.has(year)) {
      const raw = this.calendar.seasonalWeights?.(year) ?? null;
      // Refunds can make a month negative; a month can only weigh nothing, not less.
      const clean =
        raw?.length === 12 && raw.every((w) => Number.isFinite(w))
          ? raw.map((w) => Math.max(0, Math.round(w)))
          : null;
      this.seasonal.set(year, clean?.every(Number.isSafeInteger) && sum(clean) > 0 ? clean : null);
    }
    const weights = this.seasonal.get(year);
    if (weights) return { weights, rule: 'seasonal' };
    this.plan.notes.push({
      periodKey: of.key,
      code: 'seasonal.noSales',
      splitPeriodKey: of.key,
      lastYear: year - 1,
    });
    return even;
  }

  /** The children's amounts: explicit ones as set, the others share what is left of the parent. */
  private split(
    parent: PlannedPeriod | undefined,
    children: Period[],
    weights: number[],
    rule: SplitRule,
  ): Array<PlannedPeriod | undefined> {
    const nodes = children.map((c) => this.set.get(c.key)?.node);
    for (const node of nodes) if (node) this.plan.periods.set(node.period.key, node);
    if (!parent) return nodes;
    const takenOut = nodes.filter((n): n is PlannedPeriod => n !== undefined);
    const explicitSum = sum(takenOut.map((n) => n.amount));
    const open = children.flatMap((_, i) => (nodes[i] ? [] : [i]));
    let rest = parent.amount - explicitSum;
    const conflict = rest < 0;
    if (conflict) {
      this.conflict(parent, explicitSum, 'over');
      rest = 0;
    }
    if (open.length === 0) {
      if (rest > 0) this.conflict(parent, explicitSum, 'under');
      return nodes;
    }
    let openWeights = open.map((i) => weights[i]!);
    let openRule = rule;
    if (sum(openWeights) === 0) {
      // The parts left had no sales last year: they share evenly rather than not at all.
      openWeights = open.map(() => 1);
      openRule = 'even';
    }
    const shares = openRule === 'even' ? allocateEvenly(rest, open.length) : allocate(rest, openWeights);
    const totalWeight = sum(openWeights);
    for (const [j, i] of open.entries()) {
      const node: PlannedPeriod = {
        period: children[i]!,
        amount: shares[j]!,
        source: 'implied',
        derivation: {
          parent,
          rule: openRule,
          takenOut,
          sharedBy: open.length,
          weight: openWeights[j]!,
          totalWeight,
          conflict,
        },
      };
      nodes[i] = node;
      this.plan.periods.set(node.period.key, node);
    }
    return nodes;
  }

  /** Days fixed by explicit days, then by explicit weeks (scaled over their days' implied shares). */
  fixDays(years: number[], implied: Map<LocalDate, number>): Map<LocalDate, number> {
    const fixed = new Map<LocalDate, number>();
    const relevant = (kind: Period['kind']) =>
      [...this.set.values()]
        .map((s) => s.node)
        .filter((n) => n.period.kind === kind && years.some((y) => touches(n.period.start, n.period.end, y)));
    for (const node of relevant('day')) {
      this.plan.periods.set(node.period.key, node);
      fixed.set(node.period.start, node.amount);
      this.plan.origins.set(node.period.start, { kind: 'explicit', target: node, days: 1, scaled: false });
    }
    for (const node of relevant('week')) {
      this.plan.periods.set(node.period.key, node);
      const dates = datesInRange(node.period.start, node.period.end);
      const pinned = sum(dates.map((d) => fixed.get(d) ?? 0));
      const open = dates.filter((d) => !fixed.has(d));
      let rest = node.amount - pinned;
      if (rest < 0) {
        this.conflict(node, pinned, 'over');
        rest = 0;
      }
      if (open.length === 0) {
        if (rest > 0) this.conflict(node, pinned, 'under');
        continue;
      }
      const weights = open.map((d) => implied.get(d) ?? 0);
      const scaled = sum(weights) > 0;
      const bearing = scaled
        ? open.filter((_, i) => weights[i]! > 0)
        : shareBearing(open, this.calendar).dates;
      const shares = scaled
        ? allocate(
            rest,
            weights.filter((w) => w > 0),
          )
        : allocateEvenly(rest, bearing.length);
      const origin: DayOrigin = { kind: 'explicit', target: node, days: bearing.length, scaled };
      // Every day of the week is fixed, those without a share at 0, so the month never adds to it.
      for (const d of open) fixed.set(d, 0);
      for (const [i, d] of bearing.entries()) {
        fixed.set(d, shares[i]!);
        this.plan.origins.set(d, origin);
      }
    }
    return fixed;
  }

  /** A month's share of days, less the days explicit weeks and days fixed. */
  spreadMonth(m: MonthShares, fixed: Map<LocalDate, number>): void {
    const placedDates = m.dates.filter((d) => fixed.has(d));
    const around = [
      ...new Set(
        placedDates.flatMap((d) => {
          const o = this.plan.origins.get(d);
          return o?.kind === 'explicit' ? [o.target] : [];
        }),
      ),
    ];
    const placed = sum(placedDates.map((d) => fixed.get(d)!));
    const open = m.bearing.filter((d) => !fixed.has(d));
    let rest = m.node.amount - placed;
    if (rest < 0) {
      this.conflict(m.node, placed, 'over');
      rest = 0;
    }
    if (open.length === 0) {
      if (rest > 0) this.conflict(m.node, placed, 'under');
      return;
    }
    const shares = placedDates.length === 0 ? m.implied : allocateEvenly(rest, open.length);
    const origin: DayOrigin = {
      kind: 'month',
      month: m.node,
      spread: rest,
      days: open.length,
      working: m.working,
      around,
    };
    for (const [i, d] of open.entries()) {
      this.plan.days.set(d, shares[i]!);
      this.plan.origins.set(d, origin);
    }
  }

  private conflict(parent: PlannedPeriod, explicitChildren: number, kind: Conflict['kind']): void {
    this.plan.conflicts.push({ periodKey: parent.period.key, explicitChildren, amount: parent.amount, kind });
  }
}

function touches(start: LocalDate, end: LocalDate, year: number): boolean {
  const y = yearPeriod(year);
  return start <= y.end && end >= y.start;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, v) => a + v, 0);
}

/** The sum of daily shares inside [start, end]. */
export function sumDays(days: ReadonlyMap<LocalDate, number>, start: LocalDate, end: LocalDate): number {
  let total = 0;
  for (const [date, share] of days) if (date >= start && date <= end) total += share;
  return total;
}
