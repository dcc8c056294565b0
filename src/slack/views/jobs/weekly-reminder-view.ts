import type { KnownBlock } from '@slack/types';
import { formatMoney } from '../../../domain/money.js';
import { type Period, periodLabel } from '../../../domain/periods.js';
import type { Progress } from '../../../use-cases/targets.js';
import { escapeMrkdwn } from '../../mrkdwn.js';
import { context, divider, fitReply, header, type Reply, section, sections } from '../blocks.js';
import { listWithMore, truncateMrkdwn } from '../fit.js';

/** Room for the region lines, and for the product lines, in the public post (then "and N more"). */
const SLICES_MAX = 3_500;
/** A region's or product's name, escaped, is cut to this in the post. */
const NAME_MAX = 200;

import { progressLine } from '../targets/target-views.js';

export interface SliceProgress {
  name: string;
  progress: Progress;
}

export interface WeeklyReminderContent {
  week: Period;
  currency: string;
  thisWeek: Progress | null;
  lastWeek: { period: Period; progress: Progress | null };
  month: { period: Period; progress: Progress | null };
  quarter: { period: Period; progress: Progress | null };
  regions: SliceProgress[];
  products: SliceProgress[];
}

function lastWeekLine(content: WeeklyReminderContent): string {
  const { period, progress } = content.lastWeek;
  if (!progress) return `*Last week* (${periodLabel(period)}): no target.`;
  const money = (c: number) => formatMoney(c, content.currency);
  const pct = Math.floor(progress.pace.percentOfTargetBp / 100);
  const verdict = progress.actual >= progress.target.amount ? ':white_check_mark: hit' : ':x: missed';
  return `*Last week* (${periodLabel(period)}): ${money(progress.actual)} of ${money(progress.target.amount)} — ${pct}%, ${verdict}`;
}

/** The Monday post in the announce channel. */
export function weeklyReminderView(content: WeeklyReminderContent): Reply {
  const money = (c: number) => formatMoney(c, content.currency);
  const weekText = content.thisWeek
    ? `*This week's team target:* ${money(content.thisWeek.target.amount)}` +
      (content.thisWeek.target.stretch ? ` (stretch ${money(content.thisWeek.target.stretch)})` : '')
    : '*This week:* no team target yet — an admin can set one with `/target set team 2026 12,000,000`.';
  const blocks: KnownBlock[] = [
    header(`Weekly targets · ${periodLabel(content.week)}`),
    section(weekText),
    section(lastWeekLine(content)),
  ];
  const lines = [weekText, lastWeekLine(content)];
  for (const [title, slot] of [
    ['Month to date', content.month],
    ['Quarter to date', content.quarter],
  ] as const) {
    if (!slot.progress) continue;
    const line = progressLine(`${title} (${periodLabel(slot.period)})`, slot.progress, content.currency);
    blocks.push(section(line));
    lines.push(line);
  }
  for (const [title, slices, scope] of [
    ['By region', content.regions, 'region'],
    ['By product line', content.products, 'product'],
  ] as const) {
    if (slices.length === 0) continue;
    const items = slices.map(
      (s) =>
        `• ${truncateMrkdwn(escapeMrkdwn(s.name), NAME_MAX)}: ${money(s.progress.actual)} of ${money(s.progress.target.amount)} · ${s.progress.pace.status}${s.progress.pace.atRisk ? ' · *at risk*' : ''}`,
    );
    const list = listWithMore(
      items,
      SLICES_MAX,
      '\n',
      (n) => `\n_… and ${n} more: \`/target ${scope}:<name>\`_`,
    );
    const text = `*${title}* (this month)\n${list}`;
    blocks.push(divider(), ...sections(text));
    lines.push(text);
  }
  blocks.push(context('See yours any time with `/target`.'));
  return fitReply(lines.join('\n'), blocks);
}

/** The DM each rep with a target gets. */
export function weeklyReminderDm(
  week: Period,
  currency: string,
  thisWeek: Progress,
  lastWeek: Progress | null,
  month: Progress | null,
): Reply {
  const money = (c: number) => formatMoney(c, currency);
  const lines = [
    `*Your target this week* (${periodLabel(week)}): *${money(thisWeek.target.amount)}*` +
      (thisWeek.target.stretch ? `, stretch ${money(thisWeek.target.stretch)}` : ''),
  ];
  if (lastWeek) {
    lines.push(
      `Last week: ${money(lastWeek.actual)} of ${money(lastWeek.target.amount)} (${Math.floor(lastWeek.pace.percentOfTargetBp / 100)}%).`,
    );
  }
  if (month) lines.push(progressLine('This month', month, currency));
  return fitReply(lines.join('\n'), [...sections(lines), context('`/target` shows every period.')]);
}
