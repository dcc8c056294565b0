import type { AppDeps } from '../app-deps.js';
import type { TargetScope } from '../domain/entities/target.js';
import { type Period, parsePeriod, periodAt, periodOf, previousPeriod } from '../domain/periods.js';
import { localDateAt } from '../domain/time.js';
import { REMINDER_DMS } from '../services/calendar-settings.js';
import { memberSpeaker, teamSpeaker } from '../services/language-settings.js';
import { ANNOUNCE_CHANNEL, CURRENCY } from '../services/settings-service.js';
import { managerDigestView } from '../slack/views/jobs/manager-digest-view.js';
import { weeklyReminderDm, weeklyReminderView } from '../slack/views/jobs/weekly-reminder-view.js';
import { type Progress, progressFor } from '../use-cases/targets.js';
import { managersWithReports, reportsPace } from '../use-cases/team-pace.js';
import type { JobDefinition } from './job.js';
import { managerDigestChart } from './manager-digest-chart.js';

/** Every Monday 09:00 team time: the team's week in the announce channel, and each rep's number by DM. */
export function weeklyReminderJob(deps: AppDeps): JobDefinition {
  return {
    name: 'weekly-reminder',
    description: "this week's targets and the pace needed, in the channel and by DM",
    defaultSchedule: { kind: 'weekly', weekday: 1, time: '09:00' },
    periodKey: (firedAt, timezone) => periodAt('week', firedAt, timezone).key,
    async run(ctx) {
      const week = parsePeriod(ctx.periodKey)!;
      // Pace counts from the day it is posted: a catch-up or `/pacer run` on Wednesday spreads what is
      // still to go over Wednesday to Friday, as the sales already in are counted too.
      const now = localDateAt(deps.clock.now(), ctx.timezone);
      const today = [week.start, now, week.end].sort()[1]!; // now, kept within the week
      const currency = deps.settings.get(CURRENCY);
      const at = (scope: TargetScope, period: Period): Progress | null =>
        progressFor(deps, scope, period, today);
      const team: TargetScope = { kind: 'team', id: '' };
      const month = periodOf('month', today);
      const quarter = periodOf('quarter', today);
      const lastWeek = previousPeriod(week);
      const slices = (kind: 'region' | 'product') =>
        (kind === 'region' ? deps.regions : deps.products).list().flatMap((entry) => {
          const progress = at({ kind, id: String(entry.id) }, month);
          return progress ? [{ name: entry.name, progress }] : [];
        });

      let posted = 0;
      const channel = deps.settings.get(ANNOUNCE_CHANNEL);
      if (channel) {
        const view = weeklyReminderView(
          {
            week,
            currency,
            thisWeek: at(team, week),
            lastWeek: { period: lastWeek, progress: at(team, lastWeek) },
            month: { period: month, progress: at(team, month) },
            quarter: { period: quarter, progress: at(team, quarter) },
            regions: slices('region'),
            products: slices('product'),
          },
          teamSpeaker(deps),
        );
        const result = await ctx.deliver('channel', { to: { channel }, message: view });
        if (result === 'sent' || result === 'already-sent') posted++;
      } else {
        ctx.logger.warn('no announce channel set; the team post was skipped (set one with /pacer channel)');
      }

      let dms = 0;
      if (deps.settings.get(REMINDER_DMS)) {
        const items = deps.members.active().flatMap((member) => {
          const scope: TargetScope = { kind: 'member', id: member.userId };
          const thisWeek = at(scope, week);
          if (!thisWeek) return [];
          const dm = weeklyReminderDm(
            week,
            currency,
            thisWeek,
            at(scope, lastWeek),
            at(scope, month),
            memberSpeaker(deps, member.userId),
          );
          return [{ recipient: member.userId, outgoing: { to: { user: member.userId }, message: dm } }];
        });
        dms = (await ctx.deliverAll(items)).filter((result) => result === 'sent').length;
      }
      // Each manager's digest of their reports: its own delivery key (`manager:<id>`), so a manager
      // who also sells gets their own DM and the digest, each once per week.
      for (const manager of managersWithReports(deps)) {
        const reports = reportsPace(deps, manager.userId, today, week);
        if (reports.length === 0) continue;
        const say = memberSpeaker(deps, manager.userId);
        const chart = await managerDigestChart(
          deps,
          ctx.logger,
          { managerId: manager.userId, month, currency, reports },
          say,
        );
        const pages = managerDigestView(week, currency, reports, say, chart);
        // Each page its own key, so each arrives exactly once (the first keeps the plain key).
        await ctx.deliverAll(
          pages.map((page, i) => ({
            recipient: `manager:${manager.userId}${i === 0 ? '' : `#${i + 1}`}`,
            outgoing: { to: { user: manager.userId }, message: page },
          })),
        );
      }
      // Without a channel the run stays open: once one is set, `/pacer run` posts it (DMs are not repeated).
      return {
        complete: Boolean(channel),
        summary: teamSpeaker(deps).t('summary.reminder', { posted: posted ? 'yes' : 'no', dms }),
      };
    },
  };
}
