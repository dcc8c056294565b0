import type { KnownBlock } from '@slack/types';
import { type AwardRule, describeRule } from '../../../domain/awards.js';
import { context, fitReply, header, type Reply, section, sections } from '../blocks.js';
import { listWithMore } from '../fit.js';

/** Room for one award's winners (Stretch Club may have many), then "and N more". */
const WINNERS_MAX = 1_200;

export interface AwardLine {
  rule: AwardRule;
  winners: Array<{ memberId: string; figureText: string }>;
  noWinnerReason: string | null;
  note?: string;
}

function awardText(line: AwardLine, verb: string): string {
  const who = line.winners.length
    ? listWithMore(
        line.winners.map((w) => `<@${w.memberId}> (${w.figureText})`),
        WINNERS_MAX,
      )
    : `_no winner: ${line.noWinnerReason ?? 'nobody was eligible'}_`;
  const tie = line.winners.length > 1 && line.rule.id !== 'stretch-club' ? ' — a tie, so they share it' : '';
  return `:trophy: *${line.rule.name}* ${verb} ${who}${tie}\n_${describeRule(line.rule)}_${line.note ? `\n${line.note}` : ''}`;
}

/** The announcement (and `/award` for leaders now): each award with its figure and its rule. */
export function awardsView(title: string, lines: AwardLine[], verb: string, footer?: string): Reply {
  const texts = lines.map((l) => awardText(l, verb));
  const blocks: KnownBlock[] = [header(title), ...texts.map((t) => section(t))];
  if (footer) blocks.push(context(footer));
  return fitReply([title, ...texts].join('\n'), blocks);
}

export function rulesView(rules: AwardRule[]): Reply {
  const lines = rules.map(
    (r) =>
      `• *${r.name}* (\`${r.id}\`)${r.enabled ? '' : ' _(disabled)_'}: ${describeRule(r)}; ties share the award.`,
  );
  const text = `*Award rules* — the same for everyone, decided from Pacer's data:\n${lines.join('\n')}`;
  return fitReply(text, [
    ...sections(text.split('\n')),
    context('Admins change them with `/award set <award> <field> <value>`.'),
  ]);
}
