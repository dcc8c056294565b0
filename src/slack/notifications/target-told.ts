import type { AppDeps } from '../../app-deps.js';
import type { TargetScope } from '../../domain/entities/target.js';
import type { Period } from '../../domain/periods.js';
import { localDateAt } from '../../domain/time.js';
import { TARGET_TOLD_JOB } from '../../jobs/target-told-job.js';
import type { TargetNotice } from '../../persistence/target-notices-repository.js';
import { teamSpeaker } from '../../services/language-settings.js';
import { ANNOUNCE_CHANNEL, CURRENCY, TIMEZONE } from '../../services/settings-service.js';
import { progressFor } from '../../use-cases/targets.js';
import { targetsAnnouncement } from '../views/targets/target-told-views.js';

/**
 * Once a target is saved (its notices committed with it) and the command answered: runs the
 * target-told job now, so its people hear within seconds. The job sends each notice as its own keyed
 * delivery (sent at most once; a recipient Slack refuses never stops the others) and its minute tick
 * tries again whatever this missed (Slack down, a crash). Never throws.
 */
export function tellTargetSet(deps: AppDeps, notices: readonly TargetNotice[]): void {
  if (notices.length === 0 || !deps.scheduler.find(TARGET_TOLD_JOB)) return;
  setImmediate(() => {
    // Stopping: the next start's tick sends them.
    if (deps.scheduler.stopped) return;
    deps.scheduler.tick(TARGET_TOLD_JOB).catch((error: unknown) => {
      deps.logger.warn(`could not tell ${notices.length} target notice(s) now; the next tick will`, error);
    });
  });
}

/**
 * `announce`: posts the team's and every region's target for the period to the announce channel,
 * in the team's language. Says whether it was posted (no channel set, or Slack refused). Never rejects.
 */
export async function announceTargets(
  deps: AppDeps,
  period: Period,
  setBy: string,
): Promise<{ channel: string | null; posted: boolean }> {
  const channel = deps.settings.get(ANNOUNCE_CHANNEL);
  if (!channel) return { channel, posted: false };
  try {
    const today = localDateAt(deps.clock.now(), deps.settings.get(TIMEZONE));
    const scopes: Array<{ scope: TargetScope; name: string }> = [
      { scope: { kind: 'team', id: '' }, name: '' },
      ...deps.regions
        .list()
        .map((r) => ({ scope: { kind: 'region' as const, id: String(r.id) }, name: r.name })),
    ];
    const targets = scopes.flatMap(({ scope, name }) => {
      const progress = progressFor(deps, scope, period, today);
      return progress
        ? [{ scope, name, amountCents: progress.target.amount, stretchCents: progress.target.stretch }]
        : [];
    });
    const message = targetsAnnouncement(
      teamSpeaker(deps),
      period,
      setBy,
      targets,
      deps.settings.get(CURRENCY),
    );
    await deps.sender.post({ channel, ...message, unfurl_links: false });
    return { channel, posted: true };
  } catch (error) {
    deps.logger.warn(`could not announce the targets for ${period.key} in ${channel}`, error);
    return { channel, posted: false };
  }
}
