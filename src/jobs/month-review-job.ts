import type { AppDeps } from '../app-deps.js';
import { firstWorkingDayOf } from '../domain/checkins/first-working-day.js';
import { nextPeriod, type Period, parsePeriod, periodAt, previousPeriod } from '../domain/periods.js';
import { type LocalDate, localDateAt } from '../domain/time.js';
import { teamSpeaker } from '../services/language-settings.js';
import { holidaysOf, scheduleOf } from '../use-cases/checkins.js';
import { endOfMonthAfter } from './awards-job.js';
import type { JobContext, JobDefinition, JobOutcome } from './job.js';

/** A job about the month just ended that runs on the next month's first working day. */
export interface MonthReview {
  name: string;
  description: string;
  /** The review of `month`, on or after its first working day (`today`, team time). */
  review(ctx: JobContext, month: Period, today: LocalDate): Promise<JobOutcome>;
}

/**
 * The month just ended, reviewed on the first working day of the next (team calendar: working days
 * and holidays), 10:00 team time by default. It ticks every day and waits, run open, through the
 * weekend and the holidays that start a month; once done, later ticks of the month find the run
 * done. `/pacer run` reviews at once. The managers' feedback prompts and the analysis share this.
 */
export function monthReviewJob(deps: AppDeps, job: MonthReview): JobDefinition {
  return {
    name: job.name,
    description: job.description,
    defaultSchedule: { kind: 'daily', time: '10:00' },
    periodKey: (firedAt, timezone) => previousPeriod(periodAt('month', firedAt, timezone)).key,
    deliverUntil: (periodKey, timezone) => endOfMonthAfter(periodKey, timezone),
    async run(ctx) {
      const month = parsePeriod(ctx.periodKey)!;
      const today = localDateAt(deps.clock.now(), ctx.timezone);
      const firstWorkingDay = firstWorkingDayOf(nextPeriod(month).key, scheduleOf(deps), holidaysOf(deps));
      if (ctx.trigger !== 'manual' && today < firstWorkingDay) {
        const team = teamSpeaker(deps);
        return {
          complete: false,
          summary: team.t('jobSummary.firstWorkingDayWaiting', { date: team.date(firstWorkingDay) }),
        };
      }
      return job.review(ctx, month, today);
    },
  };
}
