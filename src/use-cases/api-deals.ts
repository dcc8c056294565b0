import type { AppDeps } from '../app-deps.js';
import {
  type ExternalDealIssue,
  type ExternalDealLookups,
  type ExternalDealRecord,
  type OwnerCandidate,
  readExternalDeal,
  resolveExternalDeal,
} from '../domain/deals/external-deal.js';
import type { Deal } from '../domain/entities/deal.js';
import type { Member } from '../domain/entities/member.js';
import { minorUnitExponent } from '../domain/money.js';
import { localDateAt } from '../domain/time.js';
import type { ApiDealSource, DealFilter, ListedDeal } from '../persistence/api-deals-repository.js';
import { inTransaction } from '../persistence/database.js';
import type { PendingDeal } from '../persistence/pending-deals-repository.js';
import { CURRENCY, TIMEZONE } from '../services/settings-service.js';
import { applyApiChange, insertApiDeal } from './api-deal-writes.js';
import { type DealGate, gateApiDeal, waitingGate } from './fair-play.js';

type Deps = Pick<
  AppDeps,
  | 'db'
  | 'groupCommit'
  | 'deals'
  | 'apiDeals'
  | 'audit'
  | 'clock'
  | 'directory'
  | 'members'
  | 'regions'
  | 'products'
  | 'settings'
  | 'pendingDeals'
  | 'config'
  | 'dealChanges'
>;

/** Who writes through the API: a key (by name) or a CRM webhook; the audit and `logged_by` name it. */
export interface ApiActor {
  /** `api-key:zapier`, `hubspot`. */
  id: string;
  source: ApiDealSource;
}

/** Why a write was refused: bad fields (400), names Pacer does not know (422), or a state (404, 409). */
export type ApiRefusal =
  | { kind: 'invalid'; issues: ExternalDealIssue[] }
  | { kind: 'unknown'; issues: ExternalDealIssue[]; knownMembers: Array<{ id: string; name: string }> }
  | { kind: 'notFound' }
  | { kind: 'deleted'; deal: ListedDeal }
  /** Rejected by a manager or cancelled by its owner in Slack: not logged, not brought back. */
  | { kind: 'declined'; pending: PendingDeal }
  /** A new deal that still waits: it cannot be changed until it counts. */
  | { kind: 'waiting'; pending: PendingDeal };

/** A write that waits (fair play): for its owner's "yes" or a manager's approval. */
export interface ApiWaiting {
  ok: true;
  waiting: Exclude<DealGate, { kind: 'log' }>;
  /** It waits because of this request: the owner or the approvers are asked now. */
  fresh: boolean;
}

export type ApiWrite =
  | { ok: true; deal: ListedDeal; created: boolean; stored: Deal; waiting?: undefined }
  | ApiWaiting
  | ({ ok: false } & ApiRefusal);

