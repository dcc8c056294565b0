import type { KnownBlock, View } from '@slack/types';
import type { Speaker } from '../../../i18n/translator.js';
import { VIEWS } from '../../ids.js';
import { plainText, SLACK } from '../fit.js';

/** The setup form's blocks: what the submission reads and where it shows an error. */
export const SETUP_FIELDS = {
  channel: 'setup_channel',
  timezone: 'setup_timezone',
  reps: 'setup_reps',
  manager: 'setup_manager',
  target: 'setup_target',
} as const;

export interface SetupPrefill {
  channelId: string | null;
  timezone: string;
  year: number;
}

/** App Home's setup form for admins: every step of the checklist in one modal, each optional. */
export function setupModal(prefill: SetupPrefill, say: Speaker): View {
  const input = (blockId: string, label: string, element: Record<string, unknown>): KnownBlock =>
    ({
      type: 'input',
      block_id: blockId,
      optional: true,
      label: plainText(label, SLACK.inputLabel),
      element: { action_id: 'value', ...element },
    }) as KnownBlock;
  return {
    type: 'modal',
    callback_id: VIEWS.homeSetupModal,
    title: plainText(say.t('home.setupModalTitle'), SLACK.viewTitle),
    submit: plainText(say.t('home.save'), SLACK.viewTitle),
    close: plainText(say.t('home.close'), SLACK.viewTitle),
    private_metadata: JSON.stringify({ year: prefill.year }),
    blocks: [
      input(SETUP_FIELDS.channel, say.t('home.fieldChannel'), {
        type: 'conversations_select',
        filter: { include: ['public', 'private'], exclude_bot_users: true },
        ...(prefill.channelId ? { initial_conversation: prefill.channelId } : {}),
      }),
      input(SETUP_FIELDS.timezone, say.t('home.fieldTimezone'), {
        type: 'plain_text_input',
        initial_value: prefill.timezone,
        max_length: 100,
      }),
      input(SETUP_FIELDS.reps, say.t('home.fieldReps'), {
        type: 'multi_users_select',
        max_selected_items: 50,
      }),
      input(SETUP_FIELDS.manager, say.t('home.fieldManager'), {
        type: 'users_select',
      }),
      input(SETUP_FIELDS.target, say.t('home.fieldTarget', { year: String(prefill.year) }), {
        type: 'plain_text_input',
        max_length: 40,
      }),
    ],
  };
}

/** A modal around blocks built for a message (the leaderboard): no inputs, only Close. */
export function readOnlyModal(title: string, blocks: readonly KnownBlock[], say: Speaker): View {
  return {
    type: 'modal',
    callback_id: VIEWS.homeLeaderboardModal,
    title: plainText(title, SLACK.viewTitle),
    close: plainText(say.t('home.close'), SLACK.viewTitle),
    blocks: [...blocks].slice(0, SLACK.viewBlocks),
  };
}
