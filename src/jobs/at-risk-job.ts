import type { AppDeps } from '../app-deps.js';
import { parsePeriod, periodAt, periodOf } from '../domain/periods.js';
import { localDateAt } from '../domain/time.js';
import { memberSpeaker, teamSpeaker } from '../services/language-settings.js';
import { CURRENCY } from '../services/settings-service.js';
import { atRiskView } from '../slack/views/jobs/at-risk-view.js';
import { managersWithReports, reportsPace } from '../use-cases/team-pace.js';
import type { JobDefinition } from './job.js';

/**
 * Every Wednesday 10:00 team time: each manager hears which of their reports are behind the pace
 * needed for the month (playbook 2.3), with the gap, the pace now needed and their last check-in.
 * Once per ISO week per manager; a manager with nobody at risk gets nothing.
 */
export function atRiskJob(deps: AppDeps): JobDefinition {
  return {
    name: 'at-risk',
    description: "managers hear which reports are behind the month's pace",
    defaultSchedule: { kind: 'weekly', weekday: 3, time: '10:00' },
    periodKey: (firedAt, timezone) => periodAt('week', firedAt, timezone).key,
    async run(ctx) {
      const week = parsePeriod(ctx.periodKey)!;
      const now = localDateAt(deps.clock.now(), ctx.timezone);
      const today = [week.start, now, week.end].sort()[1]!; // now, kept within the week
      const month = periodOf('month', today);
      const currency = deps.settings.get(CURRENCY);
      let sent = 0;
      let calm = 0;
      for (const manager of managersWithReports(deps)) {
        const atRisk = reportsPace(deps, manager.userId, today, week).filter((r) => r.band === 'at risk');
        if (atRisk.length === 0) {
          calm++;
          continue;
        }
        const pages = atRiskView(month, currency, atRisk, memberSpeaker(deps, manager.userId));
        // A long alert comes in pages, each under its own key and each sent once.
        const results = await ctx.deliverAll(
          pages.map((page, i) => ({
            recipient: i === 0 ? manager.userId : `${manager.userId}#${i + 1}`,
            outgoing: { to: { user: manager.userId }, message: page },
          })),
        );
        if (results.includes('sent')) sent++;
      }
      return {
        complete: true,
        summary: teamSpeaker(deps).t('jobSummary.atRisk', { count: sent, calm }),
      };
    },
  };
}
