import { parsePeriod } from '../periods.js';
import type { LocalDate } from '../time.js';
import { type CheckinSchedule, workingDayOnOrAfter } from './schedule.js';

/**
 * The first working day of the month: the month before is reviewed on it (the managers' feedback
 * prompts, playbook 4.3, and the analysis).
 */
export function firstWorkingDayOf(
  monthKey: string,
  schedule: CheckinSchedule,
  holidays: readonly LocalDate[] = [],
): LocalDate {
  const month = parsePeriod(monthKey);
  if (month?.kind !== 'month') throw new RangeError(`Not a month key: ${monthKey}`);
  return workingDayOnOrAfter(month.start, schedule, holidays);
}
