import type { AppDeps } from '../../../../app-deps.js';
import type { Deal } from '../../../../domain/entities/deal.js';
import type { Speaker } from '../../../../i18n/translator.js';
import { memberSpeaker } from '../../../../services/language-settings.js';
import { plainInline } from '../../../mrkdwn.js';
import { dealLoggedView, loggedWho } from '../../../views/deals/deal-views.js';
import type { CommandReply } from '../../command-listener.js';
import { dealLabels } from './labels.js';
import { monthProgressLine } from './month-progress.js';

/**
 * Said once a deal is stored, when the rich confirmation cannot be shown: the rep must learn that it
 * was logged (amount, customer, date), or they will log it again.
 */
export function plainLoggedText(deal: Deal, callerId: string, say: Speaker, edited = false): string {
  return say.t('deal.plainLogged', {
    who: edited ? say.t('deal.updated') : loggedWho(deal, callerId, say),
    amount: say.money(deal.amountCents, deal.currency),
    customer: plainInline(deal.customerName),
    date: deal.closedOn,
  });
}

/**
 * The confirmation of a stored deal, in the caller's language. The deal is committed by now, so
 * nothing that fails from here (a label, the month's progress, a note Slack will not show) may turn
 * the answer into an error.
 */
export function loggedReply(deps: AppDeps, deal: Deal, callerId: string, edited = false): CommandReply {
  let say: Speaker;
  try {
    say = memberSpeaker(deps, callerId);
  } catch (error) {
    deps.logger.warn(`no language for ${callerId}; confirming deal ${deal.id} in English`, error);
    say = deps.i18n.speaker('en');
  }
  const fallback = plainLoggedText(deal, callerId, say, edited);
  try {
    const reply = dealLoggedView(
      deal,
      dealLabels(deps)(deal),
      callerId,
      monthProgressLine(deps, deal.memberId, say),
      say,
    );
    return {
      ...reply,
      text: edited ? say.t('deal.updatedPrefix', { text: reply.text }) : reply.text,
      fallback,
    };
  } catch (error) {
    deps.logger.error(
      `deal ${deal.id} is stored but its confirmation failed; answering in plain text`,
      error,
    );
    return { text: fallback };
  }
}
