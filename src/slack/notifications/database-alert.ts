import type { AppDeps } from '../../app-deps.js';
import type { Speaker } from '../../i18n/translator.js';
import { DatabaseUnavailableError } from '../../persistence/database.js';
import type { DatabaseProblem } from '../../services/database-watch.js';
import { memberSpeaker, teamSpeaker } from '../../services/language-settings.js';

/** An admin's language; the team's if their settings cannot be read (the database may be failing). */
function speakerFor(deps: Pick<AppDeps, 'members' | 'settings' | 'i18n'>, userId: string): Speaker {
  try {
    return memberSpeaker(deps, userId);
  } catch {
    try {
      return teamSpeaker(deps);
    } catch {
      return deps.i18n.speaker('en');
    }
  }
}

/** What a member hears when a write is refused because the database cannot keep it. */
export function cannotSaveText(reason: string): string {
  return `:warning: Pacer cannot save right now: ${reason}. Nothing was saved. An admin has been told.`;
}

/**
 * The answer to a write refused because the database cannot keep it, or null for any other error:
 * the one place that turns that refusal into words, for commands, forms and the error handler.
 */
export function cannotSaveAnswer(error: unknown): string | null {
  return error instanceof DatabaseUnavailableError ? cannotSaveText(error.reason) : null;
}

/**
 * The one DM each admin gets when the database watch notices a problem, in their language. The
 * reason is the operating system's and stays as it said it.
 */
export function databaseAlertText(problem: DatabaseProblem, path: string, say: Speaker): string {
  return [
    say.t('dbAlert.head', { reason: problem.reason, path, since: problem.since.toISOString() }),
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
