import { addDays, instantAt, type LocalDate, localDateAt, localTimeAt } from '../time.js';
import { type CheckinSchedule, isWorkingDay, workingDayOnOrAfter } from './schedule.js';

const HOUR_MS = 3_600_000;

/**
 * The first instant at or after `instant` that falls inside the member's working hours on one of
 * their working days, reading both on the member's own wall clock.
 */
export function nextWorkingInstant(
  instant: Date,
  memberTz: string,
  schedule: CheckinSchedule,
  holidays: readonly LocalDate[] = [],
): Date {
  const { start, end } = schedule.workingHours;
  const date = localDateAt(instant, memberTz);
  if (isWorkingDay(date, schedule, holidays)) {
    const time = localTimeAt(instant, memberTz);
    if (time < start) return instantAt(date, start, memberTz);
    if (time < end) return instant;
  }
  const next = workingDayOnOrAfter(addDays(date, 1), schedule, holidays);
  return instantAt(next, start, memberTz);
}

export interface ReminderOptions {
  /**
   * When the member's check-in closes. Defaults to `closeAfterHours` after `sentAt`, which is only
   * right when the check-in went out on time; pass `closesAt(dueAt)` when it went out late.
   */
  readonly closesAt?: Date;
  /** Team holidays, which are no day for a reminder either. */
  readonly holidays?: readonly LocalDate[];
}

/**
 * When to nudge a member who has not answered: `reminderAfterHours` after the check-in was sent,
 * pushed into their next working hours so nobody is pinged at 20:00 or on a Saturday. `null` when
 * that moment is not before the check-in closes: a reminder for something already closed only annoys.
 */
export function reminderDueAt(
  sentAt: Date,
  memberTz: string,
  schedule: CheckinSchedule,
  options: ReminderOptions = {},
): Date | null {
  const closes = options.closesAt ?? new Date(sentAt.getTime() + schedule.closeAfterHours * HOUR_MS);
  const earliest = new Date(sentAt.getTime() + schedule.reminderAfterHours * HOUR_MS);
  const at = nextWorkingInstant(earliest, memberTz, schedule, options.holidays);
  return at < closes ? at : null;
}
