import type { KnownBlock, PlainTextOption, View } from '@slack/types';
import type { LocalDate } from '../../../domain/time.js';
import { VIEWS } from '../../ids.js';
import { plainText, SLACK } from '../fit.js';

export const DEAL_FIELDS = {
  amount: 'amount',
  customer: 'customer',
  product: 'product',
  region: 'region',
  closedOn: 'closed_on',
  note: 'note',
  owner: 'owner',
} as const;

export interface DealModalPrefill {
  amount: string;
  customer: string;
  productId: number | null;
  regionId: number | null;
  closedOn: LocalDate;
  note: string | null;
  ownerId: string | null;
}

export interface DealModalInput {
  today: LocalDate;
  products: Array<{ id: number; name: string }>;
  regions: Array<{ id: number; name: string }>;
  /** Managers and admins may log for someone else. */
  canLogForOthers: boolean;
  /** Where the confirmation goes, and which deal is edited. */
  metadata: { channelId: string; dealId?: number };
  prefill?: DealModalPrefill;
}

const option = (e: { id: number; name: string }): PlainTextOption => ({
  text: plainText(e.name, SLACK.optionText),
  value: String(e.id),
});

function select(
  block: string,
  label: string,
  entries: Array<{ id: number; name: string }>,
  selected: number | null,
): KnownBlock {
  const options = entries.slice(0, SLACK.options).map(option);
  const initial = options.find((o) => o.value === String(selected));
  return {
    type: 'input',
    block_id: block,
    optional: true,
    label: { type: 'plain_text', text: label },
    element: {
      type: 'static_select',
      action_id: 'value',
      placeholder: { type: 'plain_text', text: 'Choose…' },
      options,
      ...(initial ? { initial_option: initial } : {}),
    },
  };
}

/** The modal `/deal` opens with no text, and Edit opens pre-filled. */
export function dealModal(input: DealModalInput): View {
  const p = input.prefill;
  const blocks: KnownBlock[] = [
    {
      type: 'input',
      block_id: DEAL_FIELDS.amount,
      label: { type: 'plain_text', text: 'Amount' },
      hint: { type: 'plain_text', text: 'e.g. 12,500 or 12.5k or 1.5万' },
      element: {
        type: 'plain_text_input',
        action_id: 'value',
        max_length: 40,
        ...(p ? { initial_value: p.amount } : {}),
      },
    },
    {
      type: 'input',
      block_id: DEAL_FIELDS.customer,
      label: { type: 'plain_text', text: 'Customer' },
      element: {
        type: 'plain_text_input',
        action_id: 'value',
        max_length: 200,
        ...(p ? { initial_value: p.customer } : {}),
      },
    },
  ];
  if (input.products.length)
    blocks.push(select(DEAL_FIELDS.product, 'Product line', input.products, p?.productId ?? null));
  if (input.regions.length)
    blocks.push(select(DEAL_FIELDS.region, 'Region', input.regions, p?.regionId ?? null));
  blocks.push({
    type: 'input',
    block_id: DEAL_FIELDS.closedOn,
    label: { type: 'plain_text', text: 'Close date' },
    element: { type: 'datepicker', action_id: 'value', initial_date: p?.closedOn ?? input.today },
  });
  blocks.push({
    type: 'input',
    block_id: DEAL_FIELDS.note,
    optional: true,
    label: { type: 'plain_text', text: 'Note' },
    element: {
      type: 'plain_text_input',
      action_id: 'value',
      multiline: true,
      max_length: 2000,
      ...(p?.note ? { initial_value: p.note } : {}),
    },
  });
  if (input.canLogForOthers) {
    blocks.push({
      type: 'input',
      block_id: DEAL_FIELDS.owner,
      optional: true,
      label: { type: 'plain_text', text: 'On behalf of' },
      hint: { type: 'plain_text', text: 'Leave empty to log it as yours.' },
      element: {
        type: 'users_select',
        action_id: 'value',
        ...(p?.ownerId ? { initial_user: p.ownerId } : {}),
      },
    });
  }
  return {
    type: 'modal',
    callback_id: VIEWS.dealModal,
    title: { type: 'plain_text', text: input.metadata.dealId ? 'Edit deal' : 'Log a deal' },
    submit: { type: 'plain_text', text: 'Save' },
    close: { type: 'plain_text', text: 'Cancel' },
    private_metadata: JSON.stringify(input.metadata),
    blocks,
  };
}
