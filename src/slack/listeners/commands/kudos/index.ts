import type { AppDeps } from '../../../../app-deps.js';
import { memberSpeaker, teamSpeaker } from '../../../../services/language-settings.js';
import { giveKudos } from '../../../../use-cases/recognition.js';
import type { HelpEntry } from '../../../help-entry.js';
import { parseUserMention } from '../../../mentions.js';
import { escapeMrkdwn } from '../../../mrkdwn.js';
import { UserFacingError } from '../../../user-facing-error.js';
import { textReply } from '../../../views/blocks.js';
import { type CommandHandler, registerCommand } from '../../command-listener.js';
import type { ListenerRouter } from '../../listener-router.js';

export const help: HelpEntry[] = [
  {
    usage: '/kudos <@user> [<@user> …] <reason>',
    example: '/kudos @ana for covering my demo with Globex',
    descriptionKey: 'help.kudos.give',
  },
];

const REFUSALS = {
  no_receiver: 'kudos.noReceiver',
  self: 'kudos.self',
  no_reason: 'kudos.noReason',
  reason_too_long: 'kudos.reasonTooLong',
} as const;

const mentions = (ids: readonly string[]) => ids.map((id) => `<@${id}>`).join(', ');

/** Parse the mentions and the reason, store through the use case, thank in public. */
const handleKudos: CommandHandler = async ({ caller, text, channelId }, deps) => {
  const say = memberSpeaker(deps, caller.userId);
  const words = text.split(/\s+/).filter(Boolean);
  const receiverIds: string[] = [];
  while (words.length && parseUserMention(words[0]!)) receiverIds.push(parseUserMention(words.shift()!)!);
  if (words[0]?.startsWith('@')) throw new UserFacingError(say.t('kudos.typedName'));
  const reason = words.join(' ').trim();
  const result = await giveKudos(deps, caller, { receiverIds, reason, channelId });
  if (!result.ok) {
    switch (result.error) {
      case 'over_allowance':
        throw new UserFacingError(
          say.t('kudos.overAllowance', {
            left: result.remaining,
            limit: result.dailyLimit,
            count: result.needed,
          }),
        );
      case 'not_active':
        throw new UserFacingError(say.t('kudos.notActive', { member: result.memberId }));
      default:
        throw new UserFacingError(say.t(REFUSALS[result.error]));
    }
  }
  const post = teamSpeaker(deps).t('kudos.post', {
    member: caller.userId,
    members: mentions(result.receiverIds),
    reason: escapeMrkdwn(reason),
  });
  // After the reply, through the rate-limited sender: a busy channel never delays the giver.
  deps.sender
    .post({ channel: result.channel, text: post })
    .catch((error: unknown) => deps.logger.warn(`kudos saved but not posted in ${result.channel}`, error));
  return textReply(
    say.t('kudos.sent', {
      members: mentions(result.receiverIds),
      left: result.remainingAfter,
      limit: result.dailyLimit,
    }),
  );
};

export function registerKudos(router: ListenerRouter, deps: AppDeps): void {
  registerCommand(router, deps, '/kudos', handleKudos);
}
