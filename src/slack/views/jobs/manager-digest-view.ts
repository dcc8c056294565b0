import type { KnownBlock } from '@slack/types';
import type { Period } from '../../../domain/periods.js';
import type { Speaker } from '../../../i18n/translator.js';
import type { ReportPace } from '../../../use-cases/team-pace.js';
import { context, fitReply, header, type Reply, sections } from '../blocks.js';
import { pageMarker, paginate, SLACK, truncatePlain } from '../fit.js';
import { bandText } from '../home/home-view.js';
import { progressLine } from '../targets/target-views.js';

/** The Monday DM to one manager: each report's week target, last week, month pace, at-risk flags. */
export function managerDigestView(
  week: Period,
  currency: string,
  reports: readonly ReportPace[],
  say: Speaker,
  /** The uploaded chart of the reports' month, shown under the first page's header; null without one. */
  chart: { fileId: string; altText: string } | null = null,
): Reply[] {
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
  const pages = paged(
    header(say.t('managerDigest.header', { week: say.period(week) })),
    summary,
    entries,
    say.t('managerDigest.footer'),
  );
  const first = pages[0];
  // Under the header of the first page, when the page has room for one more block.
  if (chart && first?.blocks && first.blocks.length < SLACK.messageBlocks) {
    const image: KnownBlock = {
      type: 'image',
      slack_file: { id: chart.fileId },
      alt_text: truncatePlain(chart.altText, 2_000),
    };
    first.blocks.splice(1, 0, image);
  }
  return pages;
}

/**
 * A header, a summary and one section per entry, in as many messages as they need, each marked
 * (1/3), (2/3)… and each delivered under its own key: nothing about a report is cut for a big team.
 */
export function paged(
  head: KnownBlock,
  summary: string,
  entries: readonly string[],
  footer: string,
): Reply[] {
  const pages = paginate([...sections(summary), ...sections(entries)], 2, SLACK.messageBlocks);
  const title = (head as { text: { text: string } }).text.text;
  return pages.map((page, i) => {
    const marker = pageMarker(i, pages.length);
    const blocks: KnownBlock[] = [header(`${title}${marker}`), ...page, context(footer)];
    return fitReply(`${title}${marker}: ${summary}`, blocks, SLACK.fallbackText);
  });
}
