import type { AppDeps } from '../app-deps.js';
import { closesAt, dueAt } from '../domain/checkins/due.js';
import { getsCheckins } from '../domain/checkins/recipients.js';
import type { Deal } from '../domain/entities/deal.js';
import type { Member } from '../domain/entities/member.js';
import { startOfLocalDay } from '../domain/kudos.js';
import { rankScores } from '../domain/leaderboard.js';
import { type Period, periodOf } from '../domain/periods.js';
import { type LocalDate, localDateAt } from '../domain/time.js';
import { KUDOS_DAILY_LIMIT } from '../services/recognition-settings.js';
import { ANNOUNCE_CHANNEL, CURRENCY, TIMEZONE } from '../services/settings-service.js';
import { roundAt, scheduleOf, timezoneOf } from './checkins.js';
import { type Progress, progressFor } from './targets.js';
import { type ReportPace, reportsPace } from './team-pace.js';
import { type WaitingDeal, waitingDealsOf, waitingForApprovalBy } from './waiting-deals.js';

/** How many of the member's latest deals App Home lists, each with an Edit button. */
export const HOME_RECENT_DEALS = 5;

export type HomeRole = 'rep' | 'manager' | 'admin';

export interface HomePeriod {
  period: Period;
  /** Null when no target covers the period; `actual` still says what was sold. */
  progress: Progress | null;
  actual: number;
}

/**
 * This round's check-in for the member: `upcoming` before it is sent, `open` until answered or
 * closed, `answered`, or `missed` once closed without answers.
 */
export type CheckinState = 'upcoming' | 'open' | 'answered' | 'missed';

export interface HomeCheckin {
  roundKey: string;
  state: CheckinState;
}

export interface SetupChecklist {
  announceChannel: string | null;
  timezone: { value: string; set: boolean };
  members: number;
  firstTarget: boolean;
}

export interface HomeSettings {
  timezone: string;
  currency: string;
  announceChannel: string | null;
  regions: number;
  products: number;
  kudosLimit: number;
}

export interface HomeData {
  memberId: string;
  roles: { manager: boolean; admin: boolean };
  today: LocalDate;
  currency: string;
  periods: HomePeriod[];
  /** This month by revenue among everyone with sales; null without a sale this month. */
  rank: { rank: number; of: number } | null;
  recentDeals: Deal[];
  /** The member's deals that wait (fair play): counted nowhere until confirmed or approved. */
  /** The oldest listed, and how many wait in all. */
  waiting: { listed: WaitingDeal[]; count: number };
  /** Deals waiting for this member's approval (managers and admins only; null for others). */
  approvals: { listed: WaitingDeal[]; count: number } | null;
  kudos: { left: number; limit: number };
  /** Null for members who get no check-ins (managers, admins, colleagues met through /kudos). */
  checkin: HomeCheckin | null;
  manager: {
    reports: ReportPace[];
    /** Reports asked in this round who have not answered. */
    notAnswered: string[];
  } | null;
  admin: { checklist: SetupChecklist; settings: HomeSettings } | null;
}

type Deps = Pick<
  AppDeps,
  | 'members'
  | 'directory'
  | 'targets'
  | 'deals'
  | 'settings'
  | 'checkins'
  | 'recognition'
  | 'clock'
  | 'config'
  | 'regions'
  | 'products'
  | 'pendingDeals'
>;

/**
 * Everything one member's App Home shows, gathered for that member only: their own figures, and for a
 * manager their own reports', for an admin the team's setup. Nobody else's commission is ever read
 * here (the view asks for the viewer's own).
 */
