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
import type { Member } from '../domain/entities/member.js';
import { type Period, periodOf } from '../domain/periods.js';
import { canActFor } from '../domain/permissions.js';
import { hasControlCharacters } from '../domain/text.js';
import { isLocalDate, type LocalDate, localDateAt } from '../domain/time.js';
import type { Checkin } from '../persistence/checkins-repository.js';
import { inTransaction } from '../persistence/database.js';
import { HOLIDAYS } from '../services/calendar-settings.js';
import { CHECKIN_QUESTIONS, CHECKIN_RHYTHM } from '../services/checkin-settings.js';
import { CURRENCY, TIMEZONE, WORKING_WEEKDAYS } from '../services/settings-service.js';
import { progressFor } from './targets.js';
import { changeSetting } from './team-setup.js';

type Deps = Pick<
  AppDeps,
  'settings' | 'members' | 'checkins' | 'deals' | 'targets' | 'clock' | 'db' | 'config'
>;
type WriteDeps = Pick<AppDeps, 'db' | 'checkins' | 'audit' | 'clock'>;

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

/** The member's week, for their check-in DM: deals, amount and % of the week's and month's target. */
export interface WeekSummary {
  readonly deals: number;
  readonly revenueCents: number;
  readonly currency: string;
  /** Whole percent of the target, or null when there is no target for the week (month). */
  readonly weekPercent: number | null;
  readonly monthPercent: number | null;
}

export function weekSummary(
  deps: Deps,
  memberId: string,
  round: CheckinRound,
  today: LocalDate,
): WeekSummary {
  const week = periodOf('week', round.date);
  const totals = deps.deals.totals({ from: week.start, to: week.end, memberId });
  const percentOf = (period: Period) => {
    const p = progressFor(deps, { kind: 'member', id: memberId }, period, today);
    return p ? Math.floor(p.pace.percentOfTargetBp / 100) : null;
  };
  return {
    deals: totals.deals,
    revenueCents: totals.revenueCents,
    currency: deps.settings.get(CURRENCY),
    weekPercent: percentOf(week),
    monthPercent: percentOf(periodOf('month', round.date)),
  };
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

/** Pauses a member's check-ins through `until` (their last day without one), with an audit entry. */
export function pauseCheckins(deps: WriteDeps, member: Member, until: LocalDate): void {
  inTransaction(deps.db, () => {
    const before = deps.checkins.pauses().get(member.userId) ?? null;
    deps.checkins.pause(member.userId, until);
    deps.audit.record({
      at: deps.clock.now(),
      actor: member.userId,
      action: 'checkin.pause',
      entity: 'member',
      entityId: member.userId,
      before: { pausedUntil: before },
      after: { pausedUntil: until },
    });
  });
}

/** Turns a member's check-ins back on; the audit entry says until when they had been paused. */
export function resumeCheckins(deps: WriteDeps, member: Member): { wasPaused: boolean } {
  return inTransaction(deps.db, () => {
    const before = deps.checkins.pauses().get(member.userId) ?? null;
    if (before === null) return { wasPaused: false };
    deps.checkins.resume(member.userId);
    deps.audit.record({
      at: deps.clock.now(),
      actor: member.userId,
      action: 'checkin.resume',
      entity: 'member',
      entityId: member.userId,
      before: { pausedUntil: before },
      after: { pausedUntil: null },
    });
    return { wasPaused: true };
  });
}

type SettingDeps = Pick<AppDeps, 'db' | 'settings' | 'audit' | 'clock'>;

/** A team holiday's name is kept to this many characters (it is shown in lists). */
const HOLIDAY_NAME_MAX = 80;

/**
 * Adds (or renames) a team holiday: no check-in round and no share of targets that day. The caller
 * has been checked to be an admin. `bad_date` when `date` is not YYYY-MM-DD on the calendar.
 */
export function addTeamHoliday(
  deps: SettingDeps,
  actor: string,
  date: string,
  name: string,
): { ok: true; date: LocalDate } | { ok: false; error: 'bad_date' } {
  if (!isLocalDate(date)) return { ok: false, error: 'bad_date' };
  const clean = hasControlCharacters(name) ? '' : name.trim().slice(0, HOLIDAY_NAME_MAX);
  const next = [...deps.settings.get(HOLIDAYS).filter((h) => h.date !== date), { date, name: clean }].sort(
    (a, b) => a.date.localeCompare(b.date),
  );
  changeSetting(deps, HOLIDAYS, next, actor);
  return { ok: true, date };
}

export function removeTeamHoliday(
  deps: SettingDeps,
  actor: string,
  date: string,
): { ok: true; date: LocalDate } | { ok: false; error: 'bad_date' } {
  if (!isLocalDate(date)) return { ok: false, error: 'bad_date' };
  changeSetting(
    deps,
    HOLIDAYS,
    deps.settings.get(HOLIDAYS).filter((h) => h.date !== date),
    actor,
  );
  return { ok: true, date };
}

export const FEEDBACK_FIELDS = ['went_well', 'improve', 'goal'] as const;
export type FeedbackField = (typeof FEEDBACK_FIELDS)[number];

export type FeedbackResult =
  | { ok: true; stored: boolean }
  | { ok: false; errors: Partial<Record<FeedbackField, 'empty' | 'control' | 'not_manager'>> };

/**
 * A manager's one-on-one feedback for a report's month: each field is a sentence of plain text,
 * and only the report's manager or an admin gives it. Stored once per `idempotencyKey` (Slack
 * retries a submission), with an audit entry that names who gave it, not what it says.
 */
export function giveFeedback(
  deps: Pick<AppDeps, 'db' | 'checkins' | 'audit' | 'clock' | 'members' | 'directory'>,
  manager: Member,
  input: { memberId: string; monthKey: string; values: Record<FeedbackField, string> },
  idempotencyKey: string,
): FeedbackResult {
  const errors: Partial<Record<FeedbackField, 'empty' | 'control'>> = {};
  for (const field of FEEDBACK_FIELDS) {
    const value = input.values[field];
    if (!value) errors[field] = 'empty';
    else if (hasControlCharacters(value, { allowNewlines: true })) errors[field] = 'control';
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  const member = deps.members.get(input.memberId);
  if (!member || (member.managerId !== manager.userId && !deps.directory.isAdmin(manager))) {
    return { ok: false, errors: { went_well: 'not_manager' } };
  }
  const now = deps.clock.now();
  const stored = inTransaction(deps.db, () => {
    const added = deps.checkins.addFeedback(
      {
        managerId: manager.userId,
        memberId: input.memberId,
        monthKey: input.monthKey,
        wentWell: input.values.went_well,
        improve: input.values.improve,
        goal: input.values.goal,
        givenAt: now.toISOString(),
      },
      idempotencyKey,
    );
    if (added) {
      deps.audit.record({
        at: now,
        actor: manager.userId,
        action: 'checkin.feedback',
        entity: 'member',
        entityId: input.memberId,
        after: { monthKey: input.monthKey },
      });
    }
    return added;
  });
  return { ok: true, stored };
}
