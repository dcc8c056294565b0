import { z } from 'zod';
import type { AppDeps } from '../app-deps.js';
import type { ResolvedExternalDeal } from '../domain/deals/external-deal.js';
import { changeNeedsApproval, type Unusual, unusualChange } from '../domain/deals/fair-play.js';
import type { Deal } from '../domain/entities/deal.js';
import type { Member } from '../domain/entities/member.js';
import { canActFor, isAdmin } from '../domain/permissions.js';
import { ProblemError } from '../domain/problem.js';
import type { ApiDealSource } from '../persistence/api-deals-repository.js';
import { inTransaction } from '../persistence/database.js';
import type { PendingDeal } from '../persistence/pending-deals-repository.js';
import { FAIR_PLAY } from '../services/fair-play-settings.js';
import { applyApiChange, insertApiDeal } from './api-deal-writes.js';
import { type DealInput, dealForChange, editDeal, logDeal, resolveDealOwner } from './deals.js';

type Deps = Parameters<typeof logDeal>[0] &
  Pick<AppDeps, 'pendingDeals' | 'members' | 'apiDeals' | 'dealChanges'>;

/** What happens to a deal just typed (or a change just made): it is stored, or it waits. */
export type DealGate =
  | { kind: 'log' }
  | { kind: 'confirm'; pending: PendingDeal; unusual: Unusual }
  | { kind: 'approval'; pending: PendingDeal; approverIds: string[] };

/** What a click on a pending deal's button did. */
export type PendingOutcome =
  | {
      ok: true;
      kind: 'logged';
      pending: PendingDeal;
      deal: Deal;
      created: boolean;
      /** A change to a live deal was applied (its celebration is refreshed, not posted). */
      edited: boolean;
      /** Whether to celebrate a new deal (an API request may have said no), and as what source. */
      celebrate: boolean;
      source: ApiDealSource | undefined;
    }
  | { ok: true; kind: 'approval'; pending: PendingDeal; approverIds: string[] }
  | { ok: true; kind: 'cancelled' | 'rejected'; pending: PendingDeal }
  | { ok: false; code: 'pending.gone' }
  | { ok: false; code: 'pending.decided' | 'pending.notYours' | 'pending.notApprover'; pending: PendingDeal };

const inputSchema = z.object({
  cents: z.number().int().positive(),
  customerName: z.string(),
  product: z.string().optional(),
  region: z.string().optional(),
  closedOn: z.string(),
  forUserId: z.string().optional(),
  note: z.string().optional(),
});

/** An API deal as it waits: the checked record, where it came from, and whether to celebrate it. */
const apiInputSchema = z.object({
  cents: z.number().int().positive(),
  customerName: z.string(),
  closedOn: z.string(),
  note: z.string().nullable(),
  memberId: z.string(),
  productId: z.number().nullable(),
  regionId: z.number().nullable(),
  source: z.enum(['api', 'hubspot', 'import']),
  celebrate: z.boolean(),
});
export type ApiPendingInput = z.infer<typeof apiInputSchema>;

/** A checked external deal (API, webhook, CSV row) as it waits in `pending_deals`. */
export function pendingInputOf(
  deal: ResolvedExternalDeal,
  source: ApiPendingInput['source'],
  celebrate: boolean,
): ApiPendingInput {
  return {
    cents: deal.cents,
    customerName: deal.customerName,
    closedOn: deal.closedOn,
    note: deal.note,
    memberId: deal.memberId,
    productId: deal.productId,
    regionId: deal.regionId,
    source,
    celebrate,
  };
}

/** The idempotency key of the deal a pending deal becomes: a second click finds the same deal. */
const dealKey = (pending: PendingDeal) => `pending:${pending.id}`;

/**
 * Who answers "Are you sure?": whoever typed the deal, or for an API deal its owner (nobody typed
 * it in Slack).
 */
export const confirmerOf = (pending: PendingDeal) =>
  pending.externalId === null ? pending.loggedBy : pending.memberId;

/** Where the admins come from: PACER_ADMINS and the members' roles. */
type AdminSources = {
  config: { admins: readonly string[] };
  members: Pick<AppDeps['members'], 'admins'>;
};

/**
 * Who decides a deal over the approval amount: the owner's manager, or (without one) every admin.
 * Admins named in PACER_ADMINS and members with the admin role.
 */
export function approversOf(
  deps: AdminSources,
  owner: Pick<Member, 'userId' | 'managerId'>,
  admins: readonly string[] | (() => readonly string[]) = () => teamAdmins(deps),
): string[] {
  if (owner.managerId) return [owner.managerId];
  // Read only when needed: a list of many deals passes the admins it read once.
  return (typeof admins === 'function' ? admins() : admins).filter((id) => id !== owner.userId);
}

