import { parsePeriod } from '../periods.js';
import type { LocalDate } from '../time.js';
import { type CheckinSchedule, workingDayOnOrAfter } from './schedule.js';

/** The first working day of the month: the monthly feedback prompt (playbook 4.3) goes out on it. */
export function feedbackPromptDate(
  monthKey: string,
  schedule: CheckinSchedule,
  holidays: readonly LocalDate[] = [],
): LocalDate {
  const month = parsePeriod(monthKey);
  if (month?.kind !== 'month') throw new RangeError(`Not a month key: ${monthKey}`);
  return workingDayOnOrAfter(month.start, schedule, holidays);
}