/** The amount in major units as a decimal string, exactly: 1250000 USD cents → `12500.00`. */
export function majorUnits(cents: number, currency: string): string {
  const exponent = minorUnitExponent(currency);
  if (exponent === 0) return String(cents);
  const digits = String(cents).padStart(exponent + 1, '0');
  return `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

const KNOWN_MEMBERS = 50;

function candidate(member: Member | undefined): OwnerCandidate | undefined {
  return (
    member && { userId: member.userId, active: !member.deleted && !member.isBot, regionId: member.regionId }
  );
}

/** The team's lists as the external-deal rules read them; Slack IDs Pacer has not met are fetched first. */
async function lookupsFor(deps: Deps, record: ExternalDealRecord): Promise<ExternalDealLookups> {
  const owner = typeof record.owner === 'string' ? record.owner.trim() : '';
  if (/^[UW][A-Z0-9]{2,}$/.test(owner)) await deps.directory.ensure(owner);
  return {
    ownerById: (userId) => candidate(deps.directory.get(userId)),
    ownerByEmail: (email) => {
      const userId = deps.apiDeals.memberIdByEmail(email);
      return userId === undefined ? undefined : candidate(deps.directory.get(userId));
    },
    // Read only when the record names one (getters): most deals name a product line and no region.
    get products() {
      return deps.products.list();
    },
    get regions() {
      return deps.regions.list();
    },
  };
}

function context(deps: Deps) {
  return {
    today: localDateAt(deps.clock.now(), deps.settings.get(TIMEZONE)),
    currency: deps.settings.get(CURRENCY),
  };
}

async function checked(deps: Deps, record: ExternalDealRecord) {
  const read = readExternalDeal(record, context(deps));
  if (!read.ok) return { ok: false as const, kind: 'invalid' as const, issues: read.issues };
  const resolved = resolveExternalDeal(read.value, await lookupsFor(deps, record));
  if (!resolved.ok) {
    const knownMembers = resolved.issues.some((i) => i.field === 'owner')
      ? deps.members
          .active()
          .slice(0, KNOWN_MEMBERS)
          .map((m) => ({ id: m.userId, name: m.name }))
      : [];
    return { ok: false as const, kind: 'unknown' as const, issues: resolved.issues, knownMembers };
  }
  return { ok: true as const, value: resolved.value };
}

/**
 * Logs a deal sent by a CRM or an automation tool, under the same rules as `/deal`, in the next
 * group commit. The external id makes it idempotent: the same id again answers the deal stored
 * the first time (`created: false`), or the same pending deal while it waits, whatever else the
 * second request says; a deleted, rejected or cancelled deal is not brought back. Fair play as in
 * Slack (ADR 27): an unusual deal waits for its owner's "yes", a large one for the manager.
 */
export async function createApiDeal(
  deps: Deps,
  actor: ApiActor,
  record: ExternalDealRecord,
  options: { celebrate: boolean } = { celebrate: true },
): Promise<ApiWrite> {
  const externalId = typeof record.external_id === 'string' ? record.external_id.trim() : '';
  const existing = externalId ? deps.apiDeals.idByExternalId(externalId) : undefined;
  if (existing !== undefined) return repeated(deps, existing);
  const waiting = externalId ? deps.pendingDeals.byExternalId(externalId) : undefined;
  if (waiting) return pendingAnswer(deps, waiting, false);
  const result = await checked(deps, record);
  if (!result.ok) return result;
  const deal = result.value;
  if (!deal.externalId) {
    return { ok: false, kind: 'invalid', issues: [{ field: 'external_id', code: 'required' }] };
  }
  const withId = { ...deal, externalId: deal.externalId };
  const gate = gateApiDeal(deps, actor.id, withId, { source: actor.source, celebrate: options.celebrate });
  if (gate.kind !== 'log') return pendingAnswer(deps, gate.pending, true);
  const outcome = await insertApiDeal(deps, actor.id, actor.source, withId);
  if (!outcome.created) return repeated(deps, outcome.id);
  return {
    ok: true,
    created: true,
    deal: deps.apiDeals.get(outcome.id)!,
    stored: deps.deals.get(outcome.id)!,
  };
}

/**
 * A deal that waits, as the API answers it. One rejected or cancelled in Slack is refused (it is not
 * logged, and the same id does not log it again); one approved a moment ago whose deal is being
 * stored still reads as waiting. `fresh`: it waits because of this request (Slack is told).
 */
function pendingAnswer(deps: Deps, pending: PendingDeal, fresh: boolean): ApiWrite {
  if (pending.decision === 'rejected' || pending.decision === 'cancelled')
    return { ok: false, kind: 'declined', pending };
  if (pending.dealId !== null && pending.editOf === null) return repeated(deps, pending.dealId);
  return { ok: true, waiting: waitingGate(deps, pending), fresh };
}

function repeated(deps: Deps, id: number): ApiWrite {
  const deal = deps.apiDeals.get(id)!;
  if (deal.deletedAt) return { ok: false, kind: 'deleted', deal };
  return { ok: true, created: false, deal, stored: deps.deals.get(id)! };
}

/** The deal as a record of the external-deal rules, so a change is checked exactly like a new deal. */
function asRecord(deal: ListedDeal): ExternalDealRecord {
  return {
    external_id: deal.externalId,
    amount: majorUnits(deal.amountCents, deal.currency),
    customer: deal.customerName,
    owner: deal.memberId,
    closed_on: deal.closedOn,
    product: deal.productName,
    region: deal.regionName,
    note: deal.note,
  };
}

export type ExternalDealPatch = Omit<ExternalDealRecord, 'external_id'>;

/**
 * Changes the fields given (null clears product or note; region null is the owner's); the result
 * obeys `/deal`'s rules. A change that makes the deal unusual or crosses the approval amount waits
 * (202), and the deal counts as it was until it is confirmed or approved (ADR 27).
 */
export async function updateApiDeal(
  deps: Deps,
  actor: ApiActor,
  externalId: string,
  patch: ExternalDealPatch,
): Promise<ApiWrite> {
  const id = deps.apiDeals.idByExternalId(externalId);
  const before = id === undefined ? undefined : deps.apiDeals.get(id);
  if (id === undefined || !before) {
    const waiting = deps.pendingDeals.byExternalId(externalId);
    return waiting && !waiting.decidedAt
      ? { ok: false, kind: 'waiting', pending: waiting }
      : { ok: false, kind: 'notFound' };
  }
  if (before.deletedAt) return { ok: false, kind: 'deleted', deal: before };
  const result = await checked(deps, { ...asRecord(before), ...patch, external_id: externalId });
  if (!result.ok) return result;
  const deal = { ...result.value, externalId };
  const gate = gateApiDeal(deps, actor.id, deal, {
    source: actor.source,
    celebrate: false,
    editOf: { id, beforeCents: before.amountCents, memberId: before.memberId },
  });
  if (gate.kind !== 'log') return { ok: true, waiting: gate, fresh: true };
  const after = applyApiChange(deps, actor.id, id, deal);
  if (!after) return { ok: false, kind: 'notFound' };
  return { ok: true, created: false, deal: deps.apiDeals.get(id)!, stored: after };
}

/** Deletes the deal (soft, as `/deal undo`); deleting it again answers 404. */
export function deleteApiDeal(deps: Deps, actor: ApiActor, externalId: string): ApiWrite {
  const id = deps.apiDeals.idByExternalId(externalId);
  if (id === undefined) return { ok: false, kind: 'notFound' };
  const at = deps.clock.now();
  return inTransaction(deps.db, () => {
    const stored = deps.deals.get(id);
    if (!stored || stored.deletedAt || !deps.deals.softDelete(id, actor.id, at))
      return { ok: false, kind: 'notFound' } as const;
    deps.audit.record({
      at,
      actor: actor.id,
      action: 'deal.delete',
      entity: 'deal',
      entityId: id,
      before: stored,
    });
    return { ok: true, created: false, deal: deps.apiDeals.get(id)!, stored: deps.deals.get(id)! } as const;
  });
}

export interface DealQuery {
  owner?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  product?: string | undefined;
  region?: string | undefined;
  source?: string | undefined;
  after?: number | undefined;
  limit: number;
}

export type DealPage =
  | { ok: true; deals: ListedDeal[]; nextAfter: number | null }
  | { ok: false; kind: 'unknown'; issues: ExternalDealIssue[] };

/** Live deals by the filters given, oldest first, a page at a time (`nextAfter` for the next one). */
export function listApiDeals(deps: Deps, query: DealQuery): DealPage {
  const issues: ExternalDealIssue[] = [];
  const filter: DealFilter = {
    from: query.from,
    to: query.to,
    source: query.source,
    afterId: query.after,
    limit: query.limit + 1,
  };
  if (query.owner !== undefined) {
    const byEmail = query.owner.includes('@') ? deps.apiDeals.memberIdByEmail(query.owner) : undefined;
    filter.memberId = byEmail ?? query.owner;
  }
  for (const key of ['product', 'region'] as const) {
    const name = query[key];
    if (name === undefined) continue;
    const catalog = key === 'product' ? deps.products : deps.regions;
    const entry = catalog.find(name);
    if (entry) filter[key === 'product' ? 'productId' : 'regionId'] = entry.id;
    else {
      const known = catalog
        .list()
        .map((e) => e.name)
        .join(', ');
      issues.push({
        field: key,
        code: key === 'product' ? 'productUnknown' : 'regionUnknown',
        params: { name, known },
      });
    }
  }
  if (issues.length) return { ok: false, kind: 'unknown', issues };
  const rows = deps.apiDeals.list(filter);
  const page = rows.slice(0, query.limit);
  return { ok: true, deals: page, nextAfter: rows.length > query.limit ? page.at(-1)!.id : null };
}
