import type { AppDeps } from '../app-deps.js';
import type { Deal, DealChange } from '../domain/entities/deal.js';
import type { Member } from '../domain/entities/member.js';
import { canActFor, type LogFor, mayLogFor, mayMoveDeal } from '../domain/permissions.js';
import { refusal } from '../domain/problem.js';
import type { LocalDate } from '../domain/time.js';
import { inTransaction } from '../persistence/database.js';
import { CURRENCY } from '../services/settings-service.js';
import { findCatalogEntry } from './team-setup.js';

type Deps = Pick<
  AppDeps,
  | 'db'
  | 'groupCommit'
  | 'deals'
  | 'audit'
  | 'clock'
  | 'directory'
  | 'regions'
  | 'products'
  | 'settings'
  | 'config'
  | 'dealChanges'
>;

// Commands, not sentences: the refusal for an unknown product line or region quotes them as they are.
const PRODUCT_EXAMPLE = '`/deal 12,500 Acme Corp product:<name>`';
const REGION_EXAMPLE = '`/deal 12,500 Acme Corp region:<name>`';

/** A deal as the command or the modal parsed it (grammar checked, lists not yet). */
export interface DealInput {
  cents: number;
  customerName: string;
  product?: string | undefined;
  region?: string | undefined;
  closedOn: LocalDate;
  forUserId?: string | undefined;
  note?: string | undefined;
}

function logForRefusal(error: Exclude<LogFor, { ok: true }>['error'], ownerId: string) {
  return error === 'rep_for_other'
    ? refusal('deal.forOthersNotAllowed')
    : refusal('deal.notTheirReport', { member: ownerId });
}

/** Who a deal is for: the caller, or (managers and admins) someone they may act for (mayLogFor). */
export async function resolveDealOwner(
  deps: Deps,
  caller: Member,
  forUserId: string | undefined,
): Promise<Member> {
  if (!forUserId || forUserId === caller.userId) return caller;
  if (caller.role === 'rep' && !deps.directory.isAdmin(caller)) {
    throw logForRefusal('rep_for_other', forUserId);
  }
  const owner = await deps.directory.ensure(forUserId);
  if (!owner || owner.deleted || owner.isBot) {
    throw refusal('deal.ownerInactive', { member: forUserId });
  }
  const allowed = mayLogFor(caller, owner, deps.config.admins);
  if (!allowed.ok) throw logForRefusal(allowed.error, owner.userId);
  return owner;
}

export interface LoggedDeal {
  deal: Deal;
  created: boolean;
}

/**
 * Logs a deal with its audit entry, atomically, in the next group commit (the busiest write; ADR 7).
 * A repeated idempotency key returns the first deal.
 */
export async function logDeal(
  deps: Deps,
  caller: Member,
  input: DealInput,
  idempotencyKey: string | null,
): Promise<LoggedDeal> {
  const owner = await resolveDealOwner(deps, caller, input.forUserId);
  const productId = input.product ? findCatalogEntry(deps.products, input.product, PRODUCT_EXAMPLE).id : null;
  const regionId = input.region
    ? findCatalogEntry(deps.regions, input.region, REGION_EXAMPLE).id
    : owner.regionId;
  const at = deps.clock.now();
  const logged = await deps.groupCommit.run(() => {
    const result = deps.deals.insert(
      {
        memberId: owner.userId,
        customerName: input.customerName,
        amountCents: input.cents,
        currency: deps.settings.get(CURRENCY),
        closedOn: input.closedOn,
        productId,
        regionId,
        note: input.note?.trim() || null,
        loggedBy: caller.userId,
        idempotencyKey,
      },
      at,
    );
    if (result.created) {
      deps.audit.record({
        at,
        actor: caller.userId,
        action: 'deal.create',
        entity: 'deal',
        entityId: result.deal.id,
        after: result.deal,
      });
    }
    return result;
  });
  if (logged.created) deps.dealChanges.changed([logged.deal.memberId]);
  return logged;
}

