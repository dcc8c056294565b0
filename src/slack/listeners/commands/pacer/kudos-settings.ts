import { memberSpeaker } from '../../../../services/language-settings.js';
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
  const say = memberSpeaker(deps, caller.userId);
  if (!what) {
    return textReply(
      say.t('kudos.state', {
        count: deps.settings.get(KUDOS_DAILY_LIMIT),
        where: deps.settings.get(KUDOS_CHANNEL),
        example: EXAMPLE,
      }),
    );
  }
  requireAdmin(deps, caller, 'kudos');
  const save = <T>(def: SettingDef<T>, next: T) => changeSetting(deps, def, next, caller.userId);
  if (what === 'limit' && /^\d{1,3}$/.test(value) && Number(value) >= 1 && Number(value) <= 100) {
    save(KUDOS_DAILY_LIMIT, Number(value));
    return textReply(say.t('kudos.limitSet', { count: Number(value) }));
  }
  if (what === 'channel' && (value === 'announce' || value === 'here')) {
    save(KUDOS_CHANNEL, value);
    return textReply(say.t('kudos.channelSet', { where: value }));
  }
  throw new UserFacingError(say.t('kudos.usage', { example: EXAMPLE }));
};
