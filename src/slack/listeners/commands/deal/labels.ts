import type { AppDeps } from '../../../../app-deps.js';
import type { Deal } from '../../../../domain/entities/deal.js';
import { CURRENCY } from '../../../../services/settings-service.js';
import type { DealLabels } from '../../../views/deals/deal-views.js';

/** Names for a deal's product line and region, for the views. */
export function dealLabels(
  deps: Pick<AppDeps, 'products' | 'regions' | 'settings'>,
): (deal: Deal) => DealLabels {
  const currency = deps.settings.get(CURRENCY);
  return (deal) => ({
    currency,
    productName: deal.productId ? (deps.products.byId(deal.productId)?.name ?? null) : null,
    regionName: deal.regionId ? (deps.regions.byId(deal.regionId)?.name ?? null) : null,
  });
}
