import type { AppDeps } from '../../app-deps.js';
import type { MessageKey } from '../../i18n/catalog.js';
import type { Speaker } from '../../i18n/translator.js';
import { DatabaseUnavailableError } from '../../persistence/database.js';
import {
  DATABASE_REASONS,
  type DatabaseProblem,
  type DatabaseReason,
} from '../../services/database-watch.js';
import { memberSpeaker, teamSpeaker } from '../../services/language-settings.js';

export type SpeakerDeps = Pick<AppDeps, 'members' | 'settings' | 'i18n'>;

/** The team's language; English if even the team's setting cannot be read (the database may be failing). */
export function teamSpeakerOr(deps: SpeakerDeps): Speaker {
  try {
    return teamSpeaker(deps);
  } catch {
    return deps.i18n.speaker('en');
  }
}

/**
 * A member's language; the team's when Pacer does not know them, or when their settings cannot be
 * read (the database may be failing).
 */
export function speakerFor(deps: SpeakerDeps, userId: string): Speaker {
  try {
    return memberSpeaker(deps, userId);
  } catch {
    return teamSpeakerOr(deps);
  }
}

const REASON_KEYS: Record<DatabaseReason, MessageKey> = {
  gone: 'dbReason.gone',
  replaced: 'dbReason.replaced',
  unwritable: 'dbReason.unwritable',
  folderUnwritable: 'dbReason.folderUnwritable',
  diskFull: 'dbReason.diskFull',
};

/** Why the database cannot keep writes, in the reader's words; a reason the watch never gives, as is. */
export function reasonText(reason: string, say: Speaker): string {
  const code = (Object.keys(DATABASE_REASONS) as DatabaseReason[]).find(
    (c) => DATABASE_REASONS[c] === reason,
  );
  return code ? say.t(REASON_KEYS[code]) : reason;
}

/** What a member hears when a write is refused because the database cannot keep it. */
export function cannotSaveText(reason: string, say: Speaker): string {
  return say.t('failure.cannotSave', { reason: reasonText(reason, say) });
}

/**
 * The answer to a write refused because the database cannot keep it, or null for any other error:
 * the one place that turns that refusal into words, for commands, forms and the error handler.
 */
export function cannotSaveAnswer(error: unknown, say: Speaker): string | null {
  return error instanceof DatabaseUnavailableError ? cannotSaveText(error.reason, say) : null;
}

/**
 * The one DM each admin gets when the database watch notices a problem, in their language.
 */
export function databaseAlertText(problem: DatabaseProblem, path: string, say: Speaker): string {
  return [
    say.t('dbAlert.head', {
      reason: reasonText(problem.reason, say),
      path,
      since: problem.since.toISOString(),
    }),
    say.t('dbAlert.refused'),
    problem.copyFrom ? say.t('dbAlert.copyBack', { from: problem.copyFrom, path }) : say.t('dbAlert.restore'),
  ].join('\n');
}

/** DMs every admin Pacer knows (PACER_ADMINS and members who are admins) once; failures are logged. */
export async function tellAdminsDatabaseProblem(
  deps: Pick<AppDeps, 'config' | 'members' | 'directory' | 'sender' | 'logger' | 'settings' | 'i18n'>,
  problem: DatabaseProblem,
): Promise<void> {
  const admins = new Set(deps.config.admins);
  try {
    for (const member of deps.members.active()) if (deps.directory.isAdmin(member)) admins.add(member.userId);
  } catch (error) {
    deps.logger.warn('could not read the members to find admins; telling PACER_ADMINS only', error);
  }
  for (const userId of admins) {
    try {
      const text = databaseAlertText(problem, deps.config.databasePath, speakerFor(deps, userId));
      await deps.sender.dm(userId, { text });
    } catch (error) {
      deps.logger.error(`could not tell admin ${userId} that the database cannot save`, error);
    }
  }
}