export function homeFor(deps: Deps, member: Member): HomeData {
  const now = deps.clock.now();
  const teamTz = deps.settings.get(TIMEZONE);
  const today = localDateAt(now, teamTz);
  const scope = { kind: 'member' as const, id: member.userId };
  const periods = (['week', 'month', 'quarter', 'year'] as const).map((kind) => {
    const period = periodOf(kind, today);
    const progress = progressFor(deps, scope, period, today);
    const actual =
      progress?.actual ??
      deps.deals.revenueCents({ from: period.start, to: period.end, memberId: member.userId });
    return { period, progress, actual };
  });
  const admin = deps.directory.isAdmin(member);
  const reports = deps.members.reportsOf(member.userId).filter((r) => r.userId !== member.userId);
  const manager = member.role === 'manager' || reports.length > 0;
  const limit = deps.settings.get(KUDOS_DAILY_LIMIT);
  const given = deps.recognition.kudosGivenSince(member.userId, startOfLocalDay(now, member.tz ?? teamTz));
  const recentDeals = deps.deals.recentFor(member.userId, HOME_RECENT_DEALS);
  return {
    memberId: member.userId,
    roles: { manager, admin },
    today,
    currency: deps.settings.get(CURRENCY),
    periods,
    rank: rankOf(deps, member.userId, periods[1]!.period),
    recentDeals,
    waiting: waitingDealsOf(deps, member, member.userId),
    approvals: manager || admin ? waitingForApprovalBy(deps, member) : null,
    kudos: { left: Math.max(limit - given, 0), limit },
    checkin: checkinOf(deps, member, now, recentDeals.length > 0),
    manager: manager
      ? {
          reports: reportsPace(deps, member.userId, today),
          notAnswered: notAnswered(deps, reports, now),
        }
      : null,
    admin: admin ? { checklist: checklistOf(deps), settings: settingsOf(deps) } : null,
  };
}

function rankOf(deps: Deps, memberId: string, month: Period): HomeData['rank'] {
  const totals = deps.deals.totalsByMember({ from: month.start, to: month.end });
  const { ranked } = rankScores(
    totals.map((t) => ({ memberId: t.memberId, name: t.memberId, num: t.revenueCents, den: 1 })),
  );
  const mine = ranked.find((r) => r.memberId === memberId);
  return mine ? { rank: mine.rank, of: ranked.length } : null;
}

function checkinOf(deps: Deps, member: Member, now: Date, hasDeal: boolean): HomeCheckin | null {
  // The rule of checkinMembers for this one member, without reading everyone's deals.
  const sells = hasDeal || deps.targets.forScope({ kind: 'member', id: member.userId }).length > 0;
  if (!getsCheckins(member, { isAdmin: deps.directory.isAdmin(member), hasDealOrTarget: sells })) return null;
  const timezone = timezoneOf(deps, member);
  const round = roundAt(deps, now, timezone);
  const existing = deps.checkins.get(round.key, member.userId);
  if (existing?.answers) return { roundKey: round.key, state: 'answered' };
  const schedule = scheduleOf(deps);
  const closes = existing?.closesAt ?? closesAt(dueAt(round, timezone, schedule), schedule);
  if (now >= closes) return { roundKey: round.key, state: 'missed' };
  return { roundKey: round.key, state: existing?.sentAt ? 'open' : 'upcoming' };
}

function notAnswered(deps: Deps, reports: readonly Member[], now: Date): string[] {
  return reports.flatMap((r) => {
    const round = roundAt(deps, now, timezoneOf(deps, r));
    const checkin = deps.checkins.get(round.key, r.userId);
    return checkin?.sentAt && !checkin.answers ? [r.userId] : [];
  });
}

function checklistOf(deps: Deps): SetupChecklist {
  const timezone = deps.settings.get(TIMEZONE);
  return {
    announceChannel: deps.settings.get(ANNOUNCE_CHANNEL),
    // PACER_TIMEZONE counts as chosen; UTC by default does not.
    timezone: { value: timezone, set: deps.settings.isSet(TIMEZONE) || deps.config.timezone !== 'UTC' },
    // Counted in SQL: reading every member's row for one number cost an admin's tab milliseconds.
    members: deps.members.countPlacedReps(),
    firstTarget: deps.targets.allOfKind('team').length > 0 || deps.targets.scopesOfKind('member').size > 0,
  };
}

function settingsOf(deps: Deps): HomeSettings {
  return {
    timezone: deps.settings.get(TIMEZONE),
    currency: deps.settings.get(CURRENCY),
    announceChannel: deps.settings.get(ANNOUNCE_CHANNEL),
    regions: deps.regions.list().length,
    products: deps.products.list().length,
    kudosLimit: deps.settings.get(KUDOS_DAILY_LIMIT),
  };
}
