import type { BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../../app-deps.js';
import { CHECKIN_QUESTIONS } from '../../../services/checkin-settings.js';
import { memberSpeaker } from '../../../services/language-settings.js';
import { checkinFor, prefillOf, roundByKey } from '../../../use-cases/checkins.js';
import { ACTIONS } from '../../ids.js';
import { UserFacingError } from '../../user-facing-error.js';
import { checkinModal, feedbackModal } from '../../views/checkins/checkin-views.js';
import { interactionCaller } from '../interaction-caller.js';
import type { ListenerRouter } from '../listener-router.js';

/** Start / Edit on a check-in DM, and Give feedback on a manager's prompt. */
export function registerCheckinActions(router: ListenerRouter, deps: AppDeps): void {
  router.action<BlockButtonAction>(ACTIONS.checkinStart, async ({ ack, body, client, respond }) => {
    await ack();
    try {
      const caller = await interactionCaller(deps, body.user.id);
      const say = memberSpeaker(deps, caller.userId);
      const round = roundByKey(deps, body.actions[0]?.value ?? '');
      const checkin = round ? deps.checkins.get(round.key, caller.userId) : undefined;
      // The DM went to one person; a forwarded or shared button must not open someone else's.
      if (
        !round ||
        !checkin?.sentAt ||
        (body.channel?.id && checkin.channel && body.channel.id !== checkin.channel)
      ) {
        throw new UserFacingError(say.t('checkin.notYours'));
      }
      if (deps.clock.now() >= checkinFor(deps, caller, round).closesAt) {
        throw new UserFacingError(say.t('checkin.closedThanks'));
      }
      await client.views.open({
        trigger_id: body.trigger_id,
        view: checkinModal(say, deps.settings.get(CHECKIN_QUESTIONS), round.key, prefillOf(deps, checkin)),
      });
    } catch (error) {
      if (!(error instanceof UserFacingError)) throw error;
      await respond({ response_type: 'ephemeral', replace_original: false, text: error.message });
    }
  });

  router.action<BlockButtonAction>(ACTIONS.feedbackGive, async ({ ack, body, client, respond }) => {
    await ack();
    try {
      const caller = await interactionCaller(deps, body.user.id);
      const say = memberSpeaker(deps, caller.userId);
      const value = body.actions[0]?.value ?? '';
      const memberId = value.split('|')[0] ?? '';
      const member = deps.members.get(memberId);
      if (!member || (member.managerId !== caller.userId && !deps.directory.isAdmin(caller))) {
        throw new UserFacingError(say.t('checkin.feedback.notManager'));
      }
      await client.views.open({ trigger_id: body.trigger_id, view: feedbackModal(say, member.name, value) });
    } catch (error) {
      if (!(error instanceof UserFacingError)) throw error;
      await respond({ response_type: 'ephemeral', replace_original: false, text: error.message });
    }
  });
}