/** Every admin: PACER_ADMINS and members with the admin role, sorted. Read once per list, not per deal. */
export function teamAdmins(deps: AdminSources): string[] {
  const admins = new Set(deps.config.admins);
  for (const m of deps.members.admins()) admins.add(m.userId);
  return [...admins].sort();
}

/**
 * A deal began or stopped waiting: the App Home of its owner and of whoever decides it (and `also`)
 * is refreshed, as after a deal change (the tabs list what waits).
 */
export function waitingChanged(deps: Deps, pending: PendingDeal, also: readonly string[] = []): void {
  const owner = deps.directory.get(pending.memberId);
  const deciders =
    pending.kind === 'confirm' ? [confirmerOf(pending)] : owner ? approversOf(deps, owner) : [];
  deps.dealChanges.changed([pending.memberId, ...deciders, ...also]);
}

function mayApprove(
  deps: Deps,
  caller: Member,
  owner: { userId: string; managerId: string | null },
): boolean {
  return caller.userId !== owner.userId && canActFor(caller, owner, deps.config.admins);
}

/**
 * Who must approve a deal of `cents` logged by `caller` (null: the API, which approves nothing) for
 * `owner`, or null when it needs nobody: under the amount, not crossing it (a change from
 * `beforeCents`), logged by someone who could approve it, or with nobody to approve it (holding it
 * then would lose it).
 */
function approversNeeded(
  deps: Deps,
  caller: Member | null,
  owner: Member,
  cents: number,
  beforeCents: number | null,
  ownerChanged = false,
): string[] | null {
  const loggerMayApprove =
    caller !== null && (isAdmin(caller, deps.config.admins) || mayApprove(deps, caller, owner));
  const rules = deps.settings.get(FAIR_PLAY);
  if (!changeNeedsApproval(beforeCents, cents, rules, loggerMayApprove, ownerChanged)) return null;
  const approverIds = approversOf(deps, owner);
  return approverIds.length > 0 ? approverIds : null;
}

interface Held {
  /** A change that gives the deal to someone else: approval applies as to a new deal. */
  ownerChanged?: boolean;
  memberId: string;
  loggedBy: string;
  amountCents: number;
  input: unknown;
  externalId?: string | null;
  editOf?: number | null;
}

/**
 * Before a deal or a change counts (issue 15, fair play): one far above normal is asked about first,
 * and one crossing the approval amount waits for a manager. `caller` null: sent through the API.
 */
function gate(
  deps: Deps,
  caller: Member | null,
  owner: Member,
  beforeCents: number | null,
  held: Held,
): DealGate {
  const rules = deps.settings.get(FAIR_PLAY);
  const history = deps.pendingDeals.history(owner.userId);
  const unusual = unusualChange(beforeCents, held.amountCents, history, rules);
  const at = deps.clock.now();
  if (unusual) {
    const { ownerChanged: _moved, ...stored } = held;
    const pending = deps.pendingDeals.add({ ...stored, kind: 'confirm', reason: unusual }, at);
    waitingChanged(deps, pending);
    return { kind: 'confirm', pending, unusual };
  }
  const { ownerChanged, ...stored } = held;
  const approverIds = approversNeeded(deps, caller, owner, held.amountCents, beforeCents, ownerChanged);
  if (!approverIds) return { kind: 'log' };
  const pending = deps.pendingDeals.add({ ...stored, kind: 'approval', reason: null }, at);
  waitingChanged(deps, pending);
  return { kind: 'approval', pending, approverIds };
}

/** A deal typed in Slack. Refuses what logDeal refuses (the owner) before asking. */
export async function gateNewDeal(deps: Deps, caller: Member, input: DealInput): Promise<DealGate> {
  const owner = await resolveDealOwner(deps, caller, input.forUserId);
  return gate(deps, caller, owner, null, {
    memberId: owner.userId,
    loggedBy: caller.userId,
    amountCents: input.cents,
    input,
  });
}

/** A change that supersedes the one waiting for the same deal: only the latest change is decided. */
function supersede(deps: Deps, dealId: number, by: string): void {
  const open = deps.pendingDeals.openEditOf(dealId);
  if (open && deps.pendingDeals.decide(open.id, 'cancelled', by, null, deps.clock.now()))
    waitingChanged(deps, open);
}

/**
 * A change to a deal in the edit form: one that makes it unusual or crosses the approval amount
 * waits, and the deal keeps counting as it was meanwhile (ADR 27). Refuses what editDeal refuses.
 */
