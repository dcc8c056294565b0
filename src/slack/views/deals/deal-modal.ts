import type { KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import type { LocalDate } from '../../../domain/time.js';
import type { Speaker } from '../../../i18n/translator.js';
import { VIEWS } from '../../ids.js';
import { plainText, SLACK } from '../fit.js';

/** The form's block ids: each inline error goes on one of them (deal-modal-submission.ts). */
export const DEAL_FIELDS = {
  amount: 'amount',
  customer: 'customer',
  product: 'product',
  region: 'region',
  closedOn: 'closed_on',
  note: 'note',
  owner: 'owner',
} as const;
export type DealField = (typeof DEAL_FIELDS)[keyof typeof DEAL_FIELDS];

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
  say: Speaker,
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
      placeholder: { type: 'plain_text', text: say.t('dealForm.choose') },
      options,
      ...(initial ? { initial_option: initial } : {}),
    },
  };
}

/** The modal `/deal` opens with no text, and Edit opens pre-filled, in the caller's language. */
export function dealModal(input: DealModalInput, say: Speaker): ModalView {
  const p = input.prefill;
  const blocks: KnownBlock[] = [
    {
      type: 'input',
      block_id: DEAL_FIELDS.amount,
      label: { type: 'plain_text', text: say.t('dealForm.amount') },
      hint: { type: 'plain_text', text: say.t('dealForm.amountHint') },
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
      label: { type: 'plain_text', text: say.t('dealForm.customer') },
      element: {
        type: 'plain_text_input',
        action_id: 'value',
        max_length: 200,
        ...(p ? { initial_value: p.customer } : {}),
      },
    },
  ];
  if (input.products.length)
    blocks.push(
      select(DEAL_FIELDS.product, say.t('dealForm.product'), input.products, p?.productId ?? null, say),
    );
  if (input.regions.length)
    blocks.push(
      select(DEAL_FIELDS.region, say.t('dealForm.region'), input.regions, p?.regionId ?? null, say),
    );
  blocks.push({
    type: 'input',
    block_id: DEAL_FIELDS.closedOn,
    label: { type: 'plain_text', text: say.t('dealForm.closedOn') },
    element: { type: 'datepicker', action_id: 'value', initial_date: p?.closedOn ?? input.today },
  });
  blocks.push({
    type: 'input',
    block_id: DEAL_FIELDS.note,
    optional: true,
    label: { type: 'plain_text', text: say.t('dealForm.note') },
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
      label: { type: 'plain_text', text: say.t('dealForm.owner') },
      hint: { type: 'plain_text', text: say.t('dealForm.ownerHint') },
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
    title: {
      type: 'plain_text',
      text: say.t(input.metadata.dealId ? 'dealForm.titleEdit' : 'dealForm.titleNew'),
    },
    submit: { type: 'plain_text', text: say.t('dealForm.save') },
    close: { type: 'plain_text', text: say.t('dealForm.cancel') },
    private_metadata: JSON.stringify(input.metadata),
    blocks,
  };
}
