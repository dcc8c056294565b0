import type { AppDeps } from '../app-deps.js';
import type { Member } from '../domain/entities/member.js';
import { yearPeriod } from '../domain/periods.js';
import { isAdmin } from '../domain/permissions.js';
import { isValidTimezone } from '../domain/time.js';
import { inTransaction } from '../persistence/database.js';
import { setTarget } from './targets.js';
import { setAnnounceChannel, setMemberStructure, setTimezone } from './team-setup.js';

/** What an admin filled in on App Home's setup form; every part is optional. */
export interface SetupInput {
  channelId?: string;
  timezone?: string;
  repIds?: string[];
  managerId?: string;
  /** The team's target for `year`, in minor units. */
  teamTarget?: { year: number; amountCents: number };
}

export type SetupProblem = 'not_admin' | 'bad_timezone' | 'unknown_member';

type Deps = Parameters<typeof setTarget>[0] &
  Parameters<typeof setMemberStructure>[0] &
  Pick<AppDeps, 'directory' | 'config'>;

/**
 * Applies the setup form in one transaction: the announce channel, the timezone, reps (with their
 * manager) and a first team target. Either all of it is saved or none (ADR 21). People are looked up
 * in Slack first, as that cannot happen inside a transaction.
 */
export async function applySetup(
  deps: Deps,
  caller: Member,
  input: SetupInput,
): Promise<{ ok: true } | { ok: false; problem: SetupProblem }> {
  if (!isAdmin(caller, deps.config.admins)) return { ok: false, problem: 'not_admin' };
  if (input.timezone !== undefined && !isValidTimezone(input.timezone))
    return { ok: false, problem: 'bad_timezone' };
  const reps: Member[] = [];
  for (const id of input.repIds ?? []) {
    const member = await deps.directory.ensure(id);
    if (!member) return { ok: false, problem: 'unknown_member' };
    reps.push(member);
  }
  if (input.managerId && !(await deps.directory.ensure(input.managerId)))
    return { ok: false, problem: 'unknown_member' };
  inTransaction(deps.db, () => {
    if (input.channelId) setAnnounceChannel(deps, input.channelId, caller.userId);
    if (input.timezone) setTimezone(deps, input.timezone, caller.userId);
    for (const rep of reps) {
      setMemberStructure(
        deps,
        rep,
        {
          role: 'rep',
          ...(input.managerId && input.managerId !== rep.userId ? { managerId: input.managerId } : {}),
        },
        caller.userId,
      );
    }
    if (input.teamTarget) {
      setTarget(deps, caller, {
        scope: { kind: 'team', id: '' },
        period: yearPeriod(input.teamTarget.year),
        amountCents: input.teamTarget.amountCents,
        stretchCents: null,
        split: 'even',
        note: null,
      });
    }
  });
  return { ok: true };
}
