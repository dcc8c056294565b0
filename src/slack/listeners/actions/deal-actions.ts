import type { BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../../app-deps.js';
import { formatMoney, plainAmount } from '../../../domain/money.js';
import { dealForChange, deleteDeal } from '../../../use-cases/deals.js';
import { ACTIONS } from '../../ids.js';
import { escapeMrkdwn } from '../../mrkdwn.js';
import { retractCelebration } from '../../notifications/deal-celebration.js';
import { UserFacingError } from '../../user-facing-error.js';
import { openDealModal } from '../commands/deal/open-deal-modal.js';
import { interactionCaller } from '../interaction-caller.js';
import type { ListenerRouter } from '../listener-router.js';

function dealIdOf(body: BlockButtonAction): number {
  const id = Number(body.actions[0]?.value);
  if (!Number.isSafeInteger(id) || id <= 0)
    throw new UserFacingError('That button is out of date. Try `/deal list`.');
  return id;
}

/** Undo, Edit and Delete buttons on deal messages. A second click finds the deal gone and says so. */
export function registerDealActions(router: ListenerRouter, deps: AppDeps): void {
  router.action<BlockButtonAction>(ACTIONS.dealUndo, async ({ ack, body, respond }) => {
    await ack();
    try {
      const caller = await interactionCaller(deps, body.user.id);
      const deal = deleteDeal(deps, caller, dealIdOf(body), 'deal.undo');
      void retractCelebration(deps, deal.id);
      await respond({
        replace_original: true,
        text: `Undone: ${formatMoney(deal.amountCents, deal.currency)} with *${escapeMrkdwn(deal.customerName)}* no longer counts.`,
      });
    } catch (error) {
      if (!(error instanceof UserFacingError)) throw error;
      await respond({ replace_original: false, response_type: 'ephemeral', text: error.message });
    }
  });

  router.action<BlockButtonAction>(ACTIONS.dealDelete, async ({ ack, body, respond }) => {
    await ack();
    try {
      const caller = await interactionCaller(deps, body.user.id);
      const deal = deleteDeal(deps, caller, dealIdOf(body));
      void retractCelebration(deps, deal.id);
      await respond({
        replace_original: false,
        response_type: 'ephemeral',
        text: `Deleted: ${formatMoney(deal.amountCents, deal.currency)} with *${escapeMrkdwn(deal.customerName)}* (${deal.closedOn}).`,
      });
    } catch (error) {
      if (!(error instanceof UserFacingError)) throw error;
      await respond({ replace_original: false, response_type: 'ephemeral', text: error.message });
    }
  });

  router.action<BlockButtonAction>(ACTIONS.dealEdit, async ({ ack, body, respond, client }) => {
    await ack();
    try {
      const caller = await interactionCaller(deps, body.user.id);
      const deal = dealForChange(deps, caller, dealIdOf(body));
      await openDealModal(
        deps,
        client,
        caller,
        body.trigger_id,
        { channelId: body.channel?.id ?? caller.userId, dealId: deal.id },
        {
          amount: plainAmount(deal.amountCents, deal.currency),
          customer: deal.customerName,
          productId: deal.productId,
          regionId: deal.regionId,
          closedOn: deal.closedOn,
          note: deal.note,
          ownerId: deal.memberId,
        },
      );
    } catch (error) {
      if (!(error instanceof UserFacingError)) throw error;
      await respond({ replace_original: false, response_type: 'ephemeral', text: error.message });
    }
  });
}
