import type { ACTIONS, VIEWS } from '../../src/slack/ids.js';
import { DEAL_FIELDS } from '../../src/slack/views/deals/deal-modal.js';

/**
 * Interactive payloads as Slack sends them, built from the ids in src/slack/ids.ts and the form's
 * field ids, so a test cannot drift from the views it clicks. Send them with TestPacer.interact.
 */
export type ActionId = (typeof ACTIONS)[keyof typeof ACTIONS];
export type CallbackId = (typeof VIEWS)[keyof typeof VIEWS];

const TEAM = { id: 'T0PACER' };

export interface ClickOptions {
  userId: string;
  /** The button's value, as the view wrote it (a deal id). */
  value?: string | undefined;
  /** Where Pacer answers: `t.standIn.responseUrl('some-id')`. */
  responseUrl: string;
  channelId?: string;
  triggerId?: string;
}

/** A click on one of Pacer's buttons (block_actions), in a message. */
export function buttonClick(actionId: ActionId, options: ClickOptions): Record<string, unknown> {
  return {
    type: 'block_actions',
    team: TEAM,
    user: { id: options.userId },
    trigger_id: options.triggerId ?? `trigger-${actionId}`,
    ...(options.channelId ? { channel: { id: options.channelId } } : {}),
    response_url: options.responseUrl,
    actions: [{ type: 'button', action_id: actionId, value: options.value, block_id: 'b', action_ts: '1' }],
    container: { type: 'message' },
  };
}

/** A modal as Pacer opened it (the `view` of a views.open call), the parts a submission returns. */
export interface OpenedView {
  callback_id: string;
  private_metadata: string;
}

/** The submission of a form Pacer opened (view_submission), with `values` keyed by block id. */
export function viewSubmission(
  view: OpenedView,
  options: { userId: string; viewId: string; values: Record<string, Record<string, unknown>> },
): Record<string, unknown> {
  return {
    type: 'view_submission',
    team: TEAM,
    user: { id: options.userId },
    trigger_id: 'trigger-submit',
    view: {
      id: options.viewId,
      hash: `${options.viewId}.hash`,
      type: 'modal',
      callback_id: view.callback_id as CallbackId,
      private_metadata: view.private_metadata,
      state: { values: options.values },
    },
  };
}

export interface DealFormFill {
  amount: string;
  customer: string;
  closedOn?: string | null;
  note?: string | null;
  productId?: number;
  regionId?: number;
  ownerId?: string;
}

/** What the deal form sends back when filled in like this (fields left out send what Slack sends). */
export function dealFormValues(fill: DealFormFill): Record<string, Record<string, unknown>> {
  const values: Record<string, Record<string, unknown>> = {
    [DEAL_FIELDS.amount]: { value: { type: 'plain_text_input', value: fill.amount } },
    [DEAL_FIELDS.customer]: { value: { type: 'plain_text_input', value: fill.customer } },
    [DEAL_FIELDS.closedOn]: { value: { type: 'datepicker', selected_date: fill.closedOn ?? '2026-11-24' } },
    [DEAL_FIELDS.note]: { value: { type: 'plain_text_input', value: fill.note ?? null } },
  };
  const option = (id: number) => ({
    value: { type: 'static_select', selected_option: { value: String(id) } },
  });
  if (fill.productId !== undefined) values[DEAL_FIELDS.product] = option(fill.productId);
  if (fill.regionId !== undefined) values[DEAL_FIELDS.region] = option(fill.regionId);
  if (fill.ownerId)
    values[DEAL_FIELDS.owner] = { value: { type: 'users_select', selected_user: fill.ownerId } };
  return values;
}

type Block = { type: string; elements?: Array<{ action_id?: string; value?: string }> };

/** The buttons with this action id in a reply's blocks, in order (one per deal in `/deal list`). */
export function buttons(blocks: unknown, actionId: ActionId): Array<{ value?: string }> {
  return ((blocks ?? []) as Block[]).flatMap((b) =>
    (b.elements ?? []).filter((e) => e.action_id === actionId),
  );
}
