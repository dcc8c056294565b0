import { dayjs, isLocalDate, isLocalTime, type LocalDate, type LocalTime } from '../time.js';
import type { CheckinCadence } from './schedule.js';

export type CommandResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: string };

export interface ScheduleCommand {
  readonly cadence: CheckinCadence;
  readonly weekday: number;
  readonly time: LocalTime;
}

const SCHEDULE_EXAMPLE = '`/checkin schedule weekly thursday 15:00`';
const SCHEDULE_USAGE = `Usage: \`/checkin schedule <weekly|biweekly|monthly> <day> <HH:MM>\`, e.g. ${SCHEDULE_EXAMPLE}.`;

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
export function parseCheckinScheduleCommand(text: string): CommandResult<ScheduleCommand> {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words[0]?.toLowerCase() === 'schedule') words.shift();
  const [cadenceWord, dayWord, timeWord, ...rest] = words;
  if (!cadenceWord || !dayWord || !timeWord || rest.length > 0) return fail(SCHEDULE_USAGE);

  const cadence = CADENCES[cadenceWord.toLowerCase()];
  if (!cadence) {
    return fail(`"${cadenceWord}" is not a cadence: use weekly, biweekly or monthly. ${SCHEDULE_USAGE}`);
  }
  const weekday = WEEKDAYS[dayWord.toLowerCase().replace(/\.$/, '')];
  if (!weekday)
    return fail(`"${dayWord}" is not a day: use a name such as thu or thursday. ${SCHEDULE_USAGE}`);
  const time = readTime(timeWord);
  if (!time) return fail(`"${timeWord}" is not a time: use 24-hour HH:MM such as 09:30. ${SCHEDULE_USAGE}`);
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
export function parsePauseUntil(text: string, today: LocalDate): CommandResult<LocalDate> {
  const example = `e.g. \`/checkin pause until ${dayjs.utc(today).add(14, 'day').format('YYYY-MM-DD')}\``;
  const m = /^(?:until\s+)?(\S+)$/i.exec(text.trim());
  const date = m?.[1];
  if (!date || !isLocalDate(date)) return fail(`Usage: \`/checkin pause until YYYY-MM-DD\`, ${example}.`);
  if (date < today) return fail(`${date} has already passed: pick today (${today}) or later, ${example}.`);
  const latest = dayjs.utc(today).add(1, 'year').format('YYYY-MM-DD');
  if (date > latest) return fail(`A pause can last at most a year: pick a date up to ${latest}, ${example}.`);
  return { ok: true, value: date };
}

function fail<T>(error: string): CommandResult<T> {
  return { ok: false, error };
}
