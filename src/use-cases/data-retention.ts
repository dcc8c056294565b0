import type { AppDeps } from '../app-deps.js';
import { inTransaction } from '../persistence/database.js';
import type { Removed } from '../persistence/retention-repository.js';

type Deps = Pick<AppDeps, 'db' | 'audit' | 'clock' | 'retention'>;

/**
 * `/pacer forget @user`: one person's check-in answers, the feedback they received and the words of
 * every kudos they gave or got, gone in one transaction with an audit entry saying who asked and how
 * much went. Deals, targets and announced awards stay: they are the team's records, not personal notes.
 */
export function forgetMember(deps: Deps, memberId: string, actor: string): Removed {
  return inTransaction(deps.db, () => {
    const removed = deps.retention.forgetMember(memberId);
    deps.audit.record({
      at: deps.clock.now(),
      actor,
      action: 'forget',
      entity: 'member',
      entityId: memberId,
      after: removed,
    });
    return removed;
  });
}

/** The retention job: check-in rounds that closed, and feedback given, more than `days` days ago. */
export function deleteOldCheckins(deps: Deps, days: number): { checkins: number; feedback: number } {
  const cutoff = new Date(deps.clock.now().getTime() - days * 86_400_000);
  return inTransaction(deps.db, () => {
    const removed = deps.retention.deleteCheckinsBefore(cutoff);
    if (removed.checkins || removed.feedback) {
      deps.audit.record({
        at: deps.clock.now(),
        actor: 'pacer',
        action: 'retention',
        entity: 'checkins',
        entityId: null,
        after: { ...removed, olderThanDays: days },
      });
    }
    return removed;
  });
}
