import { randomUUID } from 'node:crypto';
import type { AppDeps } from '../../../../app-deps.js';
import { checkKudos, startOfLocalDay } from '../../../../domain/kudos.js';
import { hasControlCharacters } from '../../../../domain/text.js';
import { localDateAt } from '../../../../domain/time.js';
import { inTransaction } from '../../../../persistence/database.js';
import { KUDOS_CHANNEL, KUDOS_DAILY_LIMIT } from '../../../../services/recognition-settings.js';
import { ANNOUNCE_CHANNEL, TIMEZONE } from '../../../../services/settings-service.js';
import type { HelpEntry } from '../../../help-entry.js';
import { parseUserMention } from '../../../mentions.js';
import { escapeMrkdwn } from '../../../mrkdwn.js';
import { UserFacingError } from '../../../user-facing-error.js';
import { textReply } from '../../../views/blocks.js';
import { type CommandHandler, registerCommand } from '../../command-listener.js';
import type { ListenerRouter } from '../../listener-router.js';

const EXAMPLE = '`/kudos @ana @li for covering my demo with Globex`';

export const help: HelpEntry[] = [
  {
    usage: '/kudos <@user> [<@user> …] <reason>',
    example: '/kudos @ana for covering my demo with Globex',
    description: 'thank colleagues in public; counts for the Team Collaboration Award',
  },
];

const MESSAGES = {
  no_receiver: `Mention who you are thanking, e.g. ${EXAMPLE}.`,
  self: `Kudos are for others; you cannot give yourself one. E.g. ${EXAMPLE}.`,
  no_reason: `Say what they did: a reason is required. E.g. ${EXAMPLE}.`,
};

const handleKudos: CommandHandler = async ({ caller, text, channelId }, deps) => {
  const words = text.split(/\s+/).filter(Boolean);
  const receiverIds: string[] = [];
  while (words.length && parseUserMention(words[0]!)) receiverIds.push(parseUserMention(words.shift()!)!);
  if (words[0]?.startsWith('@')) {
    throw new UserFacingError(`Pick the name from Slack's list so it becomes a mention, e.g. ${EXAMPLE}.`);
  }
  const reason = words.join(' ').trim();
  if (hasControlCharacters(reason) || reason.length > 1_000) {
    throw new UserFacingError(
      `Keep the reason to one plain sentence (at most 1,000 characters). E.g. ${EXAMPLE}.`,
    );
  }
  const unique = [...new Set(receiverIds)];
  const now = deps.clock.now();
  const giverTz = caller.tz ?? deps.settings.get(TIMEZONE);
  const dailyLimit = deps.settings.get(KUDOS_DAILY_LIMIT);
  const allowance = () => {
    const givenToday = deps.recognition.kudosGivenSince(caller.userId, startOfLocalDay(now, giverTz));
    const check = checkKudos({ giverId: caller.userId, receiverIds: unique, reason, givenToday, dailyLimit });
    if (check.ok) return check;
    if (check.error !== 'over_allowance') throw new UserFacingError(MESSAGES[check.error]);
    throw new UserFacingError(
      `You have ${check.remaining} of your ${dailyLimit} daily kudos left, and this needs ${unique.length}. They reset at midnight your time.`,
    );
  };
  allowance();
  for (const id of unique) {
    const member = await deps.directory.ensure(id);
    if (!member || member.isBot || member.deleted) {
      throw new UserFacingError(
        `<@${id}> is not an active person here (bots and deactivated accounts get no kudos).`,
      );
    }
  }
  // Counted again with the insert: kudos sent at the same moment cannot both pass the last slot.
  const check = inTransaction(deps.db, () => {
    const fresh = allowance();
    deps.recognition.addKudos({
      giverId: caller.userId,
      receiverIds: unique,
      reason,
      channelId,
      givenAt: now,
      givenOn: localDateAt(now, deps.settings.get(TIMEZONE)),
      batchId: randomUUID(),
    });
    return fresh;
  });
  const mentions = unique.map((id) => `<@${id}>`).join(', ');
  const channel =
    deps.settings.get(KUDOS_CHANNEL) === 'here'
      ? channelId
      : (deps.settings.get(ANNOUNCE_CHANNEL) ?? channelId);
  // After the reply, through the rate-limited sender: a busy channel never delays the giver.
  deps.sender
    .post({ channel, text: `:clap: <@${caller.userId}> thanks ${mentions}: ${escapeMrkdwn(reason)}` })
    .catch((error: unknown) => deps.logger.warn(`kudos saved but not posted in ${channel}`, error));
  return textReply(
    `Kudos sent to ${mentions}. You have ${check.remainingAfter} of ${dailyLimit} left today (they reset at midnight your time).`,
  );
};

export function registerKudos(router: ListenerRouter, deps: AppDeps): void {
  registerCommand(router, deps, '/kudos', handleKudos);
}