/** The deal, if the caller may change it (their own, their reports', or any for admins). */
export function dealForChange(deps: Deps, caller: Member, dealId: number): Deal {
  const deal = deps.deals.get(dealId);
  if (!deal || deal.deletedAt) throw refusal('deal.gone');
  if (!canActFor(caller, reportingLine(deps, deal.memberId), deps.config.admins)) {
    throw refusal('deal.notYours');
  }
  return deal;
}

/** `/deal list [@user]`: a member's last deals, for them, their manager or an admin. */
export function recentDealsOf(deps: Deps, caller: Member, memberId: string): Deal[] {
  if (!canActFor(caller, reportingLine(deps, memberId), deps.config.admins)) {
    throw refusal('deal.listNotAllowed');
  }
  return deps.deals.recentFor(memberId, 10);
}

function reportingLine(deps: Deps, memberId: string): { userId: string; managerId: string | null } {
  return deps.directory.get(memberId) ?? { userId: memberId, managerId: null };
}

export function deleteDeal(deps: Deps, caller: Member, dealId: number, action = 'deal.delete'): Deal {
  const deal = dealForChange(deps, caller, dealId);
  const at = deps.clock.now();
  const deleted = inTransaction(deps.db, () => {
    if (!deps.deals.softDelete(deal.id, caller.userId, at)) return false;
    deps.audit.record({ at, actor: caller.userId, action, entity: 'deal', entityId: deal.id, before: deal });
    return true;
  });
  if (deleted) deps.dealChanges.changed([deal.memberId]);
  return deal;
}

/** `/deal undo`: removes the deal the caller logged last (a manager's may be a report's deal). */
export function undoLastDeal(deps: Deps, caller: Member): Deal {
  const last = deps.deals.lastLoggedBy(caller.userId);
  if (!last) throw refusal('deal.nothingToUndo');
  return deleteDeal(deps, caller, last.id, 'deal.undo');
}

/**
 * Changes a deal. Giving it another owner follows the rule for logging on someone's behalf, and a
 * manager cannot move a report's deal to themselves (mayMoveDeal); an owner left as it was is not
 * checked again, so the deal of a rep who has since left can still be corrected.
 */
export async function editDeal(deps: Deps, caller: Member, dealId: number, input: DealInput): Promise<Deal> {
  const before = dealForChange(deps, caller, dealId);
  const ownerId = await newOwnerOf(deps, caller, before, input.forUserId);
  const change: DealChange = {
    memberId: ownerId,
    customerName: input.customerName,
    amountCents: input.cents,
    closedOn: input.closedOn,
    productId: input.product ? findCatalogEntry(deps.products, input.product, PRODUCT_EXAMPLE).id : null,
    regionId: input.region
      ? findCatalogEntry(deps.regions, input.region, REGION_EXAMPLE).id
      : before.regionId,
    note: input.note?.trim() || null,
  };
  const at = deps.clock.now();
  const edited = inTransaction(deps.db, () => {
    // Checked again here: the deal may have been deleted while the owner was looked up in Slack.
    if (deps.deals.get(dealId)?.deletedAt !== null) throw refusal('deal.goneNothingChanged');
    const after = deps.deals.update(dealId, change, at);
    deps.audit.record({
      at,
      actor: caller.userId,
      action: 'deal.edit',
      entity: 'deal',
      entityId: dealId,
      before,
      after,
    });
    return after;
  });
  // A deal moved to another rep changes both tabs: the one it left and the one it joined.
  deps.dealChanges.changed([before.memberId, edited.memberId]);
  return edited;
}

async function newOwnerOf(deps: Deps, caller: Member, before: Deal, forUserId: string | undefined) {
  if (!forUserId || forUserId === before.memberId) return before.memberId;
  const owner = await resolveDealOwner(deps, caller, forUserId);
  const move = mayMoveDeal({
    editor: caller,
    admins: deps.config.admins,
    from: reportingLine(deps, before.memberId),
    to: owner,
  });
  if (move.ok) return owner.userId;
  if (move.error === 'to_self') throw refusal('deal.moveToSelf', { member: before.memberId });
  throw logForRefusal(move.error, owner.userId);
}
