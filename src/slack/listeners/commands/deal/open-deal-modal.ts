import type { WebClient } from '@slack/web-api';
import type { AppDeps } from '../../../../app-deps.js';
import type { Member } from '../../../../domain/entities/member.js';
import { localDateAt } from '../../../../domain/time.js';
import { memberSpeaker } from '../../../../services/language-settings.js';
import { TIMEZONE } from '../../../../services/settings-service.js';
import { type DealModalPrefill, dealModal } from '../../../views/deals/deal-modal.js';

/** Opens the deal modal right away: a trigger_id lives about 3 seconds. */
export async function openDealModal(
  deps: AppDeps,
  client: WebClient,
  caller: Member,
  triggerId: string,
  metadata: { channelId: string; dealId?: number },
  prefill?: DealModalPrefill,
): Promise<void> {
  const view = dealModal(
    {
      today: localDateAt(deps.clock.now(), deps.settings.get(TIMEZONE)),
      products: deps.products.list(),
      regions: deps.regions.list(),
      canLogForOthers: caller.role !== 'rep' || deps.directory.isAdmin(caller),
      metadata,
      ...(prefill ? { prefill } : {}),
    },
    memberSpeaker(deps, caller.userId),
  );
  await client.views.open({ trigger_id: triggerId, view });
}
