import { memberSpeaker } from '../../../../services/language-settings.js';
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
  descriptionKey: 'help.pacer.forget',
  adminOnly: true,
};

/** `/pacer forget @user` (admins): one person's personal texts deleted, with an audit entry. */
export const forget: CommandHandler = async ({ caller, text }, deps) => {
  requireAdmin(deps, caller, 'forget');
  const say = memberSpeaker(deps, caller.userId);
  const mention = readUserMention(text.trim(), '`/pacer forget @ana`', say);
  if (!mention.ok) throw new UserFacingError(mention.error);
  const removed = forgetMember(deps, mention.id, caller.userId);
  return textReply(
    say.t('forget.done', {
      member: mention.id,
      checkins: removed.checkins,
      feedback: removed.feedback,
      kudos: removed.kudosTexts,
    }),
  );
};
