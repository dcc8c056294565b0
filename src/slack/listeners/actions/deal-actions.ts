import type { AppDeps } from '../../../app-deps.js';
import { plainAmount } from '../../../domain/money.js';
import { refusal } from '../../../domain/problem.js';
import { dealForChange, deleteDeal } from '../../../use-cases/deals.js';
import { ACTIONS } from '../../ids.js';
import { escapeMrkdwn, plainInline } from '../../mrkdwn.js';
import { checkAchievementsSoon } from '../../notifications/achievements.js';
import { retractCelebration } from '../../notifications/deal-celebration.js';
import { registerAction } from '../action-listener.js';
import { openDealModal } from '../commands/deal/open-deal-modal.js';
import type { ListenerRouter } from '../listener-router.js';

function dealIdOf(value: string): number {
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id <= 0) throw refusal('action.outOfDate');
  return id;
}

/** Undo, Edit and Delete buttons on deal messages. A second click finds the deal gone and says so. */
export function registerDealActions(router: ListenerRouter, deps: AppDeps): void {
  registerAction(router, deps, ACTIONS.dealUndo, async ({ caller, value, say }) => {
    const deal = deleteDeal(deps, caller, dealIdOf(value), 'deal.undo');
    checkAchievementsSoon(deps, deal.memberId, deal.closedOn);
    void retractCelebration(deps, deal.id);
    const params = { amount: say.money(deal.amountCents, deal.currency) };
    return {
      replace: true,
      text: say.t('deal.undoneClick', { ...params, customer: escapeMrkdwn(deal.customerName) }),
      fallback: say.t('deal.undoneClick', { ...params, customer: plainInline(deal.customerName) }),
    };
  });

  registerAction(router, deps, ACTIONS.dealDelete, async ({ caller, value, say }) => {
    const deal = deleteDeal(deps, caller, dealIdOf(value));
    checkAchievementsSoon(deps, deal.memberId, deal.closedOn);
    void retractCelebration(deps, deal.id);
    const params = { amount: say.money(deal.amountCents, deal.currency), date: say.date(deal.closedOn) };
    return {
      text: say.t('deal.deleted', { ...params, customer: escapeMrkdwn(deal.customerName) }),
      fallback: say.t('deal.deleted', { ...params, customer: plainInline(deal.customerName) }),
    };
  });

  registerAction(
    router,
    deps,
    ACTIONS.dealEdit,
    async ({ caller, value, triggerId, channelId }, _, { client }) => {
      const deal = dealForChange(deps, caller, dealIdOf(value));
      await openDealModal(
        deps,
        client,
        caller,
        triggerId,
        { channelId, dealId: deal.id },
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
      return null;
    },
  );
}
