import type { ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import type { AppDeps } from '../../../app-deps.js';
import { parseAmount } from '../../../domain/money.js';
import type { MessageKey } from '../../../i18n/catalog.js';
import { memberSpeaker } from '../../../services/language-settings.js';
import { CURRENCY } from '../../../services/settings-service.js';
import { applySetup, type SetupInput, type SetupProblem } from '../../../use-cases/home-setup.js';
import type { HomePublisher } from '../../home/home-publisher.js';
import { VIEWS } from '../../ids.js';
import { cannotSaveAnswer } from '../../notifications/database-alert.js';
import { UserFacingError } from '../../user-facing-error.js';
import { truncatePlain } from '../../views/fit.js';
import { SETUP_FIELDS } from '../../views/home/home-modals.js';
import { interactionCaller } from '../interaction-caller.js';
import type { ListenerRouter } from '../listener-router.js';
import { readViewMetadata } from './view-metadata.js';

type Values = ViewSubmitAction['view']['state']['values'];

const PROBLEM: Record<SetupProblem, { key: MessageKey; field: string }> = {
  not_admin: { key: 'home.notAdmin', field: SETUP_FIELDS.channel },
  bad_timezone: { key: 'home.badTimezone', field: SETUP_FIELDS.timezone },
  unknown_member: { key: 'home.unknownMember', field: SETUP_FIELDS.reps },
};

/** The admin's setup form from App Home: saved all at once, errors shown on their fields. */
export function registerHomeSetupSubmission(
  router: ListenerRouter,
  deps: AppDeps,
  home: HomePublisher,
): void {
  router.view<ViewSubmitAction>(VIEWS.homeSetupModal, async ({ ack, body, view }) => {
    const caller = await interactionCaller(deps, body.user.id);
    const say = memberSpeaker(deps, caller.userId);
    const values: Values = view.state.values;
    const v = (block: string) => values[block]?.value;
    const metadata = readViewMetadata(view.private_metadata, z.object({ year: z.number().int() }));
    const input: SetupInput = {};
    const channel = v(SETUP_FIELDS.channel)?.selected_conversation;
    if (channel) input.channelId = channel;
    const timezone = v(SETUP_FIELDS.timezone)?.value?.trim();
    if (timezone) input.timezone = timezone;
    const reps = v(SETUP_FIELDS.reps)?.selected_users;
    if (reps?.length) input.repIds = reps;
    const manager = v(SETUP_FIELDS.manager)?.selected_user;
    if (manager) input.managerId = manager;
    const target = v(SETUP_FIELDS.target)?.value?.trim();
    if (target) {
      const amount = parseAmount(target, deps.settings.get(CURRENCY));
      if (!amount.ok || amount.cents <= 0 || !metadata) {
        await ack({ response_action: 'errors', errors: { [SETUP_FIELDS.target]: say.t('home.badAmount') } });
        return;
      }
      input.teamTarget = { year: metadata.year, amountCents: amount.cents };
    }
    try {
      const result = await applySetup(deps, caller, input);
      if (!result.ok) {
        const { key, field } = PROBLEM[result.problem];
        await ack({ response_action: 'errors', errors: { [field]: say.t(key) } });
        return;
      }
    } catch (error) {
      const cannotSave = cannotSaveAnswer(error, say);
      if (!cannotSave && !(error instanceof UserFacingError)) throw error;
      const text = cannotSave ?? (error as UserFacingError).message;
      await ack({ response_action: 'errors', errors: { [SETUP_FIELDS.channel]: truncatePlain(text, 150) } });
      return;
    }
    await ack();
    await home.publish(caller.userId);
  });
}
