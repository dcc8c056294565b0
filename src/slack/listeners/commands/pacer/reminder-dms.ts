import { REMINDER_DMS } from '../../../../services/calendar-settings.js';
import { changeSetting } from '../../../../use-cases/team-setup.js';
import { UserFacingError } from '../../../user-facing-error.js';
import { textReply } from '../../../views/blocks.js';
import type { CommandHandler } from '../../command-listener.js';
import { requireAdmin } from './admin-guard.js';

/** `/pacer reminder-dms on|off`: whether the Monday reminder also DMs each rep. */
export const reminderDms: CommandHandler = async ({ caller, text }, deps) => {
  const state = text.trim().toLowerCase();
  if (state === '')
    return textReply(`Monday reminder DMs are *${deps.settings.get(REMINDER_DMS) ? 'on' : 'off'}*.`);
  requireAdmin(deps, caller, 'reminderDms');
  if (state !== 'on' && state !== 'off')
    throw new UserFacingError('Say on or off, e.g. `/pacer reminder-dms off`.');
  changeSetting(deps, REMINDER_DMS, state === 'on', caller.userId);
  return textReply(`Monday reminder DMs are now *${state}*.`);
};
