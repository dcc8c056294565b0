import type { AppDeps } from '../app-deps.js';
import {
  type DealSource,
  type ExternalDealContext,
  type ExternalDealIssue,
  type ExternalDealLookups,
  type ExternalDealRecord,
  type OwnerCandidate,
  type ResolvedExternalDeal,
  readExternalDeal,
  resolveExternalDeal,
} from '../domain/deals/external-deal.js';
import type { NewDeal } from '../domain/entities/deal.js';
import type { Member } from '../domain/entities/member.js';
import { localDateAt } from '../domain/time.js';
import { CURRENCY, TIMEZONE } from '../services/settings-service.js';

type Deps = Pick<AppDeps, 'settings' | 'clock' | 'members' | 'regions' | 'products'>;

const candidate = (m: Member): OwnerCandidate => ({
  userId: m.userId,
  active: !m.deleted && !m.isBot,
  regionId: m.regionId,
});

/** Today and the currency, as every external deal is read against them. */
export function externalDealContext(deps: {
  settings: Pick<AppDeps['settings'], 'get'>;
  clock: AppDeps['clock'];
}): ExternalDealContext {
  return {
    today: localDateAt(deps.clock.now(), deps.settings.get(TIMEZONE)),
    currency: deps.settings.get(CURRENCY),
  };
}

/**
 * The team's lists for `resolveExternalDeal`, read from the database: members by Slack ID (cached
 * repository reads) or email, and the active product lines and regions. Build one per request or
 * per import, not per row.
 */
export function externalDealLookups(
  deps: Deps,
  options: { allowInactiveOwner?: boolean } = {},
): ExternalDealLookups {
  return {
    ownerById: (userId) => {
      const m = deps.members.get(userId);
      return m && candidate(m);
    },
    ownerByEmail: (email) => {
      const m = deps.members.byEmail(email);
      return m && candidate(m);
    },
    products: deps.products.list(),
    regions: deps.regions.list(),
    ...(options.allowInactiveOwner ? { allowInactiveOwner: true } : {}),
  };
}

export type ExternalDealCheck =
  | { ok: true; deal: ResolvedExternalDeal }
  | { ok: false; issues: ExternalDealIssue[] };

/** Reads and resolves one record: the deal ready to store, or every issue (grammar issues first). */
export function checkExternalDeal(
  record: ExternalDealRecord,
  context: ExternalDealContext,
  lookups: ExternalDealLookups,
): ExternalDealCheck {
  const read = readExternalDeal(record, context);
  if (!read.ok) return read;
  const resolved = resolveExternalDeal(read.value, lookups);
  return resolved.ok ? { ok: true, deal: resolved.value } : resolved;
}

/** The row to store for a checked deal; `externalId` overrides the record's (a derived key). */
export function newDealFrom(
  deal: ResolvedExternalDeal,
  stored: { currency: string; loggedBy: string; source: DealSource; externalId?: string | null },
): NewDeal {
  return {
    memberId: deal.memberId,
    customerName: deal.customerName,
    amountCents: deal.cents,
    currency: stored.currency,
    closedOn: deal.closedOn,
    productId: deal.productId,
    regionId: deal.regionId,
    note: deal.note,
    loggedBy: stored.loggedBy,
    idempotencyKey: null,
    externalId: stored.externalId === undefined ? deal.externalId : stored.externalId,
    source: stored.source,
  };
}
