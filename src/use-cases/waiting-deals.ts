import type { AppDeps } from '../app-deps.js';
import type { Deal } from '../domain/entities/deal.js';
import type { Member } from '../domain/entities/member.js';
import { type LocalDate, type LocalTime, localDateAt, localTimeAt } from '../domain/time.js';
import type { PendingDeal } from '../persistence/pending-deals-repository.js';
import { TIMEZONE } from '../services/settings-service.js';
import { recentDealsOf } from './deals.js';
import { approversOf, confirmerOf } from './fair-play.js';

type Deps = Pick<AppDeps, 'pendingDeals' | 'directory' | 'members' | 'config' | 'settings'>;

/** A deal (or a change) that does not count yet, as a list shows it: what it waits for, whom, since when. */
export interface WaitingDeal {
  pending: PendingDeal;
  /** `confirm`: the rep's (or whoever typed it) "Are you sure?"; `approval`: a manager's decision. */
  kind: 'confirm' | 'approval';
  /** Who decides: the one who confirms, or the approvers. */
  waitingFor: string[];
  /** When it began to wait, on the viewer's wall clock. */
  since: { date: LocalDate; time: LocalTime };
}

/** How many waiting deals a list shows; more are counted, not listed. */
export const WAITING_LISTED = 10;

/** Open approvals read at most for one approver's list: a backlog beyond this is not shown whole. */
const APPROVALS_SCANNED = 2_000;

/** Every deal still waiting that an API listing can page through, oldest first. */
const API_SCANNED = 5_000;

/** Who a waiting deal waits for. */
export function waitingFor(deps: Deps, pending: PendingDeal): string[] {
  if (pending.kind === 'confirm') return [confirmerOf(pending)];
  const owner = deps.directory.get(pending.memberId);
  return owner ? approversOf(deps, owner) : [];
}

function asWaiting(deps: Deps, pending: PendingDeal, tz: string): WaitingDeal {
  const at = new Date(pending.createdAt);
  return {
    pending,
    kind: pending.kind,
    waitingFor: waitingFor(deps, pending),
    since: { date: localDateAt(at, tz), time: localTimeAt(at, tz) },
  };
}

const viewerTz = (deps: Deps, viewer: Member) => viewer.tz ?? deps.settings.get(TIMEZONE);

/** The member's deals still waiting, oldest first (read from the open-deals index, never the history). */
export function waitingDealsOf(deps: Deps, viewer: Member, memberId: string): WaitingDeal[] {
  const tz = viewerTz(deps, viewer);
  return deps.pendingDeals.openOf(memberId, WAITING_LISTED).map((p) => asWaiting(deps, p, tz));
}

/** Deals waiting for this member's approval (as a manager, or as an admin of reps without one), oldest first. */
export function waitingForApprovalBy(deps: Deps, approver: Member): { listed: WaitingDeal[]; count: number } {
  const tz = viewerTz(deps, approver);
  const mine = deps.pendingDeals
    .open(APPROVALS_SCANNED)
    .filter((p) => p.kind === 'approval' && waitingFor(deps, p).includes(approver.userId));
  return { listed: mine.slice(0, WAITING_LISTED).map((p) => asWaiting(deps, p, tz)), count: mine.length };
}

/**
 * `/deal list [@user]`: the member's last deals and those still waiting, for the caller or someone
 * they may change deals for (refused otherwise, as recentDealsOf refuses).
 */
export function dealListOf(
  deps: Deps & Parameters<typeof recentDealsOf>[0],
  caller: Member,
  memberId: string,
): { deals: Deal[]; waiting: WaitingDeal[] } {
  const deals = recentDealsOf(deps, caller, memberId);
  return { deals, waiting: waitingDealsOf(deps, caller, memberId) };
}

/**
 * The REST API's `status=waiting`: every deal (or change) still waiting, by owner and closing date
 * when given, a page at a time by id (`nextAfter` for the next page).
 */
export function listWaiting(
  deps: Deps & Pick<AppDeps, 'apiDeals'>,
  query: {
    owner?: string | undefined;
    from?: string | undefined;
    to?: string | undefined;
    after?: number | undefined;
    limit: number;
  },
): { deals: WaitingDeal[]; nextAfter: number | null } {
  const owner =
    query.owner === undefined
      ? undefined
      : query.owner.includes('@')
        ? (deps.apiDeals.memberIdByEmail(query.owner) ?? query.owner)
        : query.owner;
  const tz = deps.settings.get(TIMEZONE);
  const matching = deps.pendingDeals
    .open(API_SCANNED)
    .filter((p) => {
      const closedOn = (p.input as { closedOn: string }).closedOn;
      return (
        (owner === undefined || p.memberId === owner) &&
        (query.from === undefined || closedOn >= query.from) &&
        (query.to === undefined || closedOn <= query.to) &&
        (query.after === undefined || p.id > query.after)
      );
    })
    .sort((a, b) => a.id - b.id);
  const page = matching.slice(0, query.limit);
  return {
    deals: page.map((p) => asWaiting(deps, p, tz)),
    nextAfter: matching.length > query.limit ? page.at(-1)!.id : null,
  };
}
