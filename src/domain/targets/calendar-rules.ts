import { datesInRange, isoWeekday, type LocalDate } from '../time.js';

export interface CalendarRules {
  /** ISO weekdays (Mon 1 … Sun 7) that count as working days; Mon–Fri by default. */
  workingWeekdays: readonly number[];
  /** Dates that carry no share of a target even on a working weekday. */
  holidays: readonly LocalDate[];
  /**
   * Last year's sales per month (12 amounts in minor units) for a target year, used when a target
   * is set with `split: 'seasonal'`. `null` when unknown.
   */
  seasonalWeights?: (year: number) => readonly number[] | null;
}

export const DEFAULT_CALENDAR: CalendarRules = { workingWeekdays: [1, 2, 3, 4, 5], holidays: [] };

export function isWorkingDay(date: LocalDate, calendar: CalendarRules): boolean {
  return calendar.workingWeekdays.includes(isoWeekday(date)) && !calendar.holidays.includes(date);
}

/**
 * The dates among `dates` that carry a share of a target: the working days. When none of them is a
 * working day (only possible with an odd calendar, e.g. no working weekdays configured or a month
 * of holidays), every date carries a share instead, so a target is never silently lost; `working`
 * then says `false`.
 */
export function shareBearing(
  dates: readonly LocalDate[],
  calendar: CalendarRules,
): { dates: LocalDate[]; working: boolean } {
  const holidays = new Set(calendar.holidays);
  const working = dates.filter((d) => calendar.workingWeekdays.includes(isoWeekday(d)) && !holidays.has(d));
  return working.length > 0 || dates.length === 0
    ? { dates: working, working: true }
    : { dates: [...dates], working: false };
}

/** The dates from `start` to `end` (both included) that carry a share; see {@link shareBearing}. */
export function shareDays(start: LocalDate, end: LocalDate, calendar: CalendarRules): LocalDate[] {
  return shareBearing(datesInRange(start, end), calendar).dates;
}
