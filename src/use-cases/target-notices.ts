import type { AppDeps } from '../app-deps.js';
import type { Member } from '../domain/entities/member.js';
import type { TargetScope } from '../domain/entities/target.js';
import { containsDate, type Period, parsePeriod, periodOf } from '../domain/periods.js';
import { isAdmin } from '../domain/permissions.js';
import { refuse } from '../domain/targets/target-problem.js';
import { type LocalDate, localDateAt } from '../domain/time.js';
import type { TargetNotice } from '../persistence/target-notices-repository.js';
import { TIMEZONE } from '../services/settings-service.js';
import { progressFor } from './targets.js';

type Deps = Pick<
  AppDeps,
  'targets' | 'deals' | 'settings' | 'clock' | 'targetNotices' | 'members' | 'config'
>;

/** One level of the breakdown: a month or week with the target's share of it. */
export interface BreakdownPart {
  period: Period;
  amountCents: number;
  stretchCents: number | null;
}

/** A target notice with what its DM shows: the period and the breakdown to a month and a week. */
export interface NoticeFigures {
  notice: TargetNotice;
  period: Period;
  month: BreakdownPart | null;
  week: BreakdownPart | null;
}

/** Today when the target's period holds it; otherwise the nearest day of the period. */
function anchorDay(period: Period, today: LocalDate): LocalDate {
  if (containsDate(period, today)) return today;
  return today < period.start ? period.start : period.end;
}

function part(deps: Deps, scope: TargetScope, period: Period, today: LocalDate): BreakdownPart | null {
  const progress = progressFor(deps, scope, period, today);
  if (!progress || progress.target.amount <= 0) return null;
  return { period, amountCents: progress.target.amount, stretchCents: progress.target.stretch };
}

/**
 * What a notice's DM says: this month's and this week's share of the target, worked out by the same
 * decomposition as `/target` (so the two never disagree). A target for a later period is broken
 * down to its first month and week, one for an earlier period to its last.
 */
export function noticeFigures(deps: Deps, notice: TargetNotice): NoticeFigures | null {
  const period = parsePeriod(notice.periodKey);
  if (!period) return null;
  const today = localDateAt(deps.clock.now(), deps.settings.get(TIMEZONE));
  const day = anchorDay(period, today);
  const wide = period.kind === 'year' || period.kind === 'quarter';
  return {
    notice,
    period,
    month: wide ? part(deps, notice.scope, periodOf('month', day), today) : null,
    week: period.kind !== 'week' ? part(deps, notice.scope, periodOf('week', day), today) : null,
  };
}

/**
 * Whether a notice still says what the target is: no later change of it was told to the same person,
 * and the target still has the figures and note the notice gives (a later change told to other
 * people, e.g. a region's new managers, also makes it stale). A stale notice is not sent (ADR 26).
 */
export function noticeIsCurrent(deps: Deps, notice: TargetNotice): boolean {
  if (deps.targetNotices.hasNewer(notice)) return false;
  const target = deps.targets.get(notice.scope, notice.periodKey);
  return (
    target !== undefined &&
    target.id === notice.targetId &&
    target.amountCents === notice.amountCents &&
    target.stretchCents === notice.stretchCents &&
    target.note === notice.note
  );
}

export type AckOutcome =
  | { ok: true; notice: TargetNotice; recorded: boolean }
  | { ok: false; code: 'gone' }
  | { ok: false; code: 'notYours'; recipient: string };

/** The Acknowledge button: recorded once, by its recipient only; later clicks find it recorded. */
export function acknowledgeNotice(deps: Deps, caller: Member, noticeId: number): AckOutcome {
  const before = Number.isSafeInteger(noticeId) ? deps.targetNotices.get(noticeId) : undefined;
  if (!before) return { ok: false, code: 'gone' };
  if (before.recipient !== caller.userId) return { ok: false, code: 'notYours', recipient: before.recipient };
  const recorded = deps.targetNotices.acknowledge(noticeId, deps.clock.now());
  return { ok: true, notice: deps.targetNotices.get(noticeId)!, recorded };
}

/**
 * `/target acks`: the current version of each target told, where its DM stands and whether its
 * recipient acknowledged it, undelivered and unacknowledged first. Admins see everyone; managers their reports and their region's people;
 * `regionId` keeps recipients of that region.
 */
export function targetAcks(deps: Deps, caller: Member, regionId?: number): TargetNotice[] {
  const admin = isAdmin(caller, deps.config.admins);
  if (!admin && caller.role !== 'manager') throw refuse('acks.notAllowed');
  const visible = (notice: TargetNotice) => {
    if (notice.recipient === caller.userId) return false;
    const member = deps.members.get(notice.recipient);
    if (regionId !== undefined && member?.regionId !== regionId) return false;
    if (admin) return true;
    return (
      member?.managerId === caller.userId ||
      (caller.regionId !== null && member?.regionId === caller.regionId)
    );
  };
  const rows = deps.targetNotices.latest().filter(visible);
  // What needs a manager first: a DM that could not be delivered, then one still waiting, then the
  // rest not acknowledged; acknowledged last. Newest first within each.
  const rank = (n: TargetNotice) =>
    n.ackedAt ? 3 : n.told === 'refused' || n.told === 'expired' ? 0 : n.told === 'waiting' ? 1 : 2;
  return rows
    .map((n, i) => ({ n, i }))
    .sort((a, b) => rank(a.n) - rank(b.n) || a.i - b.i)
    .map(({ n }) => n);
}
