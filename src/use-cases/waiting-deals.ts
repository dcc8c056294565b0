import type { AppDeps } from '../app-deps.js';
import { stepsDue, type WaitingStep, workingDaysWaited } from '../domain/deals/waiting.js';
import type { Deal } from '../domain/entities/deal.js';
import type { Member } from '../domain/entities/member.js';
import type { CalendarRules } from '../domain/targets/calendar-rules.js';
import { type LocalDate, type LocalTime, localDateAt, localTimeAt } from '../domain/time.js';
import type { PendingDeal } from '../persistence/pending-deals-repository.js';
import { HOLIDAYS } from '../services/calendar-settings.js';
import { TIMEZONE, WORKING_WEEKDAYS } from '../services/settings-service.js';
import { recentDealsOf } from './deals.js';
import { approversOf, confirmerOf, teamAdmins } from './fair-play.js';

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

/**
 * Who a waiting deal waits for. `admins` (teamAdmins) is passed when many deals are looked at: the
 * team's admins are read once, not once per deal.
 */
export function waitingFor(deps: Deps, pending: PendingDeal, admins?: readonly string[]): string[] {
  if (pending.kind === 'confirm') return [confirmerOf(pending)];
  const owner = deps.directory.get(pending.memberId);
  if (!owner) return [];
  return approversOf(deps, owner, admins ?? (() => teamAdmins(deps)));
}

/** The team's admins, read on first need and then kept for the rest of one listing. */
function adminsOnce(deps: Deps): () => string[] {
  let admins: string[] | undefined;
  return () => {
    admins ??= teamAdmins(deps);
    return admins;
  };
}

function asWaiting(deps: Deps, pending: PendingDeal, tz: string, admins?: readonly string[]): WaitingDeal {
  const at = new Date(pending.createdAt);
  return {
    pending,
    kind: pending.kind,
    waitingFor: waitingFor(deps, pending, admins),
    since: { date: localDateAt(at, tz), time: localTimeAt(at, tz) },
  };
}

const viewerTz = (deps: Deps, viewer: Member) => viewer.tz ?? deps.settings.get(TIMEZONE);

/**
 * The member's deals still waiting, the oldest WAITING_LISTED listed, with how many wait in all
 * (read from the open-deals index, never the history).
 */
export function waitingDealsOf(
  deps: Deps,
  viewer: Member,
  memberId: string,
): { listed: WaitingDeal[]; count: number } {
  const tz = viewerTz(deps, viewer);
  const admins = adminsOnce(deps);
  const listed = deps.pendingDeals
    .openOf(memberId, WAITING_LISTED)
    .map((p) => asWaiting(deps, p, tz, admins()));
  const count = listed.length < WAITING_LISTED ? listed.length : deps.pendingDeals.openCountOf(memberId);
  return { listed, count };
}

/** Deals waiting for this member's approval (as a manager, or as an admin of reps without one), oldest first. */
export function waitingForApprovalBy(deps: Deps, approver: Member): { listed: WaitingDeal[]; count: number } {
  const tz = viewerTz(deps, approver);
  const admins = adminsOnce(deps);
  // A manager decides their reports' deals; the admins those of reps without a manager.
  const reports = deps.pendingDeals.openApprovalsUnder(approver.userId, APPROVALS_SCANNED);
  const unmanaged = deps.directory.isAdmin(approver)
    ? deps.pendingDeals.openApprovalsUnder(null, APPROVALS_SCANNED)
    : [];
  const mine = [...reports, ...unmanaged]
    .filter((p) => p.memberId !== approver.userId)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id);
  return {
    listed: mine.slice(0, WAITING_LISTED).map((p) => asWaiting(deps, p, tz, admins())),
    count: mine.length,
  };
}

/**
 * `/deal list [@user]`: the member's last deals and those still waiting, for the caller or someone
 * they may change deals for (refused otherwise, as recentDealsOf refuses).
 */
