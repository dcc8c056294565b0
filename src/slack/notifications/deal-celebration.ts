import type { AppDeps } from '../../app-deps.js';
import type { Deal } from '../../domain/entities/deal.js';
import { CELEBRATE } from '../../services/deal-settings.js';
import { teamSpeaker } from '../../services/language-settings.js';
import { ANNOUNCE_CHANNEL, CURRENCY } from '../../services/settings-service.js';
import { dealCelebrationText } from '../views/deals/deal-views.js';

type CelebrationDeps = Pick<AppDeps, 'settings' | 'sender' | 'logger' | 'i18n' | 'clock'> & {
  celebrations?: AppDeps['celebrations'];
  deals?: Pick<AppDeps['deals'], 'get'>;
};

/**
 * Posts the one-line celebration through the rate-limited sender. Runs after the reply, so a slow or
 * failing channel never delays the rep; failures (even a database closed by shutdown) are logged, not shown.
 * The post is remembered, so that undoing, deleting or editing the deal takes it down or corrects it.
 */
export async function celebrateDeal(
  deps: CelebrationDeps,
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
    const posted = await deps.sender.post({
      channel,
      text:
        source && source !== 'slack' ? say.t('apiDeal.celebrationVia', { celebration: text, source }) : text,
      unfurl_links: false,
    });
    if (deps.celebrations && posted?.ts) {
      deps.celebrations.record({ dealId: deal.id, channel: posted.channel, ts: posted.ts }, deps.clock.now());
      // An Undo clicked while the post was on its way: the deal is gone, so its celebration goes too.
      if (deps.deals?.get(deal.id)?.deletedAt) await retractCelebration(deps, deal.id);
    }
    return true;
  } catch (error) {
    deps.logger.warn(`could not celebrate deal ${deal.id} in ${channel ?? 'the announce channel'}`, error);
    return false;
  }
}

/** Deletes the celebration of a deal that was undone or deleted. Never rejects. */
export async function retractCelebration(
  deps: Pick<AppDeps, 'sender' | 'logger'> & { celebrations?: AppDeps['celebrations'] },
  dealId: number,
): Promise<void> {
  try {
    const post = deps.celebrations?.find(dealId);
    if (!post) return;
    await deps.sender.remove(post.channel, post.ts);
    deps.celebrations?.forget(dealId);
  } catch (error) {
    deps.logger.warn(`could not delete the celebration of deal ${dealId}`, error);
  }
}

/** Rewrites the celebration of an edited deal (new amount, customer or owner). Never rejects. */
export async function refreshCelebration(deps: CelebrationDeps, deal: Deal): Promise<void> {
  try {
    const post = deps.celebrations?.find(deal.id);
    if (!post) return;
    await deps.sender.update({
      channel: post.channel,
      ts: post.ts,
      text: dealCelebrationText(deal, deps.settings.get(CURRENCY), teamSpeaker(deps)),
    });
  } catch (error) {
    deps.logger.warn(`could not update the celebration of deal ${deal.id}`, error);
  }
}
