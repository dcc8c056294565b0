import type { AppDeps } from '../../app-deps.js';
import type { Deal } from '../../domain/entities/deal.js';
import { CELEBRATE } from '../../services/deal-settings.js';
import { teamSpeaker } from '../../services/language-settings.js';
import { ANNOUNCE_CHANNEL, CURRENCY } from '../../services/settings-service.js';
import { dealCelebrationText } from '../views/deals/deal-views.js';

/**
 * Posts the one-line celebration through the rate-limited sender. Runs after the reply, so a slow or
 * failing channel never delays the rep; failures (even a database closed by shutdown) are logged, not shown.
 */
export async function celebrateDeal(
  deps: Pick<AppDeps, 'settings' | 'sender' | 'logger' | 'i18n'>,
  deal: Deal,
  /** Where a deal from outside Slack came from (`api`, `hubspot`): the post says so. */
  source?: string,
): Promise<boolean> {
  // Never rejects: callers fire and forget it once the rep has the reply.
  let channel: string | null = null;
  try {
    const { enabled, minCents } = deps.settings.get(CELEBRATE);
    channel = deps.settings.get(ANNOUNCE_CHANNEL);
    if (!enabled || !channel || deal.amountCents < minCents) return false;
    const say = teamSpeaker(deps);
    const text = dealCelebrationText(deal, deps.settings.get(CURRENCY), say);
    await deps.sender.post({
      channel,
      text:
        source && source !== 'slack' ? say.t('apiDeal.celebrationVia', { celebration: text, source }) : text,
      unfurl_links: false,
    });
    return true;
  } catch (error) {
    deps.logger.warn(`could not celebrate deal ${deal.id} in ${channel ?? 'the announce channel'}`, error);
    return false;
  }
}
