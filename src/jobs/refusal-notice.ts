import type { Speaker } from '../i18n/translator.js';
import type { Delivery } from '../persistence/job-ledger-repository.js';
import { failureText } from '../slack/views/schedule-text.js';
import { ACCOUNT_GONE } from './slack-errors.js';
import type { OutgoingMessage } from './slack-sender.js';

const USER_ID = /^[UW][A-Z0-9]+$/;

/** Who a delivery was for, as Slack shows it: a member mention, a channel mention, or its name. */
export function deliveryTarget(delivery: Pick<Delivery, 'recipient' | 'channel'>): string {
  if (USER_ID.test(delivery.recipient)) return `<@${delivery.recipient}>`;
  if (delivery.channel && /^[CG][A-Z0-9]+$/.test(delivery.channel)) return `<#${delivery.channel}>`;
  return `\`${delivery.recipient.replace(/[`<>&]/g, '')}\``;
}

const CHANNEL_CODES = new Set(['channel_not_found', 'not_in_channel', 'is_archived']);
const MESSAGE_CODES = new Set(['invalid_blocks', 'msg_too_long', 'no_text', 'invalid_arguments']);

/** The DM admins get, once per refused recipient per job and period, in the admin's language. */
export function refusalNotice(
  job: string,
  periodKey: string,
  delivery: Delivery,
  say: Speaker,
): OutgoingMessage {
  const code = delivery.lastError ?? 'unknown_error';
  const next = ACCOUNT_GONE.has(code)
    ? 'gone'
    : CHANNEL_CODES.has(code)
      ? 'channel'
      : MESSAGE_CODES.has(code)
        ? 'message'
        : 'other';
  return {
    text: say.t('refusal.notice', {
      job,
      periodKey,
      target: deliveryTarget(delivery),
      reason: failureText(code, say),
      code,
      next,
    }),
  };
}
