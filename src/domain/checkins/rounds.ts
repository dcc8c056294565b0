import { nextPeriod, type Period, parsePeriod, periodOf, previousPeriod } from '../periods.js';
import { addDays, daysBetween, isoWeekday, type LocalDate, localDateAt } from '../time.js';
import { type CheckinSchedule, workingDayOnOrAfter } from './schedule.js';

/**
 * One round of check-ins. The key is the ISO week (`2026-W48`) for weekly and biweekly rounds and the
 * month (`2026-11`) for monthly ones, always decided in the team's timezone, so every member's
 * answers for the same round share one key wherever they are.
 */
export interface CheckinRound {
  readonly key: string;
  readonly period: Period;
  /** The scheduled weekday in the round's week, or the first such weekday of its month. */
  readonly nominalDate: LocalDate;
  /**
   * The day the round goes out: the nominal date, moved forward past non-working days and team
   * holidays. It may land in the next week (a Friday holiday moves it to Monday); the key stays.
   */
  readonly date: LocalDate;
}

/** The round running at `instant` in the team's timezone: the latest one whose week or month has begun. */
export function roundFor(
  schedule: CheckinSchedule,
  instant: Date,
  teamTz: string,
  holidays: readonly LocalDate[] = [],
): CheckinRound {
  const date = localDateAt(instant, teamTz);
  if (schedule.cadence === 'monthly') return roundOf(periodOf('month', date), schedule, holidays);
  let week = periodOf('week', date);
  while (!isRoundWeek(week, schedule)) week = previousPeriod(week);
  return roundOf(week, schedule, holidays);
}

/**
 * The round before, at and after `instant`. A member far from the team's timezone can be due while
 * the team's calendar is still in the previous round, or already in the next one (a Monday round in
 * Auckland starts on Sunday in Los Angeles), so whoever sends check-ins looks at all three.
 */
export function roundsAround(
  schedule: CheckinSchedule,
  instant: Date,
  teamTz: string,
  holidays: readonly LocalDate[] = [],
): [CheckinRound, CheckinRound, CheckinRound] {
  const current = roundFor(schedule, instant, teamTz, holidays);
  return [previousRound(current, schedule, holidays), current, nextRound(current, schedule, holidays)];
}

/** The round a stored key names, or `null` when the key does not fit the cadence (e.g. an odd biweekly week). */
export function parseRoundKey(
  key: string,
  schedule: CheckinSchedule,
  holidays: readonly LocalDate[] = [],
): CheckinRound | null {
  const period = parsePeriod(key);
  if (!period || period.kind !== periodKind(schedule)) return null;
  if (!isRoundWeek(period, schedule)) return null;
  return roundOf(period, schedule, holidays);
}

export function nextRound(
  round: CheckinRound,
  schedule: CheckinSchedule,
  holidays: readonly LocalDate[] = [],
): CheckinRound {
  let period = nextPeriod(round.period);
  while (!isRoundWeek(period, schedule)) period = nextPeriod(period);
  return roundOf(period, schedule, holidays);
}

export function previousRound(
  round: CheckinRound,
  schedule: CheckinSchedule,
  holidays: readonly LocalDate[] = [],
): CheckinRound {
  let period = previousPeriod(round.period);
  while (!isRoundWeek(period, schedule)) period = previousPeriod(period);
  return roundOf(period, schedule, holidays);
}

function roundOf(period: Period, schedule: CheckinSchedule, holidays: readonly LocalDate[]): CheckinRound {
  const nominalDate = nominalDateIn(period, schedule.weekday);
  return {
    key: period.key,
    period,
    nominalDate,
    date: workingDayOnOrAfter(nominalDate, schedule, holidays),
  };
}

function nominalDateIn(period: Period, weekday: number): LocalDate {
  // A week starts on Monday; a month starts on any day, so count forward to the first `weekday`.
  const offset = period.kind === 'week' ? weekday - 1 : (weekday - isoWeekday(period.start) + 7) % 7;
  return addDays(period.start, offset);
}

function periodKind(schedule: CheckinSchedule): Period['kind'] {
  return schedule.cadence === 'monthly' ? 'month' : 'week';
}

/** Months and weekly weeks always hold a round; biweekly weeks alternate. */
function isRoundWeek(period: Period, schedule: CheckinSchedule): boolean {
  if (schedule.cadence !== 'biweekly') return true;
  if (schedule.anchorWeek === undefined) return Number(period.key.slice(6)) % 2 === 0;
  const anchor = parsePeriod(schedule.anchorWeek);
  if (anchor?.kind !== 'week') throw new RangeError(`Not an ISO week: ${schedule.anchorWeek}`);
  return (daysBetween(anchor.start, period.start) / 7) % 2 === 0;
}
