import type { AppDeps } from '../../app-deps.js';
import type { Unusual } from '../../domain/deals/fair-play.js';
import { WAITING_DEALS_JOB } from '../../jobs/waiting-deals-job.js';
import type { PendingDeal } from '../../persistence/pending-deals-repository.js';
import { FAIR_PLAY } from '../../services/fair-play-settings.js';
import { memberSpeaker } from '../../services/language-settings.js';
import { CURRENCY } from '../../services/settings-service.js';
import type { DealGate } from '../../use-cases/fair-play.js';
import {
  approvalRequestView,
  confirmPromptView,
  type PendingView,
  pendingViewOf,
  toldDecisionText,
} from '../views/deals/fair-play-views.js';

type Deps = Pick<AppDeps, 'sender' | 'logger' | 'settings' | 'i18n' | 'members' | 'directory'>;

/** A pending deal as its views show it. */
export function pendingView(deps: Pick<AppDeps, 'settings'>, pending: PendingDeal): PendingView {
  return pendingViewOf(pending, deps.settings.get(CURRENCY));
}

/** DMs each approver the Approve / Reject buttons; one who cannot be reached never stops the others. */
export async function requestApproval(
  deps: Deps,
  pending: PendingDeal,
  approverIds: readonly string[],
  thresholdCents: number,
): Promise<void> {
  for (const approverId of approverIds) {
    try {
      const reply = approvalRequestView(
        memberSpeaker(deps, approverId),
        pendingView(deps, pending),
        thresholdCents,
      );
      await deps.sender.dm(approverId, reply);
    } catch (error) {
      deps.logger.warn(`could not ask ${approverId} to approve pending deal ${pending.id}`, error);
    }
  }
}

/** Asks the owner of an unusual API deal "Are you sure?" in a DM: nobody typed it in Slack to answer. */
export async function askOwnerToConfirm(deps: Deps, pending: PendingDeal, unusual: Unusual): Promise<void> {
  try {
    const reply = confirmPromptView(
      memberSpeaker(deps, pending.memberId),
      pendingView(deps, pending),
      unusual,
    );
    await deps.sender.dm(pending.memberId, reply);
  } catch (error) {
    deps.logger.warn(`could not ask ${pending.memberId} to confirm pending deal ${pending.id}`, error);
  }
}

/**
 * Asks whoever decides a deal that waits because of an API request (nobody is in Slack to be
 * answered): its owner "Are you sure?", or the approvers Approve / Reject.
 */
export async function askAboutWaiting(
  deps: Deps,
  waiting: Exclude<DealGate, { kind: 'log' }>,
): Promise<void> {
  if (waiting.kind === 'confirm') return askOwnerToConfirm(deps, waiting.pending, waiting.unusual);
  const threshold = deps.settings.get(FAIR_PLAY).approvalOverCents ?? 0;
  return requestApproval(deps, waiting.pending, waiting.approverIds, threshold);
}

/** Tells whoever logged the deal, and its owner when someone else logged it, what the approver decided. */
export async function tellDecision(
  deps: Deps,
  pending: PendingDeal,
  approved: boolean,
  approverId: string,
): Promise<void> {
  // An API deal's logger is a key or a CRM, nobody to DM.
  const told = pending.externalId === null ? [pending.loggedBy, pending.memberId] : [pending.memberId];
  for (const userId of new Set(told)) {
    try {
      const text = toldDecisionText(
        memberSpeaker(deps, userId),
        pendingView(deps, pending),
        approved,
        approverId,
      );
      await deps.sender.dm(userId, { text });
    } catch (error) {
      deps.logger.warn(`could not tell ${userId} about pending deal ${pending.id}`, error);
    }
  }
}

/**
 * Once imported rows that wait are committed and the import answered: runs the waiting-deals job
 * now, which asks each row's decider as a keyed delivery (retried, sent once across restarts; ADR
 * 28, Revisited). Its 15-minute tick asks whatever this missed. Never throws.
 */
export function askImportedNow(deps: AppDeps): void {
  if (!deps.scheduler.find(WAITING_DEALS_JOB)) return;
  setImmediate(() => {
    if (deps.scheduler.stopped) return;
    deps.scheduler.tick(WAITING_DEALS_JOB).catch((error: unknown) => {
      deps.logger.warn('could not ask about imported waiting rows now; the next tick will', error);
    });
  });
}
