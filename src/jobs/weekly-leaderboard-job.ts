import type { AppDeps } from '../app-deps.js';
import { parsePeriod, periodAt, periodOf } from '../domain/periods.js';
import { addDays } from '../domain/time.js';
import { teamSpeaker } from '../services/language-settings.js';
import { ANNOUNCE_CHANNEL, CURRENCY } from '../services/settings-service.js';
import { leaderboardView } from '../slack/views/leaderboard/leaderboard-view.js';
import { leaderboard } from '../use-cases/leaderboard.js';
import type { JobDefinition } from './job.js';

/** Every Friday 16:00 team time: the week's and the month-to-date leaderboard in the announce channel. */
export function weeklyLeaderboardJob(deps: AppDeps): JobDefinition {
  return {
    name: 'weekly-leaderboard',
    description: "the week's and month-to-date leaderboards in the announce channel",
    defaultSchedule: { kind: 'weekly', weekday: 5, time: '16:00' },
    periodKey: (firedAt, timezone) => periodAt('week', firedAt, timezone).key,
    async run(ctx) {
      const channel = deps.settings.get(ANNOUNCE_CHANNEL);
      if (!channel) {
        ctx.logger.warn('no announce channel set; nothing to post (set one with /pacer channel)');
        // Left open: once an admin sets a channel, `/pacer run` posts this week's boards.
        return {
          complete: false,
          summary: teamSpeaker(deps).t('summary.leaderboardNoChannel'),
        };
      }
      const week = parsePeriod(ctx.periodKey)!;
      // Month to date as of the week's Friday, so a week straddling two months shows the one it ends in.
      const month = periodOf('month', addDays(week.start, 4));
      const currency = deps.settings.get(CURRENCY);
      for (const [key, period] of [
        ['week', week],
        ['month', month],
      ] as const) {
        const view = leaderboardView(
          leaderboard(deps, { period, metric: 'revenue' }),
          currency,
          '',
          teamSpeaker(deps),
        );
        await ctx.deliver(key, { to: { channel }, message: view });
      }
      return { complete: true, summary: teamSpeaker(deps).t('summary.leaderboardPosted') };
    },
  };
}
