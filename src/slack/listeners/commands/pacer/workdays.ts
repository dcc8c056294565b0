import { parseWorkingWeekdays, weekdayName } from '../../../../domain/schedule.js';
import { WORKING_WEEKDAYS } from '../../../../services/settings-service.js';
import { changeSetting } from '../../../../use-cases/team-setup.js';
import { UserFacingError } from '../../../user-facing-error.js';
import { textReply } from '../../../views/blocks.js';
import type { CommandHandler } from '../../command-listener.js';
import { requireAdmin } from './admin-guard.js';

const names = (days: readonly number[]) => days.map((d) => weekdayName(d).slice(0, 3)).join(', ');

/**
 * `/pacer workdays mon-fri`: the days a month's target is spread over, the pace counts and check-ins
 * go out on. A team in the Gulf sells Sunday to Thursday.
 */
export const workdays: CommandHandler = async ({ caller, text }, deps) => {
  if (text.trim() === '') return textReply(`Working days: *${names(deps.settings.get(WORKING_WEEKDAYS))}*.`);
  requireAdmin(deps, caller, 'workdays');
  const parsed = parseWorkingWeekdays(text);
  if (!parsed.ok) throw new UserFacingError(parsed.error);
  const before = deps.settings.get(WORKING_WEEKDAYS);
  changeSetting(deps, WORKING_WEEKDAYS, parsed.days, caller.userId);
  return textReply(
    `Working days changed from ${names(before)} to *${names(parsed.days)}*. Targets are spread over them, ` +
      'paces count them, and check-ins go out on them.',
  );
};
