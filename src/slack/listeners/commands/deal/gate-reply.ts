import type { AppDeps } from '../../../../app-deps.js';
import { FAIR_PLAY } from '../../../../services/fair-play-settings.js';
import { memberSpeaker } from '../../../../services/language-settings.js';
import type { DealGate } from '../../../../use-cases/fair-play.js';
import { pendingView, requestApproval } from '../../../notifications/deal-approval.js';
import { type Reply, textReply } from '../../../views/blocks.js';
import { confirmPromptView, waitingText } from '../../../views/deals/fair-play-views.js';

/**
 * What the rep is told when their deal does not count yet: the "Are you sure?" buttons, or that it
 * waits for approval (the approvers' DMs go out after the reply, so a slow DM never delays it).
 */
export function gateReply(deps: AppDeps, callerId: string, gate: Exclude<DealGate, { kind: 'log' }>): Reply {
  const say = memberSpeaker(deps, callerId);
  const view = pendingView(deps, gate.pending);
  if (gate.kind === 'confirm') return confirmPromptView(say, view, gate.unusual);
  const threshold = deps.settings.get(FAIR_PLAY).approvalOverCents ?? 0;
  void requestApproval(deps, gate.pending, gate.approverIds, threshold);
  return textReply(waitingText(say, view, threshold, gate.approverIds));
}
