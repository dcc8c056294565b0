import type { AppDeps } from '../../../../app-deps.js';
import { formatMoney } from '../../../../domain/money.js';
import type { Deal } from '../../../../persistence/deals-repository.js';
import { plainInline } from '../../../mrkdwn.js';
import { dealLoggedView } from '../../../views/deals/deal-views.js';
import type { CommandReply } from '../../command-listener.js';
import { dealLabels } from './labels.js';
import { monthProgressLine } from './month-progress.js';

/**
 * Said once a deal is stored, when the rich confirmation cannot be shown: the rep must learn that it
 * was logged (amount, customer, date), or they will log it again.
 */
export function plainLoggedText(deal: Deal, callerId: string, edited = false): string {
  const who = edited ? 'Updated' : deal.memberId === callerId ? 'Logged' : `Logged for <@${deal.memberId}>`;
  const customer = plainInline(deal.customerName);
  return `:white_check_mark: ${who}: ${formatMoney(deal.amountCents, deal.currency)} with ${customer} (closed ${deal.closedOn}). It is saved: no need to log it again.`;
}

/**
 * The confirmation of a stored deal. The deal is committed by now, so nothing that fails from here
 * (a label, the month's progress, a note Slack will not show) may turn the answer into an error.
 */
export function loggedReply(deps: AppDeps, deal: Deal, callerId: string, edited = false): CommandReply {
  const fallback = plainLoggedText(deal, callerId, edited);
  try {
    const reply = dealLoggedView(
      deal,
      dealLabels(deps)(deal),
      callerId,
      monthProgressLine(deps, deal.memberId),
    );
    return { ...reply, text: edited ? `Updated: ${reply.text}` : reply.text, fallback };
  } catch (error) {
    deps.logger.error(
      `deal ${deal.id} is stored but its confirmation failed; answering in plain text`,
      error,
    );
    return { text: fallback };
  }
}
