import type { BlockButtonAction } from '@slack/bolt';
import type { KnownBlock } from '@slack/types';
import type { AppDeps } from '../../../app-deps.js';
import { memberSpeaker } from '../../../services/language-settings.js';
import { CURRENCY } from '../../../services/settings-service.js';
import { acknowledgeNotice, noticeFigures } from '../../../use-cases/target-notices.js';
import { scopeName } from '../../../use-cases/targets.js';
import { ACTIONS } from '../../ids.js';
import { acknowledgedMessage, targetToldMessage } from '../../views/targets/target-told-views.js';
import { interactionCaller } from '../interaction-caller.js';
import type { ListenerRouter } from '../listener-router.js';

/**
 * Acknowledge on a target DM: recorded once (a double click or a retried request finds it recorded
 * and shows the same first time), and the DM is redrawn to say when.
 */
export function registerTargetActions(router: ListenerRouter, deps: AppDeps): void {
  router.action<BlockButtonAction>(ACTIONS.targetAck, async ({ ack, body, respond }) => {
    await ack();
    const caller = await interactionCaller(deps, body.user.id);
    const say = memberSpeaker(deps, caller.userId);
    const outcome = acknowledgeNotice(deps, caller, Number(body.actions[0]?.value));
    if (!outcome.ok) {
      const text =
        outcome.code === 'gone'
          ? say.t('targetTold.ackGone')
          : say.t('targetTold.ackNotYours', { recipient: outcome.recipient });
      await respond({ replace_original: false, response_type: 'ephemeral', text });
      return;
    }
    const ackedAt = outcome.notice.ackedAt!;
    const sent = body.message as { text?: string; blocks?: KnownBlock[] } | undefined;
    if (sent?.blocks?.length) {
      await respond({
        replace_original: true,
        ...acknowledgedMessage(say, { text: sent.text ?? '', blocks: sent.blocks }, ackedAt),
      });
      return;
    }
    // Without the message (Slack always sends it for a button in a DM): drawn again from the notice.
    const told = noticeFigures(deps, outcome.notice);
    if (!told) return;
    const currency = deps.settings.get(CURRENCY);
    await respond({
      replace_original: true,
      ...targetToldMessage(say, told, currency, scopeName(deps, outcome.notice.scope)),
    });
  });
}
