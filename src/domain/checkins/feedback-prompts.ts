import { nextPeriod, parsePeriod, periodAt } from '../periods.js';
import { instantAt, type LocalDate } from '../time.js';
import { type CheckinSchedule, workingDayOnOrAfter } from './schedule.js';

/** The monthly nudge to a manager to give each report feedback (playbook 4.3). */
export interface FeedbackPrompt {
  /** The month it is for, `2026-11`, in the team's calendar. */
  readonly monthKey: string;
  readonly dueAt: Date;
}

/** The first working day of the month; the prompt goes out on it at the schedule's time. */
export function feedbackPromptDate(
  monthKey: string,
  schedule: CheckinSchedule,
  holidays: readonly LocalDate[] = [],
): LocalDate {
  const month = parsePeriod(monthKey);
  if (month?.kind !== 'month') throw new RangeError(`Not a month key: ${monthKey}`);
  return workingDayOnOrAfter(month.start, schedule, holidays);
}

/**
 * The prompt to send the manager now, or `null`. At most one per month: a month is skipped once
 * `lastPromptedMonth` has reached it. The month is the team's, but the prompt arrives at the schedule
 * time on the manager's own clock, so a manager ahead of the team (Auckland for a London team) can get
 * next month's prompt while the team's calendar still shows the old month; both months are looked at.
 */
export function feedbackPromptDue(input: {
  now: Date;
  teamTz: string;
  managerTz: string;
  schedule: CheckinSchedule;
  lastPromptedMonth: string | null;
  holidays?: readonly LocalDate[];
}): FeedbackPrompt | null {
  const current = periodAt('month', input.now, input.teamTz);
  const candidates = [nextPeriod(current).key, current.key];
  for (const monthKey of candidates) {
    if (input.lastPromptedMonth !== null && monthKey <= input.lastPromptedMonth) continue;
    const date = feedbackPromptDate(monthKey, input.schedule, input.holidays);
    const dueAt = instantAt(date, input.schedule.time, input.managerTz);
    if (dueAt <= input.now) return { monthKey, dueAt };
  }
  return null;
}
