import type { KnownBlock } from '@slack/types';
import { formatMoney } from '../../../domain/money.js';
import type { Deal } from '../../../persistence/deals-repository.js';
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

function dealLine(deal: Deal, labels: DealLabels): string {
  const parts = [
    `*${formatMoney(deal.amountCents, labels.currency)}* with *${escapeMrkdwn(deal.customerName)}*`,
    deal.isNewCustomer ? 'new customer' : 'existing customer',
    `closed ${deal.closedOn}`,
  ];
  if (labels.productName) parts.push(name(labels.productName));
  if (labels.regionName) parts.push(name(labels.regionName));
  return parts.join(' · ');
}

/** The caller's ephemeral confirmation, with Undo. */
export function dealLoggedView(
  deal: Deal,
  labels: DealLabels,
  callerId: string,
  progress: string | null,
): Reply {
  const who = deal.memberId === callerId ? 'Logged' : `Logged for <@${deal.memberId}>`;
  const text = `${who}: ${dealLine(deal, labels)}${progress ? `\n${progress}` : ''}`;
  const blocks: KnownBlock[] = [
    section(`:white_check_mark: ${who}: ${dealLine(deal, labels)}`),
    ...(deal.note ? [context(`Note: ${escapeMrkdwn(deal.note)}`)] : []),
    ...(progress ? [context(progress)] : []),
    {
      type: 'actions',
      elements: [
        {
          type: 'button',
          text: { type: 'plain_text', text: 'Undo' },
          action_id: ACTIONS.dealUndo,
          value: String(deal.id),
        },
      ],
    },
  ];
  return fitReply(text, blocks);
}

/** One public line in the announce channel; user text is neutralised so it cannot ping or format. */
export function dealCelebrationText(deal: Deal, currency: string): string {
  const customer = plainInline(deal.customerName);
  const tail = deal.isNewCustomer ? ' · new customer' : '';
  return `:tada: <@${deal.memberId}> closed ${formatMoney(deal.amountCents, currency)} with ${customer}${tail}`;
}

/**
 * `/deal list`: the last deals of the caller (`ownerId` undefined) or of someone they may change deals
 * for, each with Edit and Delete (Slack asks to confirm the delete).
 */
export function dealListView(deals: Deal[], labelsOf: (deal: Deal) => DealLabels, ownerId?: string): Reply {
  if (deals.length === 0) {
    return {
      text: ownerId
        ? `<@${ownerId}> has no deals yet.`
        : 'You have no deals yet. Log one with `/deal 12,500 Acme Corp`.',
    };
  }
  const whose = ownerId ? `<@${ownerId}>'s` : 'Your';
  const blocks: KnownBlock[] = [
    section(`*${whose} last ${deals.length} deal${deals.length === 1 ? '' : 's'}*`),
  ];
  for (const deal of deals) {
    const line = truncateMrkdwn(dealLine(deal, labelsOf(deal)), LIST_LINE_MAX);
    const confirmTail = '\nIt will no longer count anywhere.';
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
          text: { type: 'plain_text', text: 'Edit' },
          action_id: ACTIONS.dealEdit,
          value: String(deal.id),
        },
        {
          type: 'button',
          style: 'danger',
          text: { type: 'plain_text', text: 'Delete' },
          action_id: ACTIONS.dealDelete,
          value: String(deal.id),
          confirm: {
            title: { type: 'plain_text', text: 'Delete this deal?' },
            text: {
              type: 'mrkdwn',
              text: `${truncateMrkdwn(line, SLACK.confirmText - confirmTail.length)}${confirmTail}`,
            },
            confirm: { type: 'plain_text', text: 'Delete' },
            deny: { type: 'plain_text', text: 'Keep it' },
            style: 'danger',
          },
        },
      ],
    });
  }
  const text = deals.map((d) => dealLine(d, labelsOf(d))).join('\n');
  return fitReply(text, blocks);
}
