import type { AppDeps } from '../../app-deps.js';
import type { Member } from '../../domain/entities/member.js';
import { UserFacingError } from '../user-facing-error.js';

/** The member behind a button click or a modal submission. */
export async function interactionCaller(deps: Pick<AppDeps, 'directory'>, userId: string): Promise<Member> {
  const caller = await deps.directory.ensure(userId);
  if (!caller) throw new UserFacingError('Slack could not tell me who you are. Please try again.');
  return caller;
}
