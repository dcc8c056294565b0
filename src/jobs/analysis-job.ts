import type { AppDeps } from '../app-deps.js';
import { workingDayOnOrAfter } from '../domain/checkins/schedule.js';
import { nextPeriod, parsePeriod, periodAt, previousPeriod } from '../domain/periods.js';
import { localDateAt } from '../domain/time.js';
import { memberSpeaker, teamSpeaker } from '../services/language-settings.js';
import { ANNOUNCE_CHANNEL } from '../services/settings-service.js';
import { analysisReplies } from '../slack/analysis-replies.js';
import { holidaysOf, scheduleOf } from '../use-cases/checkins.js';
import { managersWithReports } from '../use-cases/team-pace.js';
import { endOfMonthAfter } from './awards-job.js';
import type { JobDefinition } from './job.js';

/**
 * The month just ended, analysed: on the first working day of the month, 10:00 team time, the team
 * view goes to the announce channel (team language) and each manager gets their reports' view by DM
 * (their language). It ticks every day at 10:00 and waits, run open, through the weekend and the
 * holidays that start a month; once sent, later ticks of the month find the run done.
 */
export function analysisJob(deps: AppDeps): JobDefinition {
  return {
    name: 'analysis',
    description: "posts last month's analysis on the first working day (team view, and each manager's)",
    defaultSchedule: { kind: 'daily', time: '10:00' },
    periodKey: (firedAt, timezone) => previousPeriod(periodAt('month', firedAt, timezone)).key,
    deliverUntil: (periodKey, timezone) => endOfMonthAfter(periodKey, timezone),
    async run(ctx) {
      const month = parsePeriod(ctx.periodKey)!;
      const today = localDateAt(deps.clock.now(), ctx.timezone);
      // The same first working day as the managers' feedback prompts (weekends and team holidays skipped).
      const firstWorkingDay = workingDayOnOrAfter(
        nextPeriod(month).start,
        scheduleOf(deps),
        holidaysOf(deps),
      );
      const team = teamSpeaker(deps);
      // `/pacer run analysis` runs it now; the schedule waits for the month's first working day.
      if (ctx.trigger !== 'manual' && today < firstWorkingDay)
        return { complete: false, summary: team.t('analysis.waiting', { date: team.date(firstWorkingDay) }) };
      const channel = deps.settings.get(ANNOUNCE_CHANNEL);
      if (channel) {
        const pages = await analysisReplies(deps, month, { kind: 'team' }, {}, team, ctx.logger);
        await ctx.deliverAll(
          pages.map((page, i) => ({
            recipient: i === 0 ? 'channel' : `channel#${i + 1}`,
            outgoing: { to: { channel }, message: page },
          })),
        );
      } else ctx.logger.warn('no announce channel set: the team analysis waits for `/pacer channel`');
      let managers = 0;
      for (const manager of managersWithReports(deps)) {
        const say = memberSpeaker(deps, manager.userId);
        const audience = { kind: 'manager' as const, managerId: manager.userId };
        // One manager's failure (or a chart's) is theirs alone: the others still hear.
        const pages = await analysisReplies(deps, month, audience, {}, say, ctx.logger);
        const results = await ctx.deliverAll(
          pages.map((page, i) => ({
            recipient: i === 0 ? manager.userId : `${manager.userId}#${i + 1}`,
            outgoing: { to: { user: manager.userId }, message: page },
          })),
        );
        if (results.some((r) => r === 'sent' || r === 'already-sent')) managers++;
      }
      const summary = team.t('analysis.summary', { posted: channel ? 'yes' : 'no', count: managers });
      return { complete: channel !== null, summary };
    },
  };
}
