import type { AppDeps } from '../../app-deps.js';
import type { Member } from '../../domain/entities/member.js';
import { refusal } from '../../domain/problem.js';

/**
 * The member behind a button click or a modal submission. Unknown, they are refused in the team's
 * language (memberSpeaker's choice for someone Pacer has no row for), by the error handler.
 */
export async function interactionCaller(deps: Pick<AppDeps, 'directory'>, userId: string): Promise<Member> {
  const caller = await deps.directory.ensure(userId);
  if (!caller) throw refusal('caller.unknown');
  return caller;
}