export async function gateDealEdit(
  deps: Deps,
  caller: Member,
  dealId: number,
  input: DealInput,
): Promise<DealGate> {
  const before = dealForChange(deps, caller, dealId);
  const moved = input.forUserId !== undefined && input.forUserId !== before.memberId;
  const owner = moved
    ? await resolveDealOwner(deps, caller, input.forUserId)
    : deps.directory.get(before.memberId);
  supersede(deps, dealId, caller.userId);
  // The deal of a rep who has left is corrected as it is: nobody to ask.
  if (!owner || owner.deleted) return { kind: 'log' };
  return gate(deps, caller, owner, before.amountCents, {
    memberId: owner.userId,
    loggedBy: caller.userId,
    amountCents: input.cents,
    input,
    editOf: dealId,
    ownerChanged: owner.userId !== before.memberId,
  });
}

/**
 * An API or webhook deal (new, or a change to the live deal `editOf`): the same rules, with nobody
 * to ask synchronously. An unusual one waits for its owner's "yes" in a DM, a large one for the
 * manager; the caller answers 202. A change identical to the one already waiting is that one (a
 * retry); any other change supersedes it.
 */
export function gateApiDeal(
  deps: Deps,
  actorId: string,
  deal: ResolvedExternalDeal & { externalId: string },
  options: {
    source: ApiDealSource;
    celebrate: boolean;
    editOf?: { id: number; beforeCents: number; memberId: string };
  },
): DealGate {
  const owner = deps.directory.get(deal.memberId);
  if (!owner) return { kind: 'log' };
  const input = pendingInputOf(deal, options.source, options.celebrate);
  const { editOf } = options;
  return inTransaction(deps.db, () => {
    if (editOf) {
      const open = deps.pendingDeals.openEditOf(editOf.id);
      if (open && JSON.stringify(open.input) === JSON.stringify(input)) return waitingGate(deps, open);
      supersede(deps, editOf.id, actorId);
    } else {
      // Checked again inside the write: a retry may have crossed this request while it was checked.
      const open = deps.pendingDeals.byExternalId(deal.externalId);
      if (open) return waitingGate(deps, open);
    }
    return gate(deps, null, owner, editOf?.beforeCents ?? null, {
      memberId: owner.userId,
      loggedBy: actorId,
      amountCents: deal.cents,
      input,
      externalId: deal.externalId,
      editOf: editOf?.id ?? null,
      ownerChanged: editOf !== undefined && editOf.memberId !== owner.userId,
    });
  });
}

/** A pending deal as the gate it came from: what it waits for, and whom. */
export function waitingGate(deps: Deps, pending: PendingDeal): Exclude<DealGate, { kind: 'log' }> {
  if (pending.kind === 'confirm') return { kind: 'confirm', pending, unusual: pending.reason as Unusual };
  const owner = deps.directory.get(pending.memberId);
  return { kind: 'approval', pending, approverIds: owner ? approversOf(deps, owner) : [] };
}

function logged(
  pending: PendingDeal,
  deal: Deal,
  created: boolean,
  extra: { edited: boolean; celebrate: boolean; source?: ApiDealSource },
): PendingOutcome {
  return { ok: true, kind: 'logged', pending, deal, created, source: undefined, ...extra };
}

async function logApiPending(deps: Deps, pending: PendingDeal, externalId: string): Promise<PendingOutcome> {
  const input = apiInputSchema.parse(pending.input);
  const deal = { ...input, externalId };
  if (pending.editOf !== null) {
    const after = applyApiChange(deps, pending.loggedBy, pending.editOf, deal);
    if (!after) return { ok: false, code: 'pending.gone' };
    deps.pendingDeals.setDeal(pending.id, after.id);
    return logged(pending, after, true, { edited: true, celebrate: false });
  }
  const { id, created } = await insertApiDeal(deps, pending.loggedBy, input.source, deal);
  deps.pendingDeals.setDeal(pending.id, id);
  return logged(pending, deps.deals.get(id)!, created, {
    edited: false,
    // Imported deals never celebrate (nothing is posted for an import).
    celebrate: input.celebrate && input.source !== 'import',
    source: input.source === 'import' ? undefined : input.source,
  });
}

async function logPending(deps: Deps, pending: PendingDeal): Promise<PendingOutcome> {
  if (pending.externalId !== null) return logApiPending(deps, pending, pending.externalId);
  const logger = await deps.directory.ensure(pending.loggedBy);
  if (!logger) return { ok: false, code: 'pending.gone' };
  const input = inputSchema.parse(pending.input) as DealInput;
  if (pending.editOf !== null) {
    try {
      const deal = await editDeal(deps, logger, pending.editOf, input);
      deps.pendingDeals.setDeal(pending.id, deal.id);
      return logged(pending, deal, true, { edited: true, celebrate: false });
    } catch (error) {
      // Deleted (or out of the editor's reach) while the change waited: nothing to change.
      if (error instanceof ProblemError) return { ok: false, code: 'pending.gone' };
      throw error;
    }
  }
  const { deal, created } = await logDeal(deps, logger, input, dealKey(pending));
  deps.pendingDeals.setDeal(pending.id, deal.id);
  return logged(pending, deal, created, { edited: false, celebrate: true });
}

