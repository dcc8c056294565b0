import { ACHIEVEMENTS, type Achievement } from '../../../../domain/achievements/achievements.js';
import { memberSpeaker } from '../../../../services/language-settings.js';
import { setStreakWeeks, switchAchievement } from '../../../../use-cases/achievements.js';
import { UserFacingError } from '../../../user-facing-error.js';
import { ACHIEVEMENT_NAMES } from '../../../views/achievements/achievement-views.js';
import { textReply } from '../../../views/blocks.js';
import type { CommandHandler } from '../../command-listener.js';

/** `/pacer achievements <name> on|off` and `/pacer achievements streak-weeks <n>` (admins). */
export const achievementSettings: CommandHandler = async ({ caller, text }, deps) => {
  const say = memberSpeaker(deps, caller.userId);
  const [name = '', state = '', ...extra] = text.toLowerCase().split(/\s+/).filter(Boolean);
  if (!deps.directory.isAdmin(caller))
    throw new UserFacingError(say.t('achievements.adminOnly'), 'not_admin');
  if (name === 'streak-weeks' && extra.length === 0 && /^\d{1,2}$/.test(state)) {
    const weeks = Number(state);
    if (weeks >= 2 && weeks <= 52)
      return textReply(say.t('achievements.streakSet', { count: setStreakWeeks(deps, caller, weeks) }));
  }
  if (
    !(ACHIEVEMENTS as readonly string[]).includes(name) ||
    (state !== 'on' && state !== 'off') ||
    extra.length
  )
    throw new UserFacingError(say.t('achievements.usage'));
  const achievement = name as Achievement;
  switchAchievement(deps, caller, achievement, state === 'on');
  return textReply(
    say.t('achievements.switched', { name: say.t(ACHIEVEMENT_NAMES[achievement]), on: state }),
  );
};
