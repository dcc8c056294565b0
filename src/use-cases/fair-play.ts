import { z } from 'zod';
import type { AppDeps } from '../app-deps.js';
import { needsApproval, type Unusual, unusualDeal } from '../domain/deals/fair-play.js';
import type { Deal } from '../domain/entities/deal.js';
import type { Member } from '../domain/entities/member.js';
import { canActFor, isAdmin } from '../domain/permissions.js';
import { inTransaction } from '../persistence/database.js';
import type { PendingDeal } from '../persistence/pending-deals-repository.js';
import { FAIR_PLAY } from '../services/fair-play-settings.js';
import { type DealInput, logDeal, resolveDealOwner } from './deals.js';

type Deps = Parameters<typeof logDeal>[0] & Pick<AppDeps, 'pendingDeals' | 'members'>;

/** What happens to a deal just typed: it is logged, or it waits for its rep or for a manager. */
export type DealGate =
  | { kind: 'log' }
  | { kind: 'confirm'; pending: PendingDeal; unusual: Unusual }
  | { kind: 'approval'; pending: PendingDeal; approverIds: string[] };

/** What a click on a pending deal's button did. */
export type PendingOutcome =
  | { ok: true; kind: 'logged'; pending: PendingDeal; deal: Deal; created: boolean }
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

/** The idempotency key of the deal a pending deal becomes: a second click finds the same deal. */
const dealKey = (pending: PendingDeal) => `pending:${pending.id}`;

/**
 * Who decides a deal over the approval amount: the owner's manager, or (without one) every admin.
 * Admins named in PACER_ADMINS and members with the admin role.
 */
function approversOf(deps: Deps, owner: Member): string[] {
  if (owner.managerId) return [owner.managerId];
  const admins = new Set(deps.config.admins);
  for (const m of deps.members.active()) if (m.role === 'admin' || m.slackAdmin) admins.add(m.userId);
  admins.delete(owner.userId);
  return [...admins].sort();
}

function mayApprove(
  deps: Deps,
  caller: Member,
  owner: { userId: string; managerId: string | null },
): boolean {
  return caller.userId !== owner.userId && canActFor(caller, owner, deps.config.admins);
}

/**
 * Who must approve a deal of `cents` logged by `caller` for `owner`, or null when it needs nobody: under
 * the amount, logged by someone who could approve it, or with nobody to approve it (holding it then
 * would lose it).
 */
function approversNeeded(deps: Deps, caller: Member, owner: Member, cents: number): string[] | null {
  const loggerMayApprove = isAdmin(caller, deps.config.admins) || mayApprove(deps, caller, owner);
  if (!needsApproval(cents, deps.settings.get(FAIR_PLAY), loggerMayApprove)) return null;
  const approverIds = approversOf(deps, owner);
  return approverIds.length > 0 ? approverIds : null;
}

function approvalGate(deps: Deps, caller: Member, owner: Member, input: DealInput): DealGate {
  const approverIds = approversNeeded(deps, caller, owner, input.cents);
  if (!approverIds) return { kind: 'log' };
  const pending = deps.pendingDeals.add(
    {
      kind: 'approval',
      memberId: owner.userId,
      loggedBy: caller.userId,
      amountCents: input.cents,
      input,
      reason: null,
    },
    deps.clock.now(),
  );
  return { kind: 'approval', pending, approverIds };
}

/**
 * Before a deal counts (issue 15, fair play): one far above normal is asked about first, and one over
 * the approval amount waits for a manager. Refuses what logDeal refuses (the owner) before asking.
 */
export async function gateNewDeal(deps: Deps, caller: Member, input: DealInput): Promise<DealGate> {
  const owner = await resolveDealOwner(deps, caller, input.forUserId);
  const unusual = unusualDeal(
    input.cents,
    deps.pendingDeals.history(owner.userId),
    deps.settings.get(FAIR_PLAY),
  );
  if (unusual) {
    const pending = deps.pendingDeals.add(
      {
        kind: 'confirm',
        memberId: owner.userId,
        loggedBy: caller.userId,
        amountCents: input.cents,
        input,
        reason: unusual,
      },
      deps.clock.now(),
    );
    return { kind: 'confirm', pending, unusual };
  }
  return approvalGate(deps, caller, owner, input);
}

async function logPending(deps: Deps, pending: PendingDeal): Promise<PendingOutcome> {
  const logger = await deps.directory.ensure(pending.loggedBy);
  if (!logger) return { ok: false, code: 'pending.gone' };
  const input = inputSchema.parse(pending.input) as DealInput;
  const { deal, created } = await logDeal(deps, logger, input, dealKey(pending));
  deps.pendingDeals.setDeal(pending.id, deal.id);
  return { ok: true, kind: 'logged', pending, deal, created };
}

/** "Yes, log it" on an unusual deal: it is logged, or goes on to approval when it also needs one. */
export async function confirmPending(deps: Deps, caller: Member, id: number): Promise<PendingOutcome> {
  const pending = deps.pendingDeals.get(id);
  if (!pending) return { ok: false, code: 'pending.gone' };
  if (pending.loggedBy !== caller.userId) return { ok: false, code: 'pending.notYours', pending };
  if (pending.kind === 'approval' && !pending.decidedAt) {
    const owner = deps.directory.get(pending.memberId);
    return { ok: true, kind: 'approval', pending, approverIds: owner ? approversOf(deps, owner) : [] };
  }
  if (pending.decidedAt) {
    // A repeated click after a crash between the decision and the deal finishes the job.
    if (pending.decision === 'confirmed' && pending.dealId === null) return logPending(deps, pending);
    return { ok: false, code: 'pending.decided', pending };
  }
  const owner = await resolveDealOwner(deps, caller, pending.memberId);
  const approverIds = approversNeeded(deps, caller, owner, pending.amountCents);
  if (approverIds && deps.pendingDeals.toApproval(id))
    return { ok: true, kind: 'approval', pending: deps.pendingDeals.get(id)!, approverIds };
  if (!deps.pendingDeals.decide(id, 'confirmed', caller.userId, null, deps.clock.now()))
    return { ok: false, code: 'pending.decided', pending: deps.pendingDeals.get(id)! };
  return logPending(deps, deps.pendingDeals.get(id)!);
}

/** "Cancel" on an unusual deal: nothing is saved. */
export function cancelPending(deps: Deps, caller: Member, id: number): PendingOutcome {
  const pending = deps.pendingDeals.get(id);
  if (!pending) return { ok: false, code: 'pending.gone' };
  if (pending.loggedBy !== caller.userId) return { ok: false, code: 'pending.notYours', pending };
  if (!deps.pendingDeals.decide(id, 'cancelled', caller.userId, null, deps.clock.now()))
    return { ok: false, code: 'pending.decided', pending: deps.pendingDeals.get(id)! };
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
      after: { memberId: pending.memberId, amountCents: pending.amountCents, loggedBy: pending.loggedBy },
    });
    return true;
  });
  if (!won) return { ok: false, code: 'pending.decided', pending: deps.pendingDeals.get(id)! };
  const decided = deps.pendingDeals.get(id)!;
  if (!approve) return { ok: true, kind: 'rejected', pending: decided };
  return logPending(deps, decided);
}
