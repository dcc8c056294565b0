import { systemClock } from '../clock.js';
import { isLocale, type Locale } from '../i18n/locale.js';
import { createTranslator, type Speaker } from '../i18n/translator.js';
import { CatalogRepository } from '../persistence/catalog-repository.js';
import type { Db } from '../persistence/database.js';
import { SettingsRepository } from '../persistence/settings-repository.js';
import { LANGUAGE } from '../services/language-settings.js';
import { SettingsService } from '../services/settings-service.js';

/**
 * What `npm run export` and `npm run import` share: the environment they read (the few variables
 * Pacer's own config would give them; no Slack tokens needed) and the team's settings and lists.
 */
export function cliEnvironment(env: NodeJS.ProcessEnv) {
  const language = env.PACER_LANGUAGE;
  return {
    databasePath: env.DATABASE_PATH || './data/pacer.sqlite',
    timezone: env.PACER_TIMEZONE || 'UTC',
    currency: (env.PACER_CURRENCY || 'USD').toUpperCase(),
    language: (language && isLocale(language) ? language : 'en') as Locale,
    admins: (env.PACER_ADMINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  };
}

export function teamLists(db: Db, env: ReturnType<typeof cliEnvironment>) {
  const settings = new SettingsService(
    new SettingsRepository(db),
    { timezone: env.timezone, currency: env.currency, language: env.language },
    systemClock,
  );
  return {
    settings,
    regions: new CatalogRepository(db, 'region'),
    products: new CatalogRepository(db, 'product'),
  };
}

/** The team's language (as `/pacer language` set it) for what the command prints. */
export function cliSpeaker(settings: SettingsService): Speaker {
  return createTranslator().speaker(settings.get(LANGUAGE));
}
