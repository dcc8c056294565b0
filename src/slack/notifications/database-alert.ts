import type { AppDeps } from '../../app-deps.js';
import { DatabaseUnavailableError } from '../../persistence/database.js';
import type { DatabaseProblem } from '../../services/database-watch.js';

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

/** The one DM each admin gets when the database watch notices a problem. */
export function databaseAlertText(problem: DatabaseProblem, path: string): string {
  const lines = [
    `:rotating_light: Pacer cannot save anything: ${problem.reason} (\`${path}\`), noticed ${problem.since.toISOString()}.`,
    'Every change is refused with a message saying nothing was saved, and `/healthz` answers 503.',
  ];
  if (problem.copyFrom) {
    lines.push(
      `Everything Pacer stored is still in the file it has open. Before restarting it, copy that back: \`cp ${problem.copyFrom} ${path}\` (only while this Pacer runs), then restart Pacer.`,
    );
  } else {
    lines.push(
      'Put the database file back (or restore a backup) and restart Pacer; a restart without it starts from an empty database.',
    );
  }
  return lines.join('\n');
}

/** DMs every admin Pacer knows (PACER_ADMINS and members who are admins) once; failures are logged. */
export async function tellAdminsDatabaseProblem(
  deps: Pick<AppDeps, 'config' | 'members' | 'directory' | 'sender' | 'logger'>,
  problem: DatabaseProblem,
): Promise<void> {
  const admins = new Set(deps.config.admins);
  try {
    for (const member of deps.members.active()) if (deps.directory.isAdmin(member)) admins.add(member.userId);
  } catch (error) {
    deps.logger.warn('could not read the members to find admins; telling PACER_ADMINS only', error);
  }
  const text = databaseAlertText(problem, deps.config.databasePath);
  for (const userId of admins) {
    try {
      await deps.sender.dm(userId, { text });
    } catch (error) {
      deps.logger.error(`could not tell admin ${userId} that the database cannot save`, error);
    }
  }
}
