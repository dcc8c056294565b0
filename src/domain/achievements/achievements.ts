/** Every achievement a member can earn, each once. */
export const ACHIEVEMENTS = [
  'first-deal',
  'first-new-customer',
  'month-target',
  'stretch',
  'personal-best-month',
  'streak',
] as const;
export type Achievement = (typeof ACHIEVEMENTS)[number];

export const DEFAULT_STREAK_WEEKS = 4;

/** A calendar month of one member: what they sold and what they were asked to. */
export interface MonthFacts {
  key: string;
  revenueCents: number;
  targetCents: number | null;
  stretchCents: number | null;
}

/** What the deal-time rules look at: cheap sums, no deal lists. */
export interface DealFacts {
  /** Live deals ever. */
  deals: number;
  /** Live deals that were their customer's first. */
  newCustomers: number;
  /** The month of the deal that changed. */
  month: MonthFacts;
  /** The best revenue of any other month with sales, or null when there is none. */
  bestOtherMonthCents: number | null;
}

export interface Earned {
  achievement: Achievement;
  /** The period it was earned in (a month or the last week of a streak), when there is one. */
  periodKey: string | null;
  /** Figures for the announcement. */
  detail: Record<string, number | string>;
}

/**
 * What a member has newly earned by their deals. Each achievement is earned once (`already` holds
 * those earned before; the database also keeps one row per member and achievement). A personal best
 * needs an earlier month to beat: a first month of sales is not one. Targets of zero are no target.
 */
export function earnedByDeals(facts: DealFacts, already: ReadonlySet<Achievement>): Earned[] {
  const out: Earned[] = [];
  const add = (achievement: Achievement, periodKey: string | null, detail: Earned['detail']) => {
    if (!already.has(achievement)) out.push({ achievement, periodKey, detail });
  };
  const { month } = facts;
  if (facts.deals >= 1) add('first-deal', null, {});
  if (facts.newCustomers >= 1) add('first-new-customer', null, {});
  if (month.targetCents && month.targetCents > 0 && month.revenueCents >= month.targetCents)
    add('month-target', month.key, { revenueCents: month.revenueCents, targetCents: month.targetCents });
  if (
    month.stretchCents &&
    month.stretchCents > 0 &&
    (month.targetCents === null || month.stretchCents > month.targetCents) &&
    month.revenueCents >= month.stretchCents
  )
    add('stretch', month.key, { revenueCents: month.revenueCents, stretchCents: month.stretchCents });
  if (
    facts.bestOtherMonthCents !== null &&
    facts.bestOtherMonthCents > 0 &&
    month.revenueCents > facts.bestOtherMonthCents
  )
    add('personal-best-month', month.key, {
      revenueCents: month.revenueCents,
      previousCents: facts.bestOtherMonthCents,
    });
  return out;
}

/** One finished week of one member. */
export interface WeekFacts {
  key: string;
  revenueCents: number;
  targetCents: number | null;
}

/**
 * How many weeks in a row, ending with the last one given, a member sold at least their weekly
 * target. A week without a target breaks the streak (there was nothing to meet).
 */
export function weeksInARow(weeks: readonly WeekFacts[]): number {
  let n = 0;
  for (let i = weeks.length - 1; i >= 0; i--) {
    const w = weeks[i]!;
    if (!(w.targetCents && w.targetCents > 0 && w.revenueCents >= w.targetCents)) break;
    n++;
  }
  return n;
}

/** The streak achievement, when the weeks (oldest first, ending last week) make one of `length`. */
export function earnedByStreak(
  weeks: readonly WeekFacts[],
  length: number,
  already: ReadonlySet<Achievement>,
): Earned | null {
  if (already.has('streak') || length < 1) return null;
  const run = weeksInARow(weeks);
  if (run < length) return null;
  return { achievement: 'streak', periodKey: weeks.at(-1)!.key, detail: { weeks: run } };
}
