import type { AppDeps } from '../app-deps.js';
import { closesAt, dueAt } from '../domain/checkins/due.js';
import {
  type AnswerValidation,
  answersStillAsked,
  type CheckinAnswers,
  validateAnswers,
} from '../domain/checkins/questions.js';
import { getsCheckins } from '../domain/checkins/recipients.js';
import { type CheckinRound, parseRoundKey, roundFor, roundsAround } from '../domain/checkins/rounds.js';
import { type CheckinSchedule, checkinSchedule } from '../domain/checkins/schedule.js';
import { formatMoney } from '../domain/money.js';
import { periodOf } from '../domain/periods.js';
import { canActFor } from '../domain/permissions.js';
import { type LocalDate, localDateAt } from '../domain/time.js';
import type { Checkin } from '../persistence/checkins-repository.js';
import { inTransaction } from '../persistence/database.js';
import type { Member } from '../persistence/members-repository.js';
import { HOLIDAYS } from '../services/calendar-settings.js';
import { CHECKIN_QUESTIONS, CHECKIN_RHYTHM } from '../services/checkin-settings.js';
import { CURRENCY, TIMEZONE, WORKING_WEEKDAYS } from '../services/settings-service.js';
import { progressFor } from './targets.js';

type Deps = Pick<
  AppDeps,
  'settings' | 'members' | 'checkins' | 'deals' | 'targets' | 'clock' | 'db' | 'config'
>;

export function scheduleOf(deps: Pick<AppDeps, 'settings'>): CheckinSchedule {
  return checkinSchedule({
    ...deps.settings.get(CHECKIN_RHYTHM),
    workingWeekdays: deps.settings.get(WORKING_WEEKDAYS),
  });
}

export function holidaysOf(deps: Pick<AppDeps, 'settings'>): LocalDate[] {
  return deps.settings.get(HOLIDAYS).map((h) => h.date);
}

/**
 * The round running at `at` by the team's calendar, or by a member's own calendar when `timezone` is
 * theirs: on a Monday morning in Auckland the member is in the new week's round while the team in
 * Europe is still in the old week's.
 */
export function roundAt(deps: Pick<AppDeps, 'settings'>, at: Date, timezone?: string): CheckinRound {
  return roundFor(scheduleOf(deps), at, timezone ?? deps.settings.get(TIMEZONE), holidaysOf(deps));
}

/**
 * The rounds the check-in jobs look at on each tick: the team's current one first, then the one
 * before and the one after. Every member's due time, reminder and close falls within them, wherever
 * the member is, and a round moved past a holiday into the next week is still in reach.
 */
export function roundsInPlay(deps: Pick<AppDeps, 'settings'>, at: Date): CheckinRound[] {
  const [previous, current, next] = roundsAround(
    scheduleOf(deps),
    at,
    deps.settings.get(TIMEZONE),
    holidaysOf(deps),
  );
  return [current, previous, next];
}

export function roundByKey(deps: Pick<AppDeps, 'settings'>, key: string): CheckinRound | null {
  return parseRoundKey(key, scheduleOf(deps), holidaysOf(deps));
}

/** Who gets check-ins: active members the domain rule says sell as reps (see getsCheckins). */
export function checkinMembers(deps: Pick<AppDeps, 'members' | 'directory' | 'deals' | 'targets'>): Member[] {
  const selling = deps.deals.membersWithDeals();
  for (const target of deps.targets.allOfKind('member')) selling.add(target.scope.id);
  return deps.members
    .active()
    .filter((m) =>
      getsCheckins(m, { isAdmin: deps.directory.isAdmin(m), hasDealOrTarget: selling.has(m.userId) }),
    );
}

export function timezoneOf(deps: Pick<AppDeps, 'settings'>, member: Member): string {
  return member.tz ?? deps.settings.get(TIMEZONE);
}

/** The member's check-in for a round, created (not yet sent) when missing. */
export function checkinFor(deps: Deps, member: Member, round: CheckinRound) {
  const schedule = scheduleOf(deps);
  const due = dueAt(round, timezoneOf(deps, member), schedule);
  return deps.checkins.open(round.key, member.userId, due, closesAt(due, schedule));
}

/** The week in a sentence: deals, amount and % of the week's and month's target. */
export function weekSummary(deps: Deps, memberId: string, round: CheckinRound, today: LocalDate): string {
  const currency = deps.settings.get(CURRENCY);
  const week = periodOf('week', round.date);
  const totals = deps.deals.totals({ from: week.start, to: week.end, memberId });
  const parts = [
    `This week: ${totals.deals} deal${totals.deals === 1 ? '' : 's'}, ${formatMoney(totals.revenueCents, currency)}`,
  ];
  for (const [label, period] of [
    ["of the week's target", week],
    ["of the month's", periodOf('month', round.date)],
  ] as const) {
    const p = progressFor(deps, { kind: 'member', id: memberId }, period, today);
    if (p) parts.push(`${Math.floor(p.pace.percentOfTargetBp / 100)}% ${label}`);
  }
  return parts.join(' · ');
}

export type SubmitResult = AnswerValidation | { ok: false; closed: true };

/** What the check-in form shows filled in: the answers whose questions still read the same. */
export function prefillOf(deps: Pick<AppDeps, 'settings'>, checkin: Checkin): CheckinAnswers | null {
  if (!checkin.answers) return null;
  return answersStillAsked(deps.settings.get(CHECKIN_QUESTIONS), checkin.questions, checkin.answers);
}

/** Validates and stores a member's answers for a round while it is open. */
export function submitAnswers(
  deps: Deps,
  member: Member,
  round: CheckinRound,
  raw: Record<string, string | null | undefined>,
): SubmitResult {
  const checkin = checkinFor(deps, member, round);
  const now = deps.clock.now();
  if (now >= checkin.closesAt) return { ok: false, closed: true };
  const questions = deps.settings.get(CHECKIN_QUESTIONS);
  const result = validateAnswers(questions, raw);
  if (!result.ok) return result;
  inTransaction(deps.db, () =>
    deps.checkins.saveAnswers(round.key, member.userId, result.answers, questions, now),
  );
  return result;
}

/** Answers are private: the member, their manager and admins may read them, nobody else. */
export function canReadAnswers(
  deps: Pick<AppDeps, 'config' | 'members'>,
  reader: Member,
  memberId: string,
): boolean {
  const member = deps.members.get(memberId);
  return canActFor(reader, { userId: memberId, managerId: member?.managerId ?? null }, deps.config.admins);
}

export function todayOf(deps: Pick<AppDeps, 'settings' | 'clock'>): LocalDate {
  return localDateAt(deps.clock.now(), deps.settings.get(TIMEZONE));
}
