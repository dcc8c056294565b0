import { parsePeriod } from '../periods.js';
import { addDays, isLocalTime, isoWeekday, type LocalDate, type LocalTime } from '../time.js';

export type CheckinCadence = 'weekly' | 'biweekly' | 'monthly';

/** Local wall-clock hours, `start` included and `end` excluded. */
export interface WorkingHours {
  readonly start: LocalTime;
  readonly end: LocalTime;
}

/**
 * When a team's check-in rounds go out. Times are wall-clock times that each member sees in their
 * own timezone; the round itself (its key and date) is decided in the team's timezone.
 */
export interface CheckinSchedule {
  readonly cadence: CheckinCadence;
  /** ISO weekday, Monday 1 … Sunday 7. Monthly rounds fall on the first such weekday of the month. */
  readonly weekday: number;
  readonly time: LocalTime;
  /**
   * Biweekly only: an ISO week key (`2026-W47`) that is a round week; rounds then come every second
   * week from it, across year ends too. Without it, rounds fall in even-numbered ISO weeks, which
   * leaves a three-week gap after a year with 53 weeks (W52 → W02).
   */
  readonly anchorWeek?: string;
  readonly closeAfterHours: number;
  readonly reminderAfterHours: number;
  readonly workingHours: WorkingHours;
  readonly workingWeekdays: readonly number[];
}

export const DEFAULT_CHECKIN_SCHEDULE: CheckinSchedule = {
  cadence: 'weekly',
  weekday: 4,
  time: '15:00',
  closeAfterHours: 48,
  reminderAfterHours: 4,
  workingHours: { start: '09:00', end: '18:00' },
  workingWeekdays: [1, 2, 3, 4, 5],
};

/** A full schedule from the team's saved overrides. */
export function checkinSchedule(overrides: Partial<CheckinSchedule> = {}): CheckinSchedule {
  return { ...DEFAULT_CHECKIN_SCHEDULE, ...overrides };
}

/** What can be wrong with a schedule, as codes the Slack layer puts in words. */
export type ScheduleError =
  | 'weekday'
  | 'time'
  | 'anchorWeek'
  | 'closeAfterHours'
  | 'reminderAfterHours'
  | 'reminderAfterClose'
  | 'workingHours'
  | 'workingWeekdays';

/** What is wrong with a schedule; empty when it is usable. */
export function checkinScheduleErrors(schedule: CheckinSchedule): ScheduleError[] {
  const errors: ScheduleError[] = [];
  if (!isIsoWeekday(schedule.weekday)) errors.push('weekday');
  if (!isLocalTime(schedule.time)) errors.push('time');
  if (schedule.anchorWeek !== undefined && parsePeriod(schedule.anchorWeek)?.kind !== 'week') {
    errors.push('anchorWeek');
  }
  if (!isPositiveWholeHours(schedule.closeAfterHours)) errors.push('closeAfterHours');
  if (!isPositiveWholeHours(schedule.reminderAfterHours)) {
    errors.push('reminderAfterHours');
  } else if (schedule.reminderAfterHours >= schedule.closeAfterHours) {
    errors.push('reminderAfterClose');
  }
  const { start, end } = schedule.workingHours;
  if (!isLocalTime(start) || !isLocalTime(end) || start >= end) errors.push('workingHours');
  if (!schedule.workingWeekdays.some(isIsoWeekday)) errors.push('workingWeekdays');
  return errors;
}

export function isWorkingDay(
  date: LocalDate,
  schedule: CheckinSchedule,
  holidays: readonly LocalDate[] = [],
): boolean {
  return schedule.workingWeekdays.includes(isoWeekday(date)) && !holidays.includes(date);
}

// A year of holidays cannot hide every working day, so a longer search means the schedule is broken.
const MAX_DAYS_TO_NEXT_WORKING_DAY = 400;

/** `date` itself when it is a working day, otherwise the first working day after it. */
export function workingDayOnOrAfter(
  date: LocalDate,
  schedule: CheckinSchedule,
  holidays: readonly LocalDate[] = [],
): LocalDate {
  let day = date;
  for (let i = 0; i < MAX_DAYS_TO_NEXT_WORKING_DAY; i++) {
    if (isWorkingDay(day, schedule, holidays)) return day;
    day = addDays(day, 1);
  }
  throw new RangeError(`No working day within ${MAX_DAYS_TO_NEXT_WORKING_DAY} days of ${date}`);
}

function isIsoWeekday(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= 7;
}

function isPositiveWholeHours(n: number): boolean {
  return Number.isInteger(n) && n >= 1;
}