export function dealListOf(
  deps: Deps & Parameters<typeof recentDealsOf>[0],
  caller: Member,
  memberId: string,
): { deals: Deal[]; waiting: { listed: WaitingDeal[]; count: number } } {
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
  const admins = adminsOnce(deps);
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
    deals: page.map((p) => asWaiting(deps, p, tz, admins())),
    nextAfter: matching.length > query.limit ? page.at(-1)!.id : null,
  };
}

/** One step due for a waiting deal (ADR 28), as the fair-play job keys it: each is done once. */
export interface DueStep {
  pendingId: number;
  step: WaitingStep;
}

/** The team's working days for "two working days": its working weekdays and holidays. */
function teamCalendar(deps: Pick<AppDeps, 'settings'>): CalendarRules {
  return {
    workingWeekdays: deps.settings.get(WORKING_WEEKDAYS),
    holidays: deps.settings.get(HOLIDAYS).map((h) => h.date),
  };
}

/** Whether a waiting deal is a row of a CSV import (asked by the job, never expired unanswered). */
export const isImported = (pending: PendingDeal) =>
  (pending.input as { source?: string }).source === 'import';

/** The working days (team calendar) a deal has waited by `now`, as its reminder says. */
export function daysWaited(
  deps: Pick<AppDeps, 'settings'>,
  pending: PendingDeal,
  now: Date,
  tz: string,
): number {
  return workingDaysWaited(new Date(pending.createdAt), now, tz, teamCalendar(deps));
}

/**
 * Every step due by `now` for the deals still waiting, oldest deal first. `doneAt` says when a
 * step of a deal was done (the job ledger), null when it was not.
 */
export function waitingStepsDue(
  deps: Deps,
  now: Date,
  tz: string,
  doneAt: (pendingId: number, step: WaitingStep) => Date | null,
): DueStep[] {
  const calendar = teamCalendar(deps);
  return deps.pendingDeals.open(API_SCANNED).flatMap((p) => {
    const imported = isImported(p);
    const relevant: WaitingStep[] = [
      ...(imported ? (['ask'] as const) : []),
      ...(p.kind === 'confirm' ? (['expire'] as const) : (['remind', 'escalate'] as const)),
    ];
    const done: Partial<Record<WaitingStep, Date>> = {};
    for (const step of relevant) {
      const at = doneAt(p.id, step);
      if (at) done[step] = at;
    }
    const state = { kind: p.kind, imported, since: new Date(p.createdAt), done };
    return stepsDue(state, now, tz, calendar).map((step) => ({ pendingId: p.id, step }));
  });
}

/**
 * Drops an "Are you sure?" nobody answered in time: it never counted, and is not logged by a later
 * click (or an API retry). The deal as expired, also when an earlier attempt expired it (so a run
 * resumed after a crash still tells the rep); null when it was answered first.
 */
export function expireWaiting(
  deps: Deps & Pick<AppDeps, 'clock' | 'dealChanges'>,
  id: number,
): PendingDeal | null {
  const pending = deps.pendingDeals.get(id);
  if (pending?.kind !== 'confirm') return null;
  if (pending.decidedAt) return pending.decision === 'expired' ? pending : null;
  if (!deps.pendingDeals.decide(id, 'expired', EXPIRED_BY, null, deps.clock.now())) return null;
  deps.dealChanges.changed([pending.memberId, confirmerOf(pending)]);
  return deps.pendingDeals.get(id)!;
}

/** Who decided an expired deal: nobody; Pacer's clock. */
export const EXPIRED_BY = 'pacer';

/**
 * A deal still waiting for approval, with its approvers and the admins it is escalated to (those
 * not already asked); null once decided.
 */
export function openApproval(
  deps: Deps,
  id: number,
): { pending: PendingDeal; approverIds: string[]; adminIds: string[] } | null {
  const pending = deps.pendingDeals.get(id);
  if (pending?.kind !== 'approval' || pending.decidedAt) return null;
  const admins = teamAdmins(deps);
  const approverIds = waitingFor(deps, pending, admins);
  const adminIds = admins.filter((a) => a !== pending.memberId && !approverIds.includes(a));
  return { pending, approverIds, adminIds };
}