/** "Yes, log it" on an unusual deal: it is logged, or goes on to approval when it also needs one. */
export async function confirmPending(deps: Deps, caller: Member, id: number): Promise<PendingOutcome> {
  const pending = deps.pendingDeals.get(id);
  if (!pending) return { ok: false, code: 'pending.gone' };
  if (confirmerOf(pending) !== caller.userId) return { ok: false, code: 'pending.notYours', pending };
  if (pending.kind === 'approval' && !pending.decidedAt) {
    const owner = deps.directory.get(pending.memberId);
    return { ok: true, kind: 'approval', pending, approverIds: owner ? approversOf(deps, owner) : [] };
  }
  if (pending.decidedAt) {
    // A repeated click after a crash between the decision and the deal finishes the job.
    if (pending.decision === 'confirmed' && pending.dealId === null) return logPending(deps, pending);
    return { ok: false, code: 'pending.decided', pending };
  }
  const fromApi = pending.externalId !== null;
  const owner = fromApi ? caller : await resolveDealOwner(deps, caller, pending.memberId);
  const before = pending.editOf === null ? undefined : deps.deals.get(pending.editOf);
  const approverIds = approversNeeded(
    deps,
    fromApi ? null : caller,
    owner,
    pending.amountCents,
    before?.amountCents ?? null,
    before !== undefined && before.memberId !== pending.memberId,
  );
  if (approverIds && deps.pendingDeals.toApproval(id)) {
    const sent = deps.pendingDeals.get(id)!;
    waitingChanged(deps, sent, [caller.userId]);
    return { ok: true, kind: 'approval', pending: sent, approverIds };
  }
  if (!deps.pendingDeals.decide(id, 'confirmed', caller.userId, null, deps.clock.now()))
    return { ok: false, code: 'pending.decided', pending: deps.pendingDeals.get(id)! };
  waitingChanged(deps, pending);
  return logPending(deps, deps.pendingDeals.get(id)!);
}

/** "Cancel" on an unusual deal: nothing is saved. */
export function cancelPending(deps: Deps, caller: Member, id: number): PendingOutcome {
  const pending = deps.pendingDeals.get(id);
  if (!pending) return { ok: false, code: 'pending.gone' };
  if (confirmerOf(pending) !== caller.userId) return { ok: false, code: 'pending.notYours', pending };
  if (!deps.pendingDeals.decide(id, 'cancelled', caller.userId, null, deps.clock.now()))
    return { ok: false, code: 'pending.decided', pending: deps.pendingDeals.get(id)! };
  waitingChanged(deps, pending);
  return { ok: true, kind: 'cancelled', pending: deps.pendingDeals.get(id)! };
}

/**
 * Approve or Reject, by the owner's manager or an admin (never the owner). The first decision wins;
 * an approved deal is logged under its own key, so a crash in between is finished by a second click.
 */
export async function decidePending(
  deps: Deps,
  caller: Member,
  id: number,
  approve: boolean,
): Promise<PendingOutcome> {
  const pending = deps.pendingDeals.get(id);
  if (pending?.kind !== 'approval') return { ok: false, code: 'pending.gone' };
  const owner = deps.directory.get(pending.memberId) ?? { userId: pending.memberId, managerId: null };
  if (!mayApprove(deps, caller, owner)) return { ok: false, code: 'pending.notApprover', pending };
  if (pending.decidedAt) {
    if (pending.decision === 'approved' && pending.dealId === null) return logPending(deps, pending);
    return { ok: false, code: 'pending.decided', pending };
  }
  const at = deps.clock.now();
  const won = inTransaction(deps.db, () => {
    if (!deps.pendingDeals.decide(id, approve ? 'approved' : 'rejected', caller.userId, null, at))
      return false;
    deps.audit.record({
      at,
      actor: caller.userId,
      action: approve ? 'deal.approve' : 'deal.reject',
      entity: 'pending_deal',
      entityId: id,
      after: {
        memberId: pending.memberId,
        amountCents: pending.amountCents,
        loggedBy: pending.loggedBy,
        ...(pending.editOf === null ? {} : { editOf: pending.editOf }),
        ...(pending.externalId === null ? {} : { externalId: pending.externalId }),
      },
    });
    return true;
  });
  if (!won) return { ok: false, code: 'pending.decided', pending: deps.pendingDeals.get(id)! };
  const decided = deps.pendingDeals.get(id)!;
  waitingChanged(deps, decided, [caller.userId]);
  if (!approve) return { ok: true, kind: 'rejected', pending: decided };
  return logPending(deps, decided);
}
