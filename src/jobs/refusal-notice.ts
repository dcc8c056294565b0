import type { Delivery } from '../persistence/job-ledger-repository.js';
import { ACCOUNT_GONE, describeFailure } from './slack-errors.js';
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

/** The DM admins get, once per refused recipient per job and period. */
export function refusalNotice(job: string, periodKey: string, delivery: Delivery): OutgoingMessage {
  const code = delivery.lastError ?? 'unknown_error';
  const next = ACCOUNT_GONE.has(code)
    ? 'They are now inactive in Pacer, so later jobs skip them.'
    : CHANNEL_CODES.has(code)
      ? 'Invite Pacer to the channel, or choose another with `/pacer channel`.'
      : MESSAGE_CODES.has(code)
        ? 'Everyone else got theirs; please report this so the message can be fixed.'
        : 'Everyone else got theirs.';
  return {
    text:
      `:warning: Pacer could not deliver the \`${job}\` message for ${periodKey} to ${deliveryTarget(delivery)}: ` +
      `${describeFailure(code)} (\`${code}\`). ${next}`,
  };
}
