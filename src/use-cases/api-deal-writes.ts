import type { AppDeps } from '../app-deps.js';
import type { ResolvedExternalDeal } from '../domain/deals/external-deal.js';
import type { Deal } from '../domain/entities/deal.js';
import type { ApiDealSource } from '../persistence/api-deals-repository.js';
import { inTransaction } from '../persistence/database.js';
import { CURRENCY } from '../services/settings-service.js';

/** What a checked API deal stores. */
export type ApiDealFigures = Pick<
  ResolvedExternalDeal,
  'memberId' | 'customerName' | 'cents' | 'closedOn' | 'productId' | 'regionId' | 'note'
>;

type Deps = Pick<AppDeps, 'db' | 'groupCommit' | 'deals' | 'apiDeals' | 'audit' | 'clock' | 'settings'>;

/**
 * Stores a checked API deal under its external id with its audit entry, in the next group commit:
 * the one write both a deal sent straight in and a pending one confirmed or approved later go
 * through. An id stored meanwhile (two requests crossed) answers that deal (`created: false`).
 */
export async function insertApiDeal(
  deps: Deps,
  actorId: string,
  /** `import`: a CSV row that waited (fair play) and was confirmed or approved. */
  source: ApiDealSource | 'import',
  deal: ApiDealFigures & { externalId: string },
): Promise<{ id: number; created: boolean }> {
  const at = deps.clock.now();
  const id = deal.externalId;
  return deps.groupCommit.run(() => {
    // Looked up again inside the write: two requests with one id may have crossed while checking.
    const raced = deps.apiDeals.idByExternalId(id);
    if (raced !== undefined) return { id: raced, created: false };
    const inserted = deps.deals.insert(
      {
        memberId: deal.memberId,
        customerName: deal.customerName,
        amountCents: deal.cents,
        currency: deps.settings.get(CURRENCY),
        closedOn: deal.closedOn,
        productId: deal.productId,
        regionId: deal.regionId,
        note: deal.note,
        loggedBy: actorId,
        idempotencyKey: null,
      },
      at,
    );
    deps.apiDeals.tag(inserted.deal.id, id, source);
    deps.audit.record({
      at,
      actor: actorId,
      action: 'deal.create',
      entity: 'deal',
      entityId: inserted.deal.id,
      after: { ...inserted.deal, externalId: id, source },
    });
    return { id: inserted.deal.id, created: true };
  });
}

/** Changes a live API deal to the checked figures, with its audit entry; undefined when it is gone. */
export function applyApiChange(
  deps: Deps,
  actorId: string,
  id: number,
  deal: ApiDealFigures,
): Deal | undefined {
  const at = deps.clock.now();
  return inTransaction(deps.db, () => {
    const stored = deps.deals.get(id);
    if (!stored || stored.deletedAt) return undefined;
    const after = deps.deals.update(
      id,
      {
        memberId: deal.memberId,
        customerName: deal.customerName,
        amountCents: deal.cents,
        closedOn: deal.closedOn,
        productId: deal.productId,
        regionId: deal.regionId,
        note: deal.note,
      },
      at,
    );
    deps.audit.record({
      at,
      actor: actorId,
      action: 'deal.edit',
      entity: 'deal',
      entityId: id,
      before: stored,
      after,
    });
    return after;
  });
}
