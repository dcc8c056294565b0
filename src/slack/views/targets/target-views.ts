import type { KnownBlock } from '@slack/types';
import { formatMoney } from '../../../domain/money.js';
import { type PaceStatus, progressBar } from '../../../domain/targets/pace.js';
import type { Progress } from '../../../use-cases/targets.js';
import { escapeMrkdwn } from '../../mrkdwn.js';
import { context, fitReply, header, type Reply, sections } from '../blocks.js';

const STATUS_EMOJI: Record<PaceStatus, string> = {
  ahead: ':rocket: ahead',
  'on track': ':white_check_mark: on track',
  behind: ':warning: behind',
  done: ':trophy: target reached',
  hit: ':trophy: hit',
  missed: ':x: missed',
  'not started': ':hourglass: not started',
};

const pct = (bp: number) => `${Math.floor(bp / 100)}%`;

/** One period's line: actual of target, bar, stretch, what is left and the pace now needed. */
export function progressLine(title: string, p: Progress, currency: string): string {
  const money = (c: number) => formatMoney(c, currency);
  const { pace } = p;
  const lines = [
    `*${title}* — ${money(p.actual)} of ${money(p.target.amount)}  \`${progressBar(pace.percentOfTargetBp)}\`  ${STATUS_EMOJI[pace.status]}${pace.atRisk ? ' · *at risk*' : ''}`,
  ];
  const details: string[] = [];
  if (pace.percentOfStretchBp !== null && p.target.stretch !== null) {
    details.push(`stretch ${money(p.target.stretch)} (${pct(pace.percentOfStretchBp)})`);
  }
  if (pace.remaining > 0 && pace.status !== 'missed') {
    details.push(`${money(pace.remaining)} to go`);
    if (pace.workingDaysLeft > 0) {
      details.push(`${money(pace.neededPerDay)} per working day over the ${pace.workingDaysLeft} left`);
    }
  }
  details.push(p.target.source === 'explicit' ? 'set explicitly' : escapeMrkdwn(p.target.explanation));
  lines.push(`    ${details.join(' · ')}`);
  if (p.reasoning) lines.push(`    _Why:_ ${escapeMrkdwn(p.reasoning)}`);
  for (const c of p.target.conflicts.filter((x) => x.level === 'base')) {
    const verb = c.kind === 'over' ? 'more than' : 'less than';
    lines.push(
      `    :warning: The targets set inside ${c.periodKey} add up to ${money(c.explicitChildren)}, ${verb} its ${money(c.amount)}; the rest is ${c.kind === 'over' ? 'set to 0' : 'not placed'}.`,
    );
  }
  for (const note of p.target.notes) lines.push(`    _${escapeMrkdwn(note)}_`);
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
  footer: string[] = [],
): Reply {
  const lines = rows.map((r) =>
    r.progress ? progressLine(r.title, r.progress, currency) : `*${r.title}* — _no target covers it_`,
  );
  const blocks: KnownBlock[] = [header(heading), ...lines.flatMap((line) => sections(line))];
  if (footer.length) blocks.push(context(...footer));
  return fitReply([escapeMrkdwn(heading), ...lines, ...footer].join('\n'), blocks);
}
