import { forgetMember } from '../../../../use-cases/data-retention.js';
import type { HelpEntry } from '../../../help-entry.js';
import { readUserMention } from '../../../mentions.js';
import { UserFacingError } from '../../../user-facing-error.js';
import { textReply } from '../../../views/blocks.js';
import type { CommandHandler } from '../../command-listener.js';
import { requireAdmin } from './admin-guard.js';

export const forgetHelp: HelpEntry = {
  usage: '/pacer forget <@user>',
  example: '/pacer forget @ana',
  description: "deletes a person's check-in answers, feedback and kudos texts (deals and awards stay)",
  adminOnly: true,
};

/** `/pacer forget @user` (admins): one person's personal texts deleted, with an audit entry. */
export const forget: CommandHandler = async ({ caller, text }, deps) => {
  requireAdmin(deps, caller, 'forget');
  const mention = readUserMention(text.trim(), '`/pacer forget @ana`');
  if (!mention.ok) throw new UserFacingError(mention.error);
  const removed = forgetMember(deps, mention.id, caller.userId);
  return textReply(
    `Deleted for <@${mention.id}>: ${removed.checkins} check-in(s) with their answers, ` +
      `${removed.feedback} feedback note(s), and the words of ${removed.kudosTexts} kudos ` +
      '(the kudos still count). Deals, targets and announced awards are kept. The audit log records this.',
  );
};
