import type { KnownBlock } from '@slack/types';
import { parsePeriod } from '../../../domain/periods.js';
import { type PaceStatus, progressBar } from '../../../domain/targets/pace.js';
import type { MessageKey } from '../../../i18n/catalog.js';
import type { Speaker } from '../../../i18n/translator.js';
import type { Progress } from '../../../use-cases/targets.js';
import { escapeMrkdwn } from '../../mrkdwn.js';
import { context, fitReply, header, type Reply, sections } from '../blocks.js';
import { explanationText, noteText } from './explanation-text.js';

const STATUS_KEY: Record<PaceStatus, MessageKey> = {
  ahead: 'pace.ahead',
  'on track': 'pace.onTrack',
  behind: 'pace.behind',
  done: 'pace.done',
  hit: 'pace.hit',
  missed: 'pace.missed',
  'not started': 'pace.notStarted',
};

/** A pace status with its emoji, in the speaker's language. */
export function statusText(status: PaceStatus, say: Speaker): string {
  return say.t(STATUS_KEY[status]);
}

/**
 * One period's line: actual of target, bar, stretch, what is left, the pace now needed and how the
 * target came about. The reasoning is what an admin typed, so it is escaped.
 */
export function progressLine(title: string, p: Progress, currency: string, say: Speaker): string {
  const money = (c: number) => say.money(c, currency);
  const { pace } = p;
  const lines = [
    say.t('progress.line', {
      title,
      actual: money(p.actual),
      target: money(p.target.amount),
      bar: progressBar(pace.percentOfTargetBp),
      status: statusText(pace.status, say),
      risk: pace.atRisk ? say.t('pace.atRisk') : '',
    }),
  ];
  const details: string[] = [];
  if (pace.percentOfStretchBp !== null && p.target.stretch !== null) {
    details.push(
      say.t('progress.stretch', {
        stretch: money(p.target.stretch),
        percent: Math.floor(pace.percentOfStretchBp / 100),
      }),
    );
  }
  if (pace.remaining > 0 && pace.status !== 'missed') {
    details.push(say.t('progress.toGo', { remaining: money(pace.remaining) }));
    if (pace.noWorkingDays) details.push(say.t('progress.noWorkingDays'));
    else if (pace.workingDaysLeft > 0) {
      details.push(
        say.t('progress.perDay', { perDay: money(pace.neededPerDay), days: pace.workingDaysLeft }),
      );
    }
  }
  details.push(explanationText(p.target.explanation, say, money));
  if (details.length) lines.push(`    ${details.join(' · ')}`);
  if (p.reasoning) lines.push(`    ${say.t('progress.why', { reasoning: escapeMrkdwn(p.reasoning) })}`);
  for (const c of p.target.conflicts.filter((x) => x.level === 'base')) {
    const period = parsePeriod(c.periodKey);
    lines.push(
      `    ${say.t('progress.conflict', {
        period: period && say.locale !== 'en' ? say.period(period) : c.periodKey,
        children: money(c.explicitChildren),
        amount: money(c.amount),
        kind: c.kind,
      })}`,
    );
  }
  for (const note of p.target.notes) lines.push(`    _${noteText(note, say)}_`);
  return lines.join('\n');
}

export interface ProgressRow {
  title: string;
  progress: Progress | null;
}

/**
 * `/target`: each period with its line, or a note that no target covers it. `heading` is plain text
 * (it may hold a region's or a member's name as typed): escaped in the mrkdwn notification text.
 */
export function progressView(
  heading: string,
  rows: ProgressRow[],
  currency: string,
  say: Speaker,
  footer: string[] = [],
): Reply {
  const lines = rows.map((r) =>
    r.progress
      ? progressLine(r.title, r.progress, currency, say)
      : say.t('target.noTargetRow', { title: r.title }),
  );
  const blocks: KnownBlock[] = [header(heading), ...lines.flatMap((line) => sections(line))];
  if (footer.length) blocks.push(context(...footer));
  return fitReply([escapeMrkdwn(heading), ...lines, ...footer].join('\n'), blocks);
}
