import type { KnownBlock } from '@slack/types';
import { type AwardFigure, type AwardId, type AwardRule, NONE_ELIGIBLE } from '../../../domain/awards.js';
import type { MessageKey } from '../../../i18n/catalog.js';
import type { Speaker } from '../../../i18n/translator.js';
import { escapeMrkdwn } from '../../mrkdwn.js';
import { context, fitReply, header, type Reply, section, sections } from '../blocks.js';
import { listWithMore } from '../fit.js';

/** Room for one award's winners (Stretch Club may have many), then "and N more". */
const WINNERS_MAX = 1_200;

const NAME: Record<AwardId, MessageKey> = {
  'sales-champion': 'award.name.salesChampion',
  'customer-satisfaction': 'award.name.customerSatisfaction',
  'team-collaboration': 'award.name.teamCollaboration',
  'new-customer': 'award.name.newCustomer',
  'stretch-club': 'award.name.stretchClub',
  'most-improved': 'award.name.mostImproved',
};
const RULE: Record<AwardId, MessageKey> = {
  'sales-champion': 'award.rule.salesChampion',
  'customer-satisfaction': 'award.rule.customerSatisfaction',
  'team-collaboration': 'award.rule.teamCollaboration',
  'new-customer': 'award.rule.newCustomer',
  'stretch-club': 'award.rule.stretchClub',
  'most-improved': 'award.rule.mostImproved',
};
const NONE: Record<AwardId, MessageKey> = {
  'sales-champion': 'award.none.salesChampion',
  'customer-satisfaction': 'award.none.customerSatisfaction',
  'team-collaboration': 'award.none.teamCollaboration',
  'new-customer': 'award.none.newCustomer',
  'stretch-club': 'award.none.stretchClub',
  'most-improved': 'award.none.mostImproved',
};

/** The threshold each award's rule names (the others do not apply to it). */
function threshold(rule: AwardRule): number {
  switch (rule.id) {
    case 'sales-champion':
      return rule.minDeals;
    case 'customer-satisfaction':
      return rule.minRatings;
    case 'team-collaboration':
      return rule.minGivers;
    case 'new-customer':
      return rule.minNewCustomers;
    default:
      return 0;
  }
}

/** The award's name in the speaker's language. */
export function awardName(id: AwardId, say: Speaker): string {
  return say.t(NAME[id]);
}

/** The rule in plain words, as `/award rules` shows it. */
export function ruleText(rule: AwardRule, say: Speaker): string {
  return say.t(RULE[rule.id], {
    period: rule.period,
    min: threshold(rule),
    selfReported: rule.allowSelfReported ? 'allow' : 'deny',
  });
}

/** Why nobody won: from the rule, or (results announced before 2026-12) the English stored then. */
function noWinnerText(rule: AwardRule, reason: string | null, say: Speaker): string {
  if (reason && reason !== NONE_ELIGIBLE) return escapeMrkdwn(reason);
  return say.t(NONE[rule.id], { min: threshold(rule) });
}

/** A winner's figure: `$20,000 from 1 deal`, `4.33 average from 3 ratings`. */
export function figureText(figure: AwardFigure, currency: string, say: Speaker): string {
  const money = (c: number) => say.money(c, currency);
  switch (figure.kind) {
    case 'revenue':
      return say.t('award.figure.revenue', { amount: money(figure.revenue), deals: figure.deals });
    case 'rating': {
      const h = figure.hundredths;
      const average = `${Math.floor(h / 100)}.${String(h % 100).padStart(2, '0')}`;
      return say.t('award.figure.rating', { average, count: figure.ratings });
    }
    case 'kudos':
      return say.t('award.figure.kudos', { count: figure.kudos, givers: figure.givers });
    case 'newCustomers':
      return say.t('award.figure.newCustomers', { count: figure.newCustomers });
    case 'stretch':
      return say.t('award.figure.stretch', { amount: money(figure.revenue), stretch: money(figure.stretch) });
    case 'improved':
      return say.t('award.figure.improved', { before: `${figure.thenPercent}`, now: figure.nowPercent });
  }
}

export interface AwardWinner {
  memberId: string;
  /** The figure as data; results announced before 2026-12 carry only their English text. */
  figure?: AwardFigure;
  figureText?: string;
}

export interface AwardLine {
  rule: AwardRule;
  /** The award's heading: its name, with the period where it helps (`Sales Champion · October 2026`). */
  title: string;
  winners: AwardWinner[];
  noWinnerReason: string | null;
  note?: string;
}

export type AwardVerb = 'leads' | 'went' | 'goes';

function awardText(line: AwardLine, verb: AwardVerb, currency: string, say: Speaker): string {
  const figure = (w: AwardWinner) =>
    w.figure ? figureText(w.figure, currency, say) : escapeMrkdwn(w.figureText ?? '');
  const who = line.winners.length
    ? listWithMore(
        line.winners.map((w) => say.t('award.winner', { member: w.memberId, figure: figure(w) })),
        WINNERS_MAX,
      )
    : say.t('award.noWinner', { reason: noWinnerText(line.rule, line.noWinnerReason, say) });
  const tie = line.winners.length > 1 && line.rule.id !== 'stretch-club' ? 'yes' : 'no';
  const head = say.t('award.line', { name: line.title, verb, who, tie });
  return [head, `_${ruleText(line.rule, say)}_`, ...(line.note ? [line.note] : [])].join('\n');
}

/** The announcement (and `/award` for leaders now, and history): each award with its figure and rule. */
export function awardsView(
  title: string,
  lines: AwardLine[],
  verb: AwardVerb,
  currency: string,
  say: Speaker,
  footer?: string,
): Reply {
  const texts = lines.map((l) => awardText(l, verb, currency, say));
  const blocks: KnownBlock[] = [header(title), ...texts.map((t) => section(t))];
  if (footer) blocks.push(context(footer));
  return fitReply([title, ...texts].join('\n'), blocks);
}

/** `/award rules`: every award, what it measures, and whether it is on. */
export function rulesView(rules: AwardRule[], say: Speaker): Reply {
  const lines = rules.map((r) =>
    say.t('award.rulesLine', {
      name: awardName(r.id, say),
      id: r.id,
      disabled: r.enabled ? 'no' : 'yes',
      rule: ruleText(r, say),
    }),
  );
  const text = [say.t('award.rulesHeading'), ...lines].join('\n');
  return fitReply(text, [...sections(text.split('\n')), context(say.t('award.rulesFooter'))]);
}

/** The DM to someone who won one or more awards. */
export function winnerDm(
  wins: Array<{ id: AwardId; period: string; figure: AwardFigure }>,
  currency: string,
  say: Speaker,
): string {
  const awards = wins.map((w) =>
    say.t('award.dmAward', {
      name: awardName(w.id, say),
      period: w.period,
      figure: figureText(w.figure, currency, say),
    }),
  );
  const and = new Intl.ListFormat(say.locale === 'en' ? 'en-GB' : say.locale, { type: 'conjunction' });
  return say.t('award.dm', { awards: and.format(awards) });
}
