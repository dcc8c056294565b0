import { z } from 'zod';
import type { Member } from '../domain/entities/member.js';
import { LOCALES, type Locale, matchLocale } from '../i18n/locale.js';
import type { Speaker, Translator } from '../i18n/translator.js';
import { defineSetting, type SettingsService } from './settings-service.js';

/** The team's language for channel posts; `PACER_LANGUAGE` until `/pacer language` sets one. */
export const LANGUAGE = defineSetting('language', z.enum(LOCALES), (d) => d.language ?? 'en');

interface LanguageDeps {
  settings: SettingsService;
  i18n: Translator;
  members: { get(userId: string): Member | undefined };
}

/** Where a member's language comes from, for `/pacer my-language`. */
export type LanguageSource = 'chosen' | 'slack' | 'team';

export function memberLanguage(
  deps: LanguageDeps,
  userId: string,
): { locale: Locale; source: LanguageSource } {
  const member = deps.members.get(userId);
  const chosen = matchLocale(member?.language);
  if (chosen) return { locale: chosen, source: 'chosen' };
  const slack = matchLocale(member?.slackLocale);
  if (slack) return { locale: slack, source: 'slack' };
  return { locale: deps.settings.get(LANGUAGE), source: 'team' };
}

/** Words for what the whole team reads: channel posts. */
export function teamSpeaker(deps: Omit<LanguageDeps, 'members'>): Speaker {
  return deps.i18n.speaker(deps.settings.get(LANGUAGE));
}

/** Words for one person: their DMs, ephemeral replies and forms. */
export function memberSpeaker(deps: LanguageDeps, userId: string): Speaker {
  return deps.i18n.speaker(memberLanguage(deps, userId).locale);
}
