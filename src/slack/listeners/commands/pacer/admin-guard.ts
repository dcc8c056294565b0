import type { AppDeps } from '../../../../app-deps.js';
import type { Member } from '../../../../persistence/members-repository.js';
import { UserFacingError } from '../../../user-facing-error.js';

/** Refuses non-admins with a message that says what they tried and who can do it. */
export function requireAdmin(deps: Pick<AppDeps, 'directory'>, caller: Member, what: string): void {
  if (!deps.directory.isAdmin(caller)) {
    throw new UserFacingError(
      `Only admins can ${what}. Nothing was changed. Ask a Pacer admin or a Slack workspace admin.`,
      'not_admin',
    );
  }
}
