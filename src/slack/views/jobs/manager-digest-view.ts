import type { KnownBlock } from '@slack/types';
import type { Period } from '../../../domain/periods.js';
import type { Speaker } from '../../../i18n/translator.js';
import type { ReportPace } from '../../../use-cases/team-pace.js';
import { context, fitReply, header, type Reply, sections } from '../blocks.js';
import { bandText } from '../home/home-view.js';
import { progressLine } from '../targets/target-views.js';

/** The Monday DM to one manager: each report's week target, last week, month pace, at-risk flags. */
export function managerDigestView(
  week: Period,
  currency: string,
  reports: readonly ReportPace[],
  say: Speaker,
): Reply {
  const money = (c: number) => say.money(c, currency);
  const atRisk = reports.filter((r) => r.band === 'at risk').length;
  const summary = atRisk
    ? say.t('managerDigest.atRiskCount', { count: atRisk })
    : say.t('managerDigest.noneAtRisk');
  const entries = reports.map((r) => {
    const lines = [
      say.t('managerDigest.member', {
        member: r.memberId,
        status: r.band ? bandText(r.band, say) : say.t('managerDigest.noWeekTarget'),
      }),
    ];
    lines.push(
      !r.week
        ? say.t('managerDigest.noWeekTarget')
        : r.week.target.stretch
          ? say.t('managerDigest.weekStretch', {
              amount: money(r.week.target.amount),
              stretch: money(r.week.target.stretch),
            })
          : say.t('managerDigest.week', { amount: money(r.week.target.amount) }),
    );
    lines.push(
      r.lastWeek
        ? say.t('managerDigest.lastWeek', {
            actual: money(r.lastWeek.actual),
            target: money(r.lastWeek.target.amount),
            percent: Math.floor(r.lastWeek.pace.percentOfTargetBp / 100),
          })
        : say.t('managerDigest.lastWeekNone'),
    );
    lines.push(
      r.month
        ? progressLine(say.t('managerDigest.month'), r.month, currency, say)
        : say.t('managerDigest.noMonthTarget', { actual: money(r.monthActual) }),
    );
    return lines.join('\n');
  });
  const blocks: KnownBlock[] = [
    header(say.t('managerDigest.header', { week: say.period(week) })),
    ...sections(summary),
    ...sections(entries),
    context(say.t('managerDigest.footer')),
  ];
  return fitReply([summary, ...entries].join('\n\n'), blocks);
}
