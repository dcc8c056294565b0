import { addDays, dayjs, instantAt, isLocalTime, isoWeekday, type LocalTime, localDateAt } from './time.js';

/** When a job fires, in the team's timezone. Admins change it from Slack, so it is data, not cron text. */
export type Schedule =
  | { kind: 'weekly'; weekday: number; time: LocalTime }
  | { kind: 'monthly'; day: number; time: LocalTime }
  | { kind: 'daily'; time: LocalTime }
  | { kind: 'every'; minutes: number };

export const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** `mon`, `Monday`, `thu`… → ISO weekday 1–7. */
export function parseWeekday(text: string): number | null {
  const t = text.trim().toLowerCase();
  if (t.length < 3) return null;
  const index = WEEKDAY_NAMES.findIndex((name) => name.startsWith(t));
  return index === -1 ? null : index + 1;
}

/**
 * A team's working week: `mon-fri`, `sun-thu` (ranges wrap past Sunday), `mon,tue,thu` or a mix.
 * ISO weekdays in week order, or what is wrong: nothing named, or a part (`typed`) that is no day.
 */
export function parseWorkingWeekdays(
  text: string,
):
  | { ok: true; days: number[] }
  | { ok: false; error: 'empty' }
  | { ok: false; error: 'badDay'; typed: string } {
  const days = new Set<number>();
  const parts = text
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
  if (parts.length === 0) return { ok: false, error: 'empty' };
  for (const part of parts) {
    const [from, to, ...extra] = part.split(/[-–]/);
    const first = parseWeekday(from ?? '');
    const last = to === undefined ? first : parseWeekday(to);
    if (first === null || last === null || extra.length > 0)
      return { ok: false, error: 'badDay', typed: part };
    for (let day = first; ; day = (day % 7) + 1) {
      days.add(day);
      if (day === last) break;
    }
  }
  return { ok: true, days: [...days].sort((a, b) => a - b) };
}

export function weekdayName(isoDay: number): string {
  const name = WEEKDAY_NAMES[isoDay - 1] ?? '?';
  return name.charAt(0).toUpperCase() + name.slice(1);
}

export function describeSchedule(s: Schedule): string {
  switch (s.kind) {
    case 'weekly':
      return `every ${weekdayName(s.weekday)} at ${s.time}`;
    case 'monthly':
      return `on day ${s.day} of every month at ${s.time}`;
    case 'daily':
      return `every day at ${s.time}`;
    case 'every':
      return `every ${s.minutes} minutes`;
  }
}

/** node-cron expression (minute hour day month weekday), read in the team timezone by node-cron itself. */
export function toCron(s: Schedule): string {
  if (s.kind === 'every') return `*/${s.minutes} * * * *`;
  const [hh, mm] = s.time.split(':').map(Number);
  switch (s.kind) {
    case 'weekly':
      return `${mm} ${hh} * * ${s.weekday % 7}`;
    case 'monthly':
      return `${mm} ${hh} ${s.day} * *`;
    case 'daily':
      return `${mm} ${hh} * * *`;
  }
}

export function isValidSchedule(s: Schedule): boolean {
  switch (s.kind) {
    case 'weekly':
      return Number.isInteger(s.weekday) && s.weekday >= 1 && s.weekday <= 7 && isLocalTime(s.time);
    case 'monthly':
      return Number.isInteger(s.day) && s.day >= 1 && s.day <= 28 && isLocalTime(s.time);
    case 'daily':
      return isLocalTime(s.time);
    case 'every':
      return Number.isInteger(s.minutes) && s.minutes >= 1 && s.minutes <= 60 && 60 % s.minutes === 0;
  }
}

/**
 * The latest time the schedule fired at or before `now`, looking back at most 40 days.
 * Used to catch up runs missed while the bot was down.
 */
export function lastOccurrence(s: Schedule, now: Date, tz: string): Date | null {
  if (s.kind === 'every') {
    const step = s.minutes * 60_000;
    return new Date(Math.floor(now.getTime() / step) * step);
  }
  const today = localDateAt(now, tz);
  for (let back = 0; back <= 40; back++) {
    const date = addDays(today, -back);
    if (s.kind === 'weekly' && isoWeekday(date) !== s.weekday) continue;
    if (s.kind === 'monthly' && dayjs.utc(date).date() !== s.day) continue;
    const at = instantAt(date, s.time, tz);
    if (at.getTime() <= now.getTime()) return at;
  }
  return null;
}
