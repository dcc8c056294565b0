import { parseWorkingWeekdays } from '../../../../domain/schedule.js';
import { memberSpeaker } from '../../../../services/language-settings.js';
import { WORKING_WEEKDAYS } from '../../../../services/settings-service.js';
import { changeSetting } from '../../../../use-cases/team-setup.js';
import { quoted } from '../../../mentions.js';
import { UserFacingError } from '../../../user-facing-error.js';
import { textReply } from '../../../views/blocks.js';
import { weekdaysText } from '../../../views/settings-view.js';
import type { CommandHandler } from '../../command-listener.js';
import { requireAdmin } from './admin-guard.js';

/**
 * `/pacer workdays mon-fri`: the days a month's target is spread over, the pace counts and check-ins
 * go out on. A team in the Gulf sells Sunday to Thursday.
 */
export const workdays: CommandHandler = async ({ caller, text }, deps) => {
  const say = memberSpeaker(deps, caller.userId);
  if (text.trim() === '')
    return textReply(
      say.t('workdays.show', { days: weekdaysText(deps.settings.get(WORKING_WEEKDAYS), say) }),
    );
  requireAdmin(deps, caller, 'workdays');
  const parsed = parseWorkingWeekdays(text);
  if (!parsed.ok) {
    const example = { example: '`/pacer workdays mon-fri`, `/pacer workdays sun-thu`' };
    throw new UserFacingError(
      parsed.error === 'empty'
        ? say.t('workdays.problem.empty', example)
        : say.t('workdays.problem.badDay', { typed: quoted(parsed.typed), ...example }),
    );
  }
  const before = deps.settings.get(WORKING_WEEKDAYS);
  changeSetting(deps, WORKING_WEEKDAYS, parsed.days, caller.userId);
  return textReply(
    say.t('workdays.set', { before: weekdaysText(before, say), days: weekdaysText(parsed.days, say) }),
  );
};
