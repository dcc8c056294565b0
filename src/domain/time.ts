import dayjs from 'dayjs';
import isoWeek from 'dayjs/plugin/isoWeek.js';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.extend(isoWeek);

/** The one configured dayjs; every module that needs calendar maths imports it from here. */
export { dayjs };

/** A calendar date with no time or zone, `YYYY-MM-DD`. Compares correctly as a string. */
export type LocalDate = string;

/** `HH:MM`, 24-hour. */
export type LocalTime = string;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isLocalDate(text: string): boolean {
  const m = LOCAL_DATE.exec(text);
  if (!m) return false;
  const d = dayjs.utc(text, 'YYYY-MM-DD');
  return d.isValid() && d.format('YYYY-MM-DD') === text;
}

export function isLocalTime(text: string): boolean {
  return LOCAL_TIME.test(text);
}

export function isValidTimezone(tz: string): boolean {
  if (!tz) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

// Building an Intl formatter is the slow part of zone maths (dayjs.tz builds one per call), so
// each timezone's formatter is made once.
const wallClocks = new Map<string, Intl.DateTimeFormat>();

// The wall clock changes once a minute: remember the last answers (bounded) per zone and minute.
const recentMinutes = new Map<string, Record<string, string>>();

function wallClock(instant: Date, tz: string): Record<string, string> {
  const key = `${tz}|${Math.floor(instant.getTime() / 60_000)}`;
  const recent = recentMinutes.get(key);
  if (recent) return recent;
  const parts = formatWallClock(instant, tz);
  if (recentMinutes.size >= 1_000) recentMinutes.clear();
  recentMinutes.set(key, parts);
  return parts;
}

function formatWallClock(instant: Date, tz: string): Record<string, string> {
  let format = wallClocks.get(tz);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    wallClocks.set(tz, format);
  }
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(instant)) parts[part.type] = part.value;
  return parts;
}

/** The date it is in `tz` at `instant`. */
export function localDateAt(instant: Date, tz: string): LocalDate {
  const p = wallClock(instant, tz);
  return `${p.year}-${p.month}-${p.day}`;
}

/** The local time of day in `tz` at `instant`, `HH:MM`. */
export function localTimeAt(instant: Date, tz: string): LocalTime {
  const p = wallClock(instant, tz);
  return `${p.hour}:${p.minute}`;
}

/**
 * The instant at which the wall clock in `tz` shows `date time`. A time skipped by a DST jump
 * resolves to the same offset after the jump (02:30 on a spring-forward day is 03:30), as Slack and
 * calendar apps do.
 */
export function instantAt(date: LocalDate, time: LocalTime, tz: string): Date {
  return dayjs.tz(`${date} ${time}`, 'YYYY-MM-DD HH:mm', tz).toDate();
}

// Calendar-date arithmetic runs for every day of every target, so it uses Date.UTC, not dayjs.
const MS_PER_DAY = 86_400_000;
const toUtcMs = (date: LocalDate) =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
const fromUtcMs = (ms: number): LocalDate => new Date(ms).toISOString().slice(0, 10);

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromUtcMs(toUtcMs(date) + days * MS_PER_DAY);
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(date: LocalDate): number {
  return new Date(toUtcMs(date)).getUTCDay() || 7;
}

export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / MS_PER_DAY);
}

/** Every date from `start` to `end`, both included. */
export function datesInRange(start: LocalDate, end: LocalDate): LocalDate[] {
  const out: LocalDate[] = [];
  const last = toUtcMs(end);
  for (let ms = toUtcMs(start); ms <= last; ms += MS_PER_DAY) out.push(fromUtcMs(ms));
  return out;
}
