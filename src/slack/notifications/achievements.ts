import type { AppDeps } from '../../app-deps.js';
import type { LocalDate } from '../../domain/time.js';
import { evaluateDealAchievements } from '../../use-cases/achievements.js';

/**
 * After a deal is stored, edited or deleted: works out what its owner has newly earned once the
 * reply is on its way (setImmediate runs after the ack's write) and records it. The achievements job
 * announces it at its next tick (every minute), as a keyed delivery, so it is posted exactly once.
 * Never throws: the deal is stored whatever happens here.
 */
export function checkAchievementsSoon(
  deps: Pick<
    AppDeps,
    'db' | 'achievements' | 'deals' | 'targets' | 'settings' | 'clock' | 'members' | 'logger'
  >,
  memberId: string,
  closedOn: LocalDate,
): void {
  setImmediate(() => {
    try {
      evaluateDealAchievements(deps, memberId, closedOn);
    } catch (error) {
      deps.logger.warn(`could not check the achievements of ${memberId}`, error);
    }
  });
}
