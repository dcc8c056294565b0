import type { AppDeps } from '../../app-deps.js';
import type { TargetScope } from '../../domain/entities/target.js';
import type { Period } from '../../domain/periods.js';
import { localDateAt } from '../../domain/time.js';
import { RunDeliverer } from '../../jobs/delivery.js';
import type { TargetNotice } from '../../persistence/target-notices-repository.js';
import { memberSpeaker, teamSpeaker } from '../../services/language-settings.js';
import { ANNOUNCE_CHANNEL, CURRENCY, TIMEZONE } from '../../services/settings-service.js';
import { noticeFigures } from '../../use-cases/target-notices.js';
import { progressFor, scopeName } from '../../use-cases/targets.js';
import { targetsAnnouncement, targetToldMessage } from '../views/targets/target-told-views.js';

/** The job name target DMs are keyed under in the delivery ledger (ADR 10). */
export const TARGET_TOLD_JOB = 'target-told';

/**
 * DMs each notice of a target just saved, in its recipient's language, through the paced sender.
 * Called after the target is committed and the command answered. Each notice is its own keyed
 * delivery (job `target-told`, period `notice-<id>`): sent at most once, and a recipient Slack
 * refuses (deactivated) is recorded as refused while the others still get theirs. Never rejects.
 */
export async function tellTargetSet(deps: AppDeps, notices: readonly TargetNotice[]): Promise<void> {
  const currency = deps.settings.get(CURRENCY);
  const logger = deps.logger.child(TARGET_TOLD_JOB);
  for (const notice of notices) {
    try {
      const deliverer = new RunDeliverer(
        {
          ledger: deps.ledger,
          sender: deps.sender,
          clock: deps.clock,
          logger,
          // The scheduler's own handling marks the member gone; a target DM only logs it.
          onAccountGone: (userId, code) => logger.warn(`${userId}: account gone (${code})`),
          databaseProblem: () => deps.databaseWatch.check()?.reason ?? null,
        },
        TARGET_TOLD_JOB,
        `notice-${notice.id}`,
        false,
      );
      await deliverer.deliver(notice.recipient, () => {
        const told = noticeFigures(deps, notice);
        if (!told) return null;
        const say = memberSpeaker(deps, notice.recipient);
        return {
          to: { user: notice.recipient },
          message: targetToldMessage(say, told, currency, scopeName(deps, notice.scope)),
        };
      });
    } catch (error) {
      logger.warn(`could not tell ${notice.recipient} of target notice ${notice.id}`, error);
    }
  }
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
