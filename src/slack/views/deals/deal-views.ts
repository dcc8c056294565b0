import type { KnownBlock } from '@slack/types';
import type { Deal } from '../../../domain/entities/deal.js';
import type { Speaker } from '../../../i18n/translator.js';
import { ACTIONS } from '../../ids.js';
import { escapeMrkdwn, plainInline } from '../../mrkdwn.js';
import { context, fitReply, type Reply, section } from '../blocks.js';
import { SLACK, truncateMrkdwn } from '../fit.js';

/** A product's or region's name, escaped, is cut to this on a deal line. */
const NAME_MAX = 200;
/** One deal in `/deal list`: ten of them, with their buttons, stay within one message's text budget. */
const LIST_LINE_MAX = 600;

const name = (text: string) => truncateMrkdwn(escapeMrkdwn(text), NAME_MAX);

export interface DealLabels {
  currency: string;
  productName: string | null;
  regionName: string | null;
}

function dealLine(deal: Deal, labels: DealLabels, say: Speaker): string {
  const parts = [
    say.t('deal.line', {
      amount: say.money(deal.amountCents, labels.currency),
      customer: escapeMrkdwn(deal.customerName),
    }),
    say.t(deal.isNewCustomer ? 'deal.newCustomer' : 'deal.existingCustomer'),
    say.t('deal.closed', { date: deal.closedOn }),
  ];
  if (labels.productName) parts.push(name(labels.productName));
  if (labels.regionName) parts.push(name(labels.regionName));
  return parts.join(' · ');
}

/** Who logged it, for the confirmation: `Logged`, or `Logged for @ana` when a manager did. */
export function loggedWho(deal: Deal, callerId: string, say: Speaker): string {
  return deal.memberId === callerId
    ? say.t('deal.logged')
    : say.t('deal.loggedFor', { member: deal.memberId });
}

/** The caller's ephemeral confirmation, with Undo, in the caller's language. */
export function dealLoggedView(
  deal: Deal,
  labels: DealLabels,
  callerId: string,
  progress: string | null,
  say: Speaker,
): Reply {
  const who = loggedWho(deal, callerId, say);
  const colon = say.locale === 'zh-CN' ? '：' : ': ';
  const text = `${who}${colon}${dealLine(deal, labels, say)}${progress ? `\n${progress}` : ''}`;
  const blocks: KnownBlock[] = [
    section(`:white_check_mark: ${who}${colon}${dealLine(deal, labels, say)}`),
    ...(deal.note ? [context(say.t('deal.note', { note: escapeMrkdwn(deal.note) }))] : []),
    ...(progress ? [context(progress)] : []),
    {
      type: 'actions',
      elements: [
        {
          type: 'button',
          text: { type: 'plain_text', text: say.t('deal.undo') },
          action_id: ACTIONS.dealUndo,
          value: String(deal.id),
        },
      ],
    },
  ];
  return fitReply(text, blocks);
}

/**
 * One public line in the announce channel, in the team's language; user text is neutralised so it
 * cannot ping or format.
 */
export function dealCelebrationText(deal: Deal, currency: string, say: Speaker): string {
  return say.t(deal.isNewCustomer ? 'deal.celebrationNew' : 'deal.celebration', {
    member: deal.memberId,
    amount: say.money(deal.amountCents, currency),
    customer: plainInline(deal.customerName),
    // A deal logged on someone's behalf says who logged it (fair play: nobody pads a board unseen).
    loggedBy:
      /^[UW][A-Z0-9]+$/.test(deal.loggedBy) && deal.loggedBy !== deal.memberId ? deal.loggedBy : 'self',
  });
}

/**
 * `/deal list`, in the caller's language: the last deals of the caller (`ownerId` undefined) or of
 * someone they may change deals for, each with Edit and Delete (Slack asks to confirm the delete).
 */
export function dealListView(
  deals: Deal[],
  labelsOf: (deal: Deal) => DealLabels,
  say: Speaker,
  ownerId?: string,
  /** The deals still waiting (fair play): their lines and blocks; listed first, counted nowhere. */
  waiting: { lines: readonly string[]; blocks: readonly KnownBlock[] } = { lines: [], blocks: [] },
): Reply {
  const none = ownerId ? say.t('dealList.noneFor', { member: ownerId }) : say.t('dealList.none');
  if (deals.length === 0 && waiting.lines.length === 0) return { text: none };
  const count = deals.length;
  const blocks: KnownBlock[] = [
    ...waiting.blocks,
    section(
      count === 0
        ? none
        : ownerId
          ? say.t('dealList.headerFor', { member: ownerId, count })
          : say.t('dealList.header', { count }),
    ),
  ];
  // The confirmation's own words take their room first; the deal line is cut to what is left.
  const confirmRoom = SLACK.confirmText - say.t('dealList.confirmText', { line: '' }).length;
  for (const deal of deals) {
    const line = truncateMrkdwn(dealLine(deal, labelsOf(deal), say), LIST_LINE_MAX);
    blocks.push({
      type: 'section',
      block_id: `deal-${deal.id}`,
      text: { type: 'mrkdwn', text: line },
    });
    blocks.push({
      type: 'actions',
      block_id: `deal-actions-${deal.id}`,
      elements: [
        {
          type: 'button',
          text: { type: 'plain_text', text: say.t('dealList.edit') },
          action_id: ACTIONS.dealEdit,
          value: String(deal.id),
        },
        {
          type: 'button',
          style: 'danger',
          text: { type: 'plain_text', text: say.t('dealList.delete') },
          action_id: ACTIONS.dealDelete,
          value: String(deal.id),
          confirm: {
            title: { type: 'plain_text', text: say.t('dealList.confirmTitle') },
            text: {
              type: 'mrkdwn',
              text: say.t('dealList.confirmText', { line: truncateMrkdwn(line, confirmRoom) }),
            },
            confirm: { type: 'plain_text', text: say.t('dealList.delete') },
            deny: { type: 'plain_text', text: say.t('dealList.keep') },
            style: 'danger',
          },
        },
      ],
    });
  }
  const listed = count === 0 ? [none] : deals.map((d) => dealLine(d, labelsOf(d), say));
  const text = [...waiting.lines, ...listed].join('\n');
  return fitReply(text, blocks);
}
