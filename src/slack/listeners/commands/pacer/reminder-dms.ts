import { REMINDER_DMS } from '../../../../services/calendar-settings.js';
import { memberSpeaker } from '../../../../services/language-settings.js';
import { changeSetting } from '../../../../use-cases/team-setup.js';
import { UserFacingError } from '../../../user-facing-error.js';
import { textReply } from '../../../views/blocks.js';
import type { CommandHandler } from '../../command-listener.js';
import { requireAdmin } from './admin-guard.js';

/** `/pacer reminder-dms on|off`: whether the Monday reminder also DMs each rep. */
export const reminderDms: CommandHandler = async ({ caller, text }, deps) => {
  const state = text.trim().toLowerCase();
  const say = memberSpeaker(deps, caller.userId);
  if (state === '')
    return textReply(say.t('reminderDms.state', { on: deps.settings.get(REMINDER_DMS) ? 'yes' : 'no' }));
  requireAdmin(deps, caller, 'reminderDms');
  if (state !== 'on' && state !== 'off') throw new UserFacingError(say.t('reminderDms.onOff'));
  changeSetting(deps, REMINDER_DMS, state === 'on', caller.userId);
  return textReply(say.t('reminderDms.set', { on: state === 'on' ? 'yes' : 'no' }));
};
