import type { KnownBlock } from '@slack/types';
import type { Period } from '../../../domain/periods.js';
import type { Speaker } from '../../../i18n/translator.js';
import type { Progress } from '../../../use-cases/targets.js';
import { escapeMrkdwn } from '../../mrkdwn.js';
import { context, divider, fitReply, header, type Reply, section, sections } from '../blocks.js';
import { listWithMore, truncateMrkdwn } from '../fit.js';

/** Room for the region lines, and for the product lines, in the public post (then "and N more"). */
const SLICES_MAX = 3_500;
/** A region's or product's name, escaped, is cut to this in the post. */
const NAME_MAX = 200;

import { progressLine, statusText } from '../targets/target-views.js';

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

function lastWeekLine(content: WeeklyReminderContent, say: Speaker): string {
  const { period, progress } = content.lastWeek;
  if (!progress) return say.t('reminder.lastWeekNone', { period: say.period(period) });
  return say.t('reminder.lastWeek', {
    period: say.period(period),
    actual: say.money(progress.actual, content.currency),
    target: say.money(progress.target.amount, content.currency),
    percent: Math.floor(progress.pace.percentOfTargetBp / 100),
    verdict: progress.actual >= progress.target.amount ? 'hit' : 'missed',
  });
}

/** The Monday post in the announce channel, in the team's language. */
export function weeklyReminderView(content: WeeklyReminderContent, say: Speaker): Reply {
  const money = (c: number) => say.money(c, content.currency);
  const { thisWeek } = content;
  const weekText = !thisWeek
    ? say.t('reminder.noTeamTarget')
    : thisWeek.target.stretch
      ? say.t('reminder.teamTargetStretch', {
          amount: money(thisWeek.target.amount),
          stretch: money(thisWeek.target.stretch),
        })
      : say.t('reminder.teamTarget', { amount: money(thisWeek.target.amount) });
  const blocks: KnownBlock[] = [
    header(say.t('reminder.header', { week: say.period(content.week) })),
    section(weekText),
    section(lastWeekLine(content, say)),
  ];
  const lines = [weekText, lastWeekLine(content, say)];
  for (const [titleKey, slot] of [
    ['reminder.monthToDate', content.month],
    ['reminder.quarterToDate', content.quarter],
  ] as const) {
    if (!slot.progress) continue;
    const title = say.t(titleKey, { period: say.period(slot.period) });
    const line = progressLine(title, slot.progress, content.currency, say);
    blocks.push(section(line));
    lines.push(line);
  }
  for (const [titleKey, slices, scope] of [
    ['reminder.byRegion', content.regions, 'region'],
    ['reminder.byProduct', content.products, 'product'],
  ] as const) {
    if (slices.length === 0) continue;
    const items = slices.map((s) =>
      say.t('reminder.slice', {
        name: truncateMrkdwn(escapeMrkdwn(s.name), NAME_MAX),
        actual: money(s.progress.actual),
        target: money(s.progress.target.amount),
        status: statusText(s.progress.pace.status, say),
        risk: s.progress.pace.atRisk ? say.t('pace.atRisk') : '',
      }),
    );
    const list = listWithMore(
      items,
      SLICES_MAX,
      '\n',
      (n) => `\n${say.t('reminder.more', { count: n, scope })}`,
    );
    const text = `${say.t(titleKey)}\n${list}`;
    blocks.push(divider(), ...sections(text));
    lines.push(text);
  }
  blocks.push(context(say.t('reminder.footer')));
  return fitReply(lines.join('\n'), blocks);
}

/** The DM each rep with a target gets, in their own language. */
export function weeklyReminderDm(
  week: Period,
  currency: string,
  thisWeek: Progress,
  lastWeek: Progress | null,
  month: Progress | null,
  say: Speaker,
): Reply {
  const money = (c: number) => say.money(c, currency);
  const target = { week: say.period(week), amount: money(thisWeek.target.amount) };
  const lines = [
    thisWeek.target.stretch
      ? say.t('reminder.dmTargetStretch', { ...target, stretch: money(thisWeek.target.stretch) })
      : say.t('reminder.dmTarget', target),
  ];
  if (lastWeek) {
    lines.push(
      say.t('reminder.dmLastWeek', {
        actual: money(lastWeek.actual),
        target: money(lastWeek.target.amount),
        percent: Math.floor(lastWeek.pace.percentOfTargetBp / 100),
      }),
    );
  }
  if (month) lines.push(progressLine(say.t('reminder.dmThisMonth'), month, currency, say));
  return fitReply(lines.join('\n'), [...sections(lines), context(say.t('reminder.dmFooter'))]);
}
