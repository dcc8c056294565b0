import type { Schedule } from '../domain/schedule.js';
import { addDays, dayjs, instantAt, isoWeekday, localDateAt } from '../domain/time.js';

/**
 * Every moment `schedule` fires in (from, to], in order, read in `tz` as node-cron would. The
 * playground's time travel ticks each of them, so a jump of a week runs what a week would have run.
 */
export function occurrencesBetween(schedule: Schedule, from: Date, to: Date, tz: string): Date[] {
  const start = from.getTime();
  const end = to.getTime();
  if (end <= start) return [];
  if (schedule.kind === 'every') {
    const step = schedule.minutes * 60_000;
    const out: Date[] = [];
    for (let t = Math.floor(start / step) * step + step; t <= end; t += step) out.push(new Date(t));
    return out;
  }
  const out: Date[] = [];
  const last = localDateAt(to, tz);
  for (let date = localDateAt(from, tz); date <= last; date = addDays(date, 1)) {
    if (schedule.kind === 'weekly' && isoWeekday(date) !== schedule.weekday) continue;
    if (schedule.kind === 'monthly' && dayjs.utc(date).date() !== schedule.day) continue;
    const at = instantAt(date, schedule.time, tz);
    if (at.getTime() > start && at.getTime() <= end) out.push(at);
  }
  return out;
}
