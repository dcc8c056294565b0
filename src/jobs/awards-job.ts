import type { AppDeps } from '../app-deps.js';
import type { AwardFigure, AwardId, AwardPeriod } from '../domain/awards.js';
import {
  nextPeriod,
  type Period,
  parsePeriod,
  periodAt,
  periodOf,
  previousPeriod,
} from '../domain/periods.js';
import { addDays, instantAt } from '../domain/time.js';
import { memberSpeaker, teamSpeaker } from '../services/language-settings.js';
import { ANNOUNCE_CHANNEL, CURRENCY } from '../services/settings-service.js';
import { type AwardLine, awardName, awardsView, winnerDm } from '../slack/views/awards/award-views.js';
import { awardRules, memberStats, settleAward } from '../use-cases/awards.js';
import type { JobDefinition } from './job.js';

/** The end of the month after `monthKey` (team time): how long a look back at that month is delivered. */
export function endOfMonthAfter(monthKey: string, timezone: string): Date {
  const month = parsePeriod(monthKey);
  if (!month) return new Date(0);
  return instantAt(addDays(nextPeriod(month).end, 1), '00:00', timezone);
}

/**
 * On the 1st of each month, 09:30 team time: last month's awards, and the quarter's and year's when
 * last month closed them. Results are stored before anything is posted, so a resumed run announces
 * exactly what was decided.
 */
export function awardsJob(deps: AppDeps): JobDefinition {
  return {
    name: 'awards',
    description: "announces last month's (and quarter's, year's) award winners and DMs them",
    defaultSchedule: { kind: 'monthly', day: 1, time: '09:30' },
    periodKey: (firedAt, timezone) => previousPeriod(periodAt('month', firedAt, timezone)).key,
    // The key is the month awarded; its announcement goes out (and is retried) during the next one.
    deliverUntil: (periodKey, timezone) => endOfMonthAfter(periodKey, timezone),
    async run(ctx) {
      const month = parsePeriod(ctx.periodKey)!;
      const closed: Array<[AwardPeriod, Period]> = [['month', month]];
      const quarter = periodOf('quarter', month.start);
      if (quarter.end === month.end) closed.push(['quarter', quarter]);
      const year = periodOf('year', month.start);
      if (year.end === month.end) closed.push(['year', year]);

      const rules = awardRules(deps).filter((r) => r.enabled);
      const currency = deps.settings.get(CURRENCY);
      // The channel reads the team's language; each winner's DM their own; admins the team's.
      const team = teamSpeaker(deps);
      const lines: AwardLine[] = [];
      const wins = new Map<string, Array<{ id: AwardId; period: Period; figure: AwardFigure }>>();
      for (const [kind, period] of closed) {
        const forPeriod = rules.filter((r) => r.period === kind);
        if (forPeriod.length === 0) continue;
        const stats = memberStats(deps, period);
        for (const rule of forPeriod) {
          const result = settleAward(deps, rule, period, stats);
          lines.push({
            rule,
            title: team.t('award.inPeriod', { name: awardName(rule.id, team), period: team.period(period) }),
            winners: result.winners.map((w) => ({
              memberId: w.memberId,
              ...(w.detail ? { figure: w.detail } : { figureText: w.figureText ?? '' }),
            })),
            noWinnerReason: result.noWinnerReason,
          });
          for (const w of result.winners) {
            if (!w.detail) continue; // decided by an older Pacer: its winners were told then
            wins.set(w.memberId, [
              ...(wins.get(w.memberId) ?? []),
              { id: rule.id, period, figure: w.detail },
            ]);
          }
        }
      }
      if (lines.length === 0) return { complete: true, summary: team.t('award.noneEnabled') };
      const channel = deps.settings.get(ANNOUNCE_CHANNEL);
      if (channel) {
        const view = awardsView(
          team.t('award.announceTitle', { period: team.period(month) }),
          lines,
          'goes',
          currency,
          team,
          team.t('award.announceFooter'),
        );
        await ctx.deliver('channel', { to: { channel }, message: view });
      } else ctx.logger.warn('no announce channel set: the announcement waits for `/pacer channel`');
      for (const [memberId, awards] of wins) {
        const say = memberSpeaker(deps, memberId);
        const text = winnerDm(
          awards.map((a) => ({ id: a.id, period: say.period(a.period), figure: a.figure })),
          currency,
          say,
        );
        await ctx.deliver(memberId, { to: { user: memberId }, message: { text } });
      }
      const counts = { awards: lines.length, winners: wins.size };
      // Results are stored already; the run stays open so the post goes out once a channel is set.
      if (!channel) return { complete: false, summary: team.t('award.summaryNoChannel', counts) };
      return { complete: true, summary: team.t('award.summary', counts) };
    },
  };
}
