import { dayjs, isLocalDate, isLocalTime, type LocalDate, type LocalTime } from '../time.js';
import type { CheckinCadence } from './schedule.js';

export type CommandResult<T, E> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };

/** Why `/checkin schedule` was not understood; `typed` is the word as given. */
export type ScheduleProblem =
  | { readonly code: 'usage' }
  | { readonly code: 'cadence' | 'day' | 'time'; readonly typed: string };

/** Why `/checkin pause` was not understood; `example` is a date that would work (two weeks on). */
export type PauseProblem =
  | { readonly code: 'usage'; readonly example: LocalDate }
  | {
      readonly code: 'past';
      readonly date: LocalDate;
      readonly today: LocalDate;
      readonly example: LocalDate;
    }
  | { readonly code: 'tooLong'; readonly latest: LocalDate; readonly example: LocalDate };

export interface ScheduleCommand {
  readonly cadence: CheckinCadence;
  readonly weekday: number;
  readonly time: LocalTime;
}

const CADENCES: Readonly<Record<string, CheckinCadence>> = {
  weekly: 'weekly',
  biweekly: 'biweekly',
  'bi-weekly': 'biweekly',
  fortnightly: 'biweekly',
  monthly: 'monthly',
};

const WEEKDAYS: Readonly<Record<string, number>> = {
  mon: 1,
  monday: 1,
  tue: 2,
  tues: 2,
  tuesday: 2,
  wed: 3,
  weds: 3,
  wednesday: 3,
  thu: 4,
  thur: 4,
  thurs: 4,
  thursday: 4,
  fri: 5,
  friday: 5,
  sat: 6,
  saturday: 6,
  sun: 7,
  sunday: 7,
};

/**
 * Reads the arguments of `/checkin schedule`, e.g. `weekly thursday 15:00` or `monthly Mon 9:30`
 * (monthly means the first such day of each month). Day names and cadences ignore case.
 */
export function parseCheckinScheduleCommand(text: string): CommandResult<ScheduleCommand, ScheduleProblem> {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words[0]?.toLowerCase() === 'schedule') words.shift();
  const [cadenceWord, dayWord, timeWord, ...rest] = words;
  if (!cadenceWord || !dayWord || !timeWord || rest.length > 0) return fail({ code: 'usage' });

  const cadence = CADENCES[cadenceWord.toLowerCase()];
  if (!cadence) return fail({ code: 'cadence', typed: cadenceWord });
  const weekday = WEEKDAYS[dayWord.toLowerCase().replace(/\.$/, '')];
  if (!weekday) return fail({ code: 'day', typed: dayWord });
  const time = readTime(timeWord);
  if (!time) return fail({ code: 'time', typed: timeWord });
  return { ok: true, value: { cadence, weekday, time } };
}

function readTime(text: string): LocalTime | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text);
  if (!m) return null;
  const time = `${m[1]!.padStart(2, '0')}:${m[2]}`;
  return isLocalTime(time) ? time : null;
}

/**
 * Reads `/checkin pause until 2026-12-24` (the word "until" may be left out). The date is the last
 * day without check-ins; it must be today or later and at most a year ahead, so a forgotten pause
 * cannot silence someone for good.
 */
export function parsePauseUntil(text: string, today: LocalDate): CommandResult<LocalDate, PauseProblem> {
  const example = dayjs.utc(today).add(14, 'day').format('YYYY-MM-DD');
  const m = /^(?:until\s+)?(\S+)$/i.exec(text.trim());
  const date = m?.[1];
  if (!date || !isLocalDate(date)) return fail({ code: 'usage', example });
  if (date < today) return fail({ code: 'past', date, today, example });
  const latest = dayjs.utc(today).add(1, 'year').format('YYYY-MM-DD');
  if (date > latest) return fail({ code: 'tooLong', latest, example });
  return { ok: true, value: date };
}

function fail<T, E>(error: E): CommandResult<T, E> {
  return { ok: false, error };
}
