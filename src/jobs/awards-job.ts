import type { AppDeps } from '../app-deps.js';
import type { AwardPeriod } from '../domain/awards.js';
import {
  nextPeriod,
  type Period,
  parsePeriod,
  periodAt,
  periodLabel,
  periodOf,
  previousPeriod,
} from '../domain/periods.js';
import { addDays, instantAt } from '../domain/time.js';
import { ANNOUNCE_CHANNEL } from '../services/settings-service.js';
import { awardsView } from '../slack/views/awards/award-views.js';
import { awardRules, memberStats, settleAward } from '../use-cases/awards.js';
import type { JobDefinition } from './job.js';

const awardsCount = (n: number) => `${n} award${n === 1 ? '' : 's'}`;
const winnersCount = (n: number) => `${n} winner${n === 1 ? '' : 's'}`;

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
      const lines = [];
      const wins = new Map<string, string[]>();
      for (const [kind, period] of closed) {
        const forPeriod = rules.filter((r) => r.period === kind);
        if (forPeriod.length === 0) continue;
        const stats = memberStats(deps, period);
        for (const rule of forPeriod) {
          const result = settleAward(deps, rule, period, stats);
          lines.push({
            rule: { ...rule, name: `${rule.name} · ${periodLabel(period)}` },
            winners: result.winners,
            noWinnerReason: result.noWinnerReason,
          });
          for (const w of result.winners) {
            wins.set(w.memberId, [
              ...(wins.get(w.memberId) ?? []),
              `*${rule.name}* for ${periodLabel(period)} (${w.figureText})`,
            ]);
          }
        }
      }
      if (lines.length === 0) return { complete: true, summary: 'No award is enabled.' };
      const channel = deps.settings.get(ANNOUNCE_CHANNEL);
      if (channel) {
        const view = awardsView(
          `Awards · ${periodLabel(month)}`,
          lines,
          'goes to',
          'Criteria are the same for everyone: `/award rules`.',
        );
        await ctx.deliver('channel', { to: { channel }, message: view });
      } else ctx.logger.warn('no announce channel set: the announcement waits for `/pacer channel`');
      for (const [memberId, awards] of wins) {
        const text = `:trophy: Congratulations! You won ${awards.join(' and ')}.`;
        await ctx.deliver(memberId, { to: { user: memberId }, message: { text } });
      }
      // Results are stored already; the run stays open so the post goes out once a channel is set.
      if (!channel)
        return {
          complete: false,
          summary: `${awardsCount(lines.length)} decided, ${winnersCount(wins.size)} told; set an announce channel with \`/pacer channel #sales\` and \`/pacer run awards\` to announce them.`,
        };
      return {
        complete: true,
        summary: `${awardsCount(lines.length)} decided, ${winnersCount(wins.size)} told.`,
      };
    },
  };
}
