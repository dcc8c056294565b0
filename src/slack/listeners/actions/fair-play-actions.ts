import type { BlockButtonAction, RespondFn } from '@slack/bolt';
import type { AppDeps } from '../../../app-deps.js';
import { CONFIRM_HOURS } from '../../../domain/deals/waiting.js';
import { memberSpeaker } from '../../../services/language-settings.js';
import {
  cancelPending,
  confirmerOf,
  confirmPending,
  decidePending,
  type PendingOutcome,
} from '../../../use-cases/fair-play.js';
import { ACTIONS } from '../../ids.js';
import { pendingView, tellDecision } from '../../notifications/deal-approval.js';
import { celebrateDeal, refreshCelebration } from '../../notifications/deal-celebration.js';
import { cancelledText, decidedByYouText } from '../../views/deals/fair-play-views.js';
import { gateReply } from '../commands/deal/gate-reply.js';
import { loggedReply } from '../commands/deal/logged-reply.js';
import { interactionCaller } from '../interaction-caller.js';
import type { ListenerRouter } from '../listener-router.js';

const pendingIdOf = (body: BlockButtonAction) => Number(body.actions[0]?.value);

/**
 * Where a click is answered. A button in a message replaces or answers it through its response_url;
 * App Home's buttons have none (Bolt then gives no `respond`): the tab is published again once the
 * deal stops waiting, and only a refusal needs words, sent as a DM.
 */
function answerer(deps: AppDeps, body: BlockButtonAction, respond: RespondFn | undefined) {
  if (respond && body.response_url) return { respond, fromHome: false };
  const dm: RespondFn = async (message) => {
    const text = typeof message === 'string' ? message : (message.text ?? '');
    await deps.sender.dm(body.user.id, { text });
    return undefined as never;
  };
  return { respond: dm, fromHome: true };
}

/** Refusals of a click (not yours, decided already, gone), in the clicker's language, only to them. */
async function refuse(
  deps: AppDeps,
  userId: string,
  respond: RespondFn,
  outcome: PendingOutcome & { ok: false },
) {
  const say = memberSpeaker(deps, userId);
  const text =
    outcome.code === 'pending.gone'
      ? say.t('fairPlay.gone')
      : outcome.code === 'pending.decided'
        ? say.t('fairPlay.decided', {
            decision: outcome.pending.decision ?? 'rejected',
            by: outcome.pending.decidedBy ?? outcome.pending.loggedBy,
            hours: CONFIRM_HOURS,
          })
        : outcome.code === 'pending.notYours'
          ? say.t('fairPlay.notYours', { logger: confirmerOf(outcome.pending) })
          : say.t('fairPlay.notApprover', { owner: outcome.pending.memberId });
  await respond({ replace_original: false, response_type: 'ephemeral', text });
}

/** A deal that now counts is celebrated (unless its API request said not to); a change refreshes the post. */
function followUp(deps: AppDeps, outcome: Extract<PendingOutcome, { kind: 'logged' }>): void {
  if (outcome.edited) void refreshCelebration(deps, outcome.deal);
  else if (outcome.created && outcome.celebrate) void celebrateDeal(deps, outcome.deal, outcome.source);
}

/** Yes / Cancel on an unusual deal, Approve / Reject on a large one. Each acts once. */
export function registerFairPlayActions(router: ListenerRouter, deps: AppDeps): void {
  router.action<BlockButtonAction>(ACTIONS.dealConfirm, async ({ ack, body, respond }) => {
    await ack();
    const caller = await interactionCaller(deps, body.user.id);
    const outcome = await confirmPending(deps, caller, pendingIdOf(body));
    if (!outcome.ok) return refuse(deps, caller.userId, respond, outcome);
    if (outcome.kind === 'approval') {
      await respond({ replace_original: true, ...gateReply(deps, caller.userId, outcome) });
      return;
    }
    if (outcome.kind !== 'logged') return;
    followUp(deps, outcome);
    await respond({
      replace_original: true,
      ...loggedReply(deps, outcome.deal, caller.userId, outcome.edited),
    });
  });

  router.action<BlockButtonAction>(ACTIONS.dealCancel, async ({ ack, body, respond }) => {
    await ack();
    const caller = await interactionCaller(deps, body.user.id);
    const outcome = cancelPending(deps, caller, pendingIdOf(body));
    if (!outcome.ok) return refuse(deps, caller.userId, respond, outcome);
    const say = memberSpeaker(deps, caller.userId);
    await respond({ replace_original: true, text: cancelledText(say, pendingView(deps, outcome.pending)) });
  });

  for (const [actionId, approve] of [
    [ACTIONS.dealApprove, true],
    [ACTIONS.dealReject, false],
  ] as const) {
    router.action<BlockButtonAction>(actionId, async ({ ack, body, respond: maybe }) => {
      await ack();
      const { respond, fromHome } = answerer(deps, body, maybe);
      const caller = await interactionCaller(deps, body.user.id);
      const outcome = await decidePending(deps, caller, pendingIdOf(body), approve);
      if (!outcome.ok) return refuse(deps, caller.userId, respond, outcome);
      if (outcome.kind === 'logged') followUp(deps, outcome);
      const say = memberSpeaker(deps, caller.userId);
      if (!fromHome) {
        await respond({
          replace_original: true,
          text: decidedByYouText(say, pendingView(deps, outcome.pending), approve),
        });
      }
      await tellDecision(deps, outcome.pending, approve, caller.userId);
    });
  }
}
