import type { AppDeps } from '../app-deps.js';
import type { Locale } from '../i18n/locale.js';
import { inTransaction } from '../persistence/database.js';
import { LANGUAGE } from '../services/language-settings.js';
import { changeSetting } from './team-setup.js';

/** The team's language for channel posts (admins only; the caller checks). Audited. */
export function setTeamLanguage(
  deps: Pick<AppDeps, 'db' | 'settings' | 'audit' | 'clock'>,
  locale: Locale,
  actor: string,
): void {
  changeSetting(deps, LANGUAGE, locale, actor);
}

/** A member's own language, or `null` to follow their Slack language again. Audited, one transaction. */
export function setMemberLanguage(
  deps: Pick<AppDeps, 'db' | 'members' | 'audit' | 'clock'>,
  userId: string,
  locale: Locale | null,
): void {
  inTransaction(deps.db, () => {
    const before = deps.members.get(userId)?.language ?? null;
    deps.members.setLanguage(userId, locale);
    deps.audit.record({
      at: deps.clock.now(),
      actor: userId,
      action: 'member.language',
      entity: 'member',
      entityId: userId,
      before,
      after: locale,
    });
  });
}
