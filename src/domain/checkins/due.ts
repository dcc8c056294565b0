import { instantAt, type LocalDate } from '../time.js';
import type { CheckinRound } from './rounds.js';
import type { CheckinSchedule } from './schedule.js';

const HOUR_MS = 3_600_000;

export interface CheckinMember {
  readonly id: string;
  /** IANA timezone, as Slack reports it for the user. */
  readonly tz: string;
  /** The last date (in the member's own calendar) on which they get no check-in. */
  readonly pausedUntil?: LocalDate | null;
  readonly active: boolean;
}

/** When the member's own wall clock shows the round's date at the scheduled time. */
export function dueAt(round: CheckinRound, memberTz: string, schedule: CheckinSchedule): Date {
  return instantAt(round.date, schedule.time, memberTz);
}

/**
 * When a member's check-in closes. Each member's window runs from their own due instant, so everyone
 * gets the same number of hours to answer wherever they are.
 */
export function closesAt(memberDueAt: Date, schedule: CheckinSchedule): Date {
  return new Date(memberDueAt.getTime() + schedule.closeAfterHours * HOUR_MS);
}

/** Whether a member can still answer: from their due instant (included) until it closes (excluded). */
export function isOpenFor(memberDueAt: Date, now: Date, schedule: CheckinSchedule): boolean {
  return memberDueAt <= now && now < closesAt(memberDueAt, schedule);
}

/**
 * When the last member's window closes, i.e. when the round as a whole is over and its digest is
 * final; `null` for a round with nobody in it.
 */
export function roundClosesAt(
  round: CheckinRound,
  schedule: CheckinSchedule,
  memberTzs: readonly string[],
): Date | null {
  let last: Date | null = null;
  for (const tz of memberTzs) {
    const close = closesAt(dueAt(round, tz, schedule), schedule);
    if (!last || close > last) last = close;
  }
  return last;
}

/**
 * Paused until date D means no check-in for any round whose member-local due date is D or earlier;
 * the first round due after D arrives as usual.
 */
export function isPausedFor(member: Pick<CheckinMember, 'pausedUntil'>, round: CheckinRound): boolean {
  return member.pausedUntil != null && round.date <= member.pausedUntil;
}

export interface DueCheckin<M extends CheckinMember> {
  readonly member: M;
  readonly dueAt: Date;
}

/**
 * The members to send this round's check-in to now: active, not paused for this round, not sent to
 * yet, and whose due instant has come. A member whose window has already closed (the bot was down
 * for longer than `closeAfterHours`) is left out: a check-in that arrives closed cannot be answered.
 */
export function membersDue<M extends CheckinMember>(input: {
  now: Date;
  round: CheckinRound;
  members: readonly M[];
  alreadySent: ReadonlySet<string>;
  schedule: CheckinSchedule;
}): DueCheckin<M>[] {
  const { now, round, schedule } = input;
  const due: DueCheckin<M>[] = [];
  for (const member of input.members) {
    if (!member.active || input.alreadySent.has(member.id) || isPausedFor(member, round)) continue;
    const at = dueAt(round, member.tz, schedule);
    if (isOpenFor(at, now, schedule)) due.push({ member, dueAt: at });
  }
  return due;
}
