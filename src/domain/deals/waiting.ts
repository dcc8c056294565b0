import { type CalendarRules, isWorkingDay } from '../targets/calendar-rules.js';
import { addDays, instantAt, type LocalDate, type LocalTime, localDateAt, localTimeAt } from '../time.js';

/**
 * Deals that wait do not wait forever (issue 15, ADR 28). Pure rules: the caller gives the clock,
 * the team's timezone and its calendar.
 */

/**
 * How long an "Are you sure?" stays open. The question is asked in the moment (Spinify and
 * SalesScreen count a deal the second it is logged, and a rep who typed it is right there), so a
 * day is ample for a typo to be noticed, and long enough for a DM about an API deal sent overnight.
 * After it the deal is dropped and the rep told it never counted.
 */
export const CONFIRM_HOURS = 24;

/** Working days an approval may wait before its approvers are reminded, once. */
export const REMIND_AFTER_WORKING_DAYS = 2;

/** Working days after the reminder before the deal goes to the admins as well. */
export const ESCALATE_AFTER_WORKING_DAYS = 2;

/**
 * What is due for one waiting deal at a moment. `ask`: an imported row's decider is asked through
 * the job (nobody was in Slack when it began to wait).
 */
export type WaitingStep = 'ask' | 'expire' | 'remind' | 'escalate';

/** One waiting deal as the job sees it: what it waits for, since when, and which steps are done. */
export interface WaitingState {
  kind: 'confirm' | 'approval';
  /** A row of a CSV import: asked by the job first, and never dropped unanswered (ADR 28, Revisited). */
  imported: boolean;
  /** When it began to wait. */
  since: Date;
  /** When each step already done was done (the job ledger). */
  done: Partial<Record<WaitingStep, Date>>;
}

/** Enough for any calendar Pacer accepts: a year of holidays still leaves a working day. */
const MAX_DAYS = 400;

/**
 * The instant `count` working days after `from`, at the same wall-clock time in `tz`: asked at
 * Friday 15:00, two working days later is Tuesday 15:00 (Monday a holiday: Wednesday). A calendar
 * without working days counts every day, so nothing waits forever.
 */
export function afterWorkingDays(from: Date, count: number, tz: string, calendar: CalendarRules): Date {
  const time: LocalTime = localTimeAt(from, tz);
  let day: LocalDate = localDateAt(from, tz);
  let left = count;
  for (let i = 0; left > 0 && i < MAX_DAYS; i++) {
    day = addDays(day, 1);
    if (isWorkingDay(day, calendar)) left--;
  }
  if (left > 0) day = addDays(localDateAt(from, tz), count);
  return instantAt(day, time, tz);
}

/** When an unanswered "Are you sure?" expires. */
export function confirmExpiresAt(askedAt: Date): Date {
  return new Date(askedAt.getTime() + CONFIRM_HOURS * 3_600_000);
}

/** When the approvers of a deal asked at `askedAt` are reminded, and when the admins are asked too. */
export function approvalSteps(
  askedAt: Date,
  tz: string,
  calendar: CalendarRules,
): { remindAt: Date; escalateAt: Date } {
  const remindAt = afterWorkingDays(askedAt, REMIND_AFTER_WORKING_DAYS, tz, calendar);
  return { remindAt, escalateAt: afterWorkingDays(remindAt, ESCALATE_AFTER_WORKING_DAYS, tz, calendar) };
}

/**
 * The steps due by `now` for one waiting deal, leaving out those done. An imported row is asked
 * first and its clock starts when that ask was done; its "Are you sure?" never expires (the file
 * is a record of past sales, not a typo made a moment ago). A typed or API confirmation expires
 * after CONFIRM_HOURS; an approval is reminded once, then escalated once.
 */
export function stepsDue(state: WaitingState, now: Date, tz: string, calendar: CalendarRules): WaitingStep[] {
  const { done } = state;
  if (state.imported && !done.ask) return ['ask'];
  const from = state.imported ? done.ask! : state.since;
  if (state.kind === 'confirm') {
    if (state.imported || done.expire) return [];
    return now >= confirmExpiresAt(from) ? ['expire'] : [];
  }
  // One step at a time: the admins hear of a deal only ESCALATE_AFTER_WORKING_DAYS after its
  // approvers were actually reminded, so a backlog found on deploy is reminded first, not both at once.
  if (!done.remind) return now >= approvalSteps(from, tz, calendar).remindAt ? ['remind'] : [];
  if (done.escalate) return [];
  return now >= afterWorkingDays(done.remind, ESCALATE_AFTER_WORKING_DAYS, tz, calendar) ? ['escalate'] : [];
}

/**
 * Whole working days a deal has waited from `from` to `to` (each ends at `from`'s wall-clock time
 * on a working day), as a reminder says it: the real wait, not the threshold that was passed.
 */
export function workingDaysWaited(from: Date, to: Date, tz: string, calendar: CalendarRules): number {
  const time: LocalTime = localTimeAt(from, tz);
  const last = localDateAt(to, tz);
  let day: LocalDate = localDateAt(from, tz);
  let count = 0;
  for (let i = 0; day < last && i < MAX_DAYS * 10; i++) {
    day = addDays(day, 1);
    if (isWorkingDay(day, calendar) && instantAt(day, time, tz) <= to) count++;
  }
  return count;
}
