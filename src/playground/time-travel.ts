import type { ManualClock } from '../clock.js';
import { addDays, dayjs, instantAt, isoWeekday, localDateAt } from '../domain/time.js';
import type { Scheduler } from '../jobs/scheduler.js';
import type { Logger } from '../logger.js';
import { occurrencesBetween } from './occurrences.js';

export type TravelTarget =
  | { to: 'next-weekday'; weekday: number; time: string; timezone: string }
  | { to: 'first-of-next-month'; time: string; timezone: string }
  | { to: 'plus'; minutes: number };

/** Longest jump: a month and a bit, so a click never means tens of thousands of ticks. */
export const MAX_JUMP_DAYS = 40;

/** The next moment after `now` that is `weekday` `time` in `timezone` (ISO weekday, HH:MM). */
export function nextWeekdayAt(now: Date, weekday: number, time: string, timezone: string): Date {
  let date = localDateAt(now, timezone);
  for (let i = 0; i < 15; i++, date = addDays(date, 1)) {
    if (isoWeekday(date) !== weekday) continue;
    const at = instantAt(date, time, timezone);
    if (at.getTime() > now.getTime()) return at;
  }
  throw new Error('no such weekday within two weeks');
}

export function firstOfNextMonthAt(now: Date, time: string, timezone: string): Date {
  const first = dayjs.utc(localDateAt(now, timezone)).startOf('month').add(1, 'month').format('YYYY-MM-DD');
  return instantAt(first, time, timezone);
}

export function resolveTarget(now: Date, target: TravelTarget): Date {
  switch (target.to) {
    case 'next-weekday':
      return nextWeekdayAt(now, target.weekday, target.time, target.timezone);
    case 'first-of-next-month':
      return firstOfNextMonthAt(now, target.time, target.timezone);
    case 'plus':
      return new Date(now.getTime() + target.minutes * 60_000);
  }
}

export interface TravelLeg {
  at: string;
  job: string;
  statuses: string[];
}

/**
 * Moves the injected clock forward to `to`, stopping at every moment a job's schedule falls on
 * and ticking that job there, in time order, as cron would have done while the time passed.
 */
export async function travel(
  clock: ManualClock,
  scheduler: Scheduler,
  timezone: () => string,
  to: Date,
  logger: Logger,
): Promise<TravelLeg[]> {
  const from = clock.now();
  if (to.getTime() <= from.getTime()) throw new Error('time only moves forward in the playground');
  if (to.getTime() - from.getTime() > MAX_JUMP_DAYS * 86_400_000) {
    throw new Error(`jump at most ${MAX_JUMP_DAYS} days at a time`);
  }
  const tz = timezone();
  const ticks = scheduler.jobs
    .flatMap((job, order) =>
      occurrencesBetween(scheduler.scheduleOf(job), from, to, tz).map((at) => ({ at, job: job.name, order })),
    )
    .sort((a, b) => a.at.getTime() - b.at.getTime() || a.order - b.order);
  const legs: TravelLeg[] = [];
  for (const tick of ticks) {
    clock.set(tick.at);
    const results = await scheduler.tick(tick.job, tick.at);
    // A fan-out (check-ins) stays 'incomplete' while it sends; it counts when it sent something.
    const worked = results.filter(
      (r) =>
        r.status === 'ran' ||
        r.status === 'failed' ||
        (r.status === 'incomplete' && r.summary !== undefined && /^[1-9]/.test(r.summary)),
    );
    logger.debug(`tick ${tick.at.toISOString()} ${tick.job}: ${JSON.stringify(results)}`);
    if (worked.length === 0) continue;
    const statuses = worked.map(
      (r) => `${r.periodKey} ${r.status}${r.summary ? `: ${r.summary}` : ''}${r.error ? `: ${r.error}` : ''}`,
    );
    legs.push({ at: tick.at.toISOString(), job: tick.job, statuses });
    logger.info(`time travel ${tick.at.toISOString()} ${tick.job}: ${statuses.join('; ')}`);
  }
  clock.set(to);
  return legs;
}
