import type { AppDeps } from '../../../../app-deps.js';
import { localDateAt } from '../../../../domain/time.js';
import { ACHIEVEMENTS_OFF, STREAK_WEEKS } from '../../../../services/achievement-settings.js';
import { memberSpeaker } from '../../../../services/language-settings.js';
import { TIMEZONE } from '../../../../services/settings-service.js';
import { achievementsOf } from '../../../../use-cases/achievements.js';
import type { HelpEntry } from '../../../help-entry.js';
import { readUserMention } from '../../../mentions.js';
import { UserFacingError } from '../../../user-facing-error.js';
import { achievementsView } from '../../../views/achievements/achievement-views.js';
import { type CommandHandler, registerCommand } from '../../command-listener.js';
import type { ListenerRouter } from '../../listener-router.js';

export const help: HelpEntry[] = [
  {
    usage: '/achievements [<@user>]',
    example: '/achievements @ana',
    descriptionKey: 'help.achievements.show',
  },
];

const handleAchievements: CommandHandler = async ({ caller, text }, deps) => {
  const say = memberSpeaker(deps, caller.userId);
  let memberId = caller.userId;
  if (text.trim() !== '') {
    const mention = readUserMention(text.trim(), '`/achievements @ana`', say);
    if (!mention.ok) throw new UserFacingError(say.t('achievements.badUser'));
    memberId = mention.id;
  }
  const timezone = deps.settings.get(TIMEZONE);
  return achievementsView(
    say,
    memberId,
    achievementsOf(deps, memberId),
    deps.settings.get(ACHIEVEMENTS_OFF),
    deps.settings.get(STREAK_WEEKS),
    (iso) => say.date(localDateAt(new Date(iso), timezone)),
  );
};

export function registerAchievements(router: ListenerRouter, deps: AppDeps): void {
  registerCommand(router, deps, '/achievements', handleAchievements);
}
