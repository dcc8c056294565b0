import { isLocale, type Locale, matchLocale } from '../../../../i18n/locale.js';
import type { Speaker } from '../../../../i18n/translator.js';
import { LANGUAGE, memberLanguage, memberSpeaker } from '../../../../services/language-settings.js';
import { setMemberLanguage, setTeamLanguage } from '../../../../use-cases/languages.js';
import { UserFacingError } from '../../../user-facing-error.js';
import { textReply } from '../../../views/blocks.js';
import type { CommandHandler } from '../../command-listener.js';
import { requireAdmin } from './admin-guard.js';

const nameOf = (say: Speaker, locale: Locale) => say.t('language.name', { locale: locale.replace('-', '_') });

/** `zh-CN` as typed (any case, `zh`, `zh-Hans`), or null; the reply names the canonical tag. */
function readLocale(text: string): Locale | null {
  const word = text.trim();
  return isLocale(word) ? word : matchLocale(word);
}

/** `/pacer language [en|zh-CN]`: the team's language for channel posts. */
export const teamLanguage: CommandHandler = async ({ caller, text }, deps) => {
  const say = memberSpeaker(deps, caller.userId);
  if (text.trim() === '') {
    return textReply(say.t('language.team', { name: nameOf(say, deps.settings.get(LANGUAGE)) }));
  }
  requireAdmin(deps, caller, 'language');
  const locale = readLocale(text);
  if (!locale) throw new UserFacingError(say.t('language.unknown', { example: '/pacer language zh-CN' }));
  setTeamLanguage(deps, locale, caller.userId);
  return textReply(say.t('language.teamSet', { name: nameOf(say, locale) }));
};

/** `/pacer my-language [en|zh-CN|slack]`: the caller's own language for DMs, replies and forms. */
export const myLanguage: CommandHandler = async ({ caller, text }, deps) => {
  const word = text.trim();
  if (word === '') {
    const { locale, source } = memberLanguage(deps, caller.userId);
    const say = deps.i18n.speaker(locale);
    return textReply(say.t('language.mine', { name: nameOf(say, locale), source }));
  }
  if (word.toLowerCase() === 'slack') {
    setMemberLanguage(deps, caller.userId, null);
    return textReply(memberSpeaker(deps, caller.userId).t('language.mineReset'));
  }
  const locale = readLocale(word);
  if (!locale) {
    const say = memberSpeaker(deps, caller.userId);
    throw new UserFacingError(say.t('language.unknown', { example: '/pacer my-language zh-CN' }));
  }
  setMemberLanguage(deps, caller.userId, locale);
  const say = deps.i18n.speaker(locale);
  return textReply(say.t('language.mineSet', { name: nameOf(say, locale) }));
};
