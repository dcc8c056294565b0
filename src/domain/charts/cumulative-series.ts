import type { Period } from '../periods.js';
import { datesInRange, type LocalDate } from '../time.js';

export interface CumulativeSeries {
  days: LocalDate[];
  /** Revenue to the end of each day; null for days after `today`. */
  actual: (number | null)[];
  /** The target spread evenly over the period's days; null without a target. */
  target: number[] | null;
  /** The same for the stretch level; null without one. */
  stretch: number[] | null;
}

/**
 * Running totals of a period for a cumulative chart. The target line climbs evenly by calendar day, a
 * picture of the period's shape rather than the working-day pace (the text next to it gives that).
 */
export function cumulativeSeries(input: {
  period: Period;
  today: LocalDate;
  revenueByDay: ReadonlyMap<LocalDate, number>;
  target: { amount: number; stretch: number | null } | null;
}): CumulativeSeries {
  const days = datesInRange(input.period.start, input.period.end);
  let running = 0;
  const actual = days.map((day) => {
    running += input.revenueByDay.get(day) ?? 0;
    return day <= input.today ? running : null;
  });
  const spread = (amount: number) => days.map((_, i) => Math.round((amount * (i + 1)) / days.length));
  const target = input.target ? spread(input.target.amount) : null;
  const stretch = input.target?.stretch != null ? spread(input.target.stretch) : null;
  return { days, actual, target, stretch };
}
