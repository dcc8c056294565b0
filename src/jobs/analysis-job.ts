import type { AppDeps } from '../app-deps.js';
import { memberSpeaker, teamSpeaker } from '../services/language-settings.js';
import { ANNOUNCE_CHANNEL } from '../services/settings-service.js';
import { analysisReplies } from '../slack/analysis-replies.js';
import { managersWithReports } from '../use-cases/team-pace.js';
import type { JobDefinition } from './job.js';
import { monthReviewJob } from './month-review-job.js';

/**
 * The month just ended, analysed: on the first working day of the month, 10:00 team time, the team
 * view goes to the announce channel (team language) and each manager gets their reports' view by DM
 * (their language).
 */
export function analysisJob(deps: AppDeps): JobDefinition {
  return monthReviewJob(deps, {
    name: 'analysis',
    description: "posts last month's analysis on the first working day (team view, and each manager's)",
    async review(ctx, month) {
      const team = teamSpeaker(deps);
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
  });
}
