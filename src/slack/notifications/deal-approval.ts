import type { AppDeps } from '../../app-deps.js';
import type { LocalDate } from '../../domain/time.js';
import type { PendingDeal } from '../../persistence/pending-deals-repository.js';
import { memberSpeaker } from '../../services/language-settings.js';
import { CURRENCY } from '../../services/settings-service.js';
import { approvalRequestView, type PendingView, toldDecisionText } from '../views/deals/fair-play-views.js';

type Deps = Pick<AppDeps, 'sender' | 'logger' | 'settings' | 'i18n' | 'members' | 'directory'>;

/** A pending deal as its views show it. */
export function pendingView(deps: Pick<AppDeps, 'settings'>, pending: PendingDeal): PendingView {
  const input = pending.input as { customerName: string; closedOn: LocalDate };
  return {
    pendingId: pending.id,
    amountCents: pending.amountCents,
    currency: deps.settings.get(CURRENCY),
    customerName: input.customerName,
    memberId: pending.memberId,
    loggedBy: pending.loggedBy,
    closedOn: input.closedOn,
  };
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

/** Tells whoever logged the deal, and its owner when someone else logged it, what the approver decided. */
export async function tellDecision(
  deps: Deps,
  pending: PendingDeal,
  approved: boolean,
  approverId: string,
): Promise<void> {
  for (const userId of new Set([pending.loggedBy, pending.memberId])) {
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
