import { KUDOS_CHANNEL, KUDOS_DAILY_LIMIT } from '../../../../services/recognition-settings.js';
import type { SettingDef } from '../../../../services/settings-service.js';
import { changeSetting } from '../../../../use-cases/team-setup.js';
import { tokenize } from '../../../command-text.js';
import { UserFacingError } from '../../../user-facing-error.js';
import { textReply } from '../../../views/blocks.js';
import type { CommandHandler } from '../../command-listener.js';
import { requireAdmin } from './admin-guard.js';

const EXAMPLE = '`/pacer kudos limit 3` or `/pacer kudos channel here`';

/** `/pacer kudos limit <1-100>` and `/pacer kudos channel announce|here`. */
export const kudosSettings: CommandHandler = async ({ caller, text }, deps) => {
  const [what = '', value = ''] = tokenize(text.toLowerCase());
  if (!what) {
    const where =
      deps.settings.get(KUDOS_CHANNEL) === 'here' ? 'the channel they are typed in' : 'the announce channel';
    return textReply(
      `Each person may give ${deps.settings.get(KUDOS_DAILY_LIMIT)} kudos a day; they are posted in ${where}. Change with ${EXAMPLE}.`,
    );
  }
  requireAdmin(deps, caller, 'kudos');
  const save = <T>(def: SettingDef<T>, next: T) => changeSetting(deps, def, next, caller.userId);
  if (what === 'limit' && /^\d{1,3}$/.test(value) && Number(value) >= 1 && Number(value) <= 100) {
    save(KUDOS_DAILY_LIMIT, Number(value));
    return textReply(`Each person may now give ${value} kudos a day.`);
  }
  if (what === 'channel' && (value === 'announce' || value === 'here')) {
    save(KUDOS_CHANNEL, value);
    return textReply(
      `Kudos now go to ${value === 'here' ? 'the channel they are typed in' : 'the announce channel'}.`,
    );
  }
  throw new UserFacingError(`Use ${EXAMPLE} (a limit is 1 to 100).`);
};
