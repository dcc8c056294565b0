import type { AppDeps } from '../app-deps.js';
import {
  type Checked,
  type ContestProblem,
  type ContestSpec,
  checkContest,
} from '../domain/contests/contest.js';
import { contestPhase } from '../domain/contests/schedule.js';
import {
  type ContestRules,
  type Participant,
  rankContest,
  rowOf,
  type StandingRow,
  type Standings,
  targetWindow,
} from '../domain/contests/standings.js';
import type { Contest } from '../domain/entities/contest.js';
import type { Member } from '../domain/entities/member.js';
import { dayPeriod, monthPeriod, type Period } from '../domain/periods.js';
import { addDays, type LocalDate, localDateAt } from '../domain/time.js';
import { inTransaction } from '../persistence/database.js';
import { TIMEZONE } from '../services/settings-service.js';
import { memberTargets } from './targets.js';

type Deps = Pick<
  AppDeps,
  | 'db'
  | 'contests'
  | 'members'
  | 'regions'
  | 'products'
  | 'targets'
  | 'deals'
  | 'settings'
  | 'clock'
  | 'audit'
> & { directory: Pick<AppDeps['directory'], 'isAdmin'> };

const refuse = (code: ContestProblem['code'], params?: ContestProblem['params']) => ({
  ok: false as const,
  problem: { code, ...(params ? { params } : {}) },
});

export const teamToday = (deps: Pick<AppDeps, 'clock' | 'settings'>): LocalDate =>
  localDateAt(deps.clock.now(), deps.settings.get(TIMEZONE));

/**
 * Creates a contest: admins any; managers one among their reports (hand-picked teams only of their
 * reports); reps none. The contest and its teams are stored in one transaction with the audit entry.
 */
/** A contest just created, and whether it has already begun (its first day is today or past). */
export interface CreatedContest {
  contest: Contest;
  started: boolean;
}

export function createContest(deps: Deps, caller: Member, spec: ContestSpec): Checked<CreatedContest> {
  const admin = deps.directory.isAdmin(caller);
  if (!admin && caller.role !== 'manager') return refuse('notAllowed');
  const today = teamToday(deps);
  const checked = checkContest(spec, today);
  if (!checked.ok) return checked;
  const s = checked.value;
  let productId: number | null = null;
  if (s.metric === 'product') {
    const product = deps.products.find(s.productName ?? '');
    if (!product) return refuse('product.unknown', { typed: s.productName ?? '' });
    productId = product.id;
  }
  const managerId = admin ? null : caller.userId;
  if (managerId) {
    const reports = new Set(deps.members.reportsOf(managerId).map((m) => m.userId));
    for (const team of s.teams)
      for (const id of team.memberIds) if (!reports.has(id)) return refuse('notTheirReport', { member: id });
  }
  const stored = inTransaction(deps.db, () => {
    const contest = deps.contests.create(
      {
        name: s.name,
        metric: s.metric,
        productId,
        startsOn: s.startsOn,
        endsOn: s.endsOn,
        mode: s.mode,
        goal: s.goal,
        prize: s.prize,
        standings: s.standings,
        managerId,
        createdBy: caller.userId,
        teams: s.teams,
      },
      deps.clock.now(),
    );
    if (contest)
      deps.audit.record({
        at: deps.clock.now(),
        actor: caller.userId,
        action: 'contest.create',
        entity: 'contest',
        entityId: contest.id,
        after: { ...contest, teams: s.teams },
      });
    return contest;
  });
  if (!stored) return refuse('nameTaken', { name: s.name });
  return { ok: true, value: { contest: stored, started: contestPhase(stored, today) !== 'upcoming' } };
}

export function findContest(deps: Pick<AppDeps, 'contests'>, name: string): Contest | undefined {
  return deps.contests.byName(name.replace(/^["“]|["”]$/g, ''));
}

const rulesOf = (c: Contest): ContestRules => ({
  metric: c.metric,
  productId: c.productId,
  startsOn: c.startsOn,
  endsOn: c.endsOn,
  mode: c.mode,
  goal: c.goal,
});

// Whole months inside the window are one month target each; the days left over, a day target each.
function windowPeriods(from: LocalDate, to: LocalDate): Period[] {
  const out: Period[] = [];
  let d = from;
  while (d <= to) {
    const month = monthPeriod(Number(d.slice(0, 4)), Number(d.slice(5, 7)));
    if (d === month.start && month.end <= to) {
      out.push(month);
      d = addDays(month.end, 1);
    } else {
      out.push(dayPeriod(d));
      d = addDays(d, 1);
    }
  }
  return out;
}

/** Each member's target over a window, from their explicit or implied targets (no stretch). */
function windowTargets(
  deps: Deps,
  members: readonly Member[],
  rules: ContestRules,
  joined: Map<string, string>,
): Map<string, number> {
  const byPeriod = new Map<string, Map<string, number>>();
  const targetsIn = (p: Period) => {
    let m = byPeriod.get(p.key);
    if (!m) {
      m = new Map([...memberTargets(deps, p, { withStretch: false })].map(([id, t]) => [id, t.amount]));
      byPeriod.set(p.key, m);
    }
    return m;
  };
  const timezone = deps.settings.get(TIMEZONE);
  const out = new Map<string, number>();
  for (const member of members) {
    const seen = joined.get(member.userId);
    const window = targetWindow(rules, seen ? localDateAt(new Date(seen), timezone) : null);
    if (!window) continue;
    let sum = 0;
    for (const p of windowPeriods(window.from, window.to)) sum += targetsIn(p).get(member.userId) ?? 0;
    if (sum > 0) out.set(member.userId, sum);
  }
  return out;
}

/** Who takes part: active members (a manager's contest: their reports), with their team. */
export function participantsOf(deps: Deps, contest: Contest): Participant[] {
  const members = contest.managerId ? deps.members.reportsOf(contest.managerId) : deps.members.active();
  const picked = contest.mode === 'teams' ? deps.contests.teams(contest.id) : null;
  const targets =
    contest.metric === 'attainment'
      ? windowTargets(deps, members, rulesOf(contest), deps.contests.firstSeen())
      : new Map<string, number>();
  return members
    .filter((m) => !picked || picked.has(m.userId))
    .map((m) => ({
      memberId: m.userId,
      name: m.name,
      team:
        contest.mode === 'region'
          ? m.regionId !== null
            ? (deps.regions.byId(m.regionId)?.name ?? null)
            : null
          : contest.mode === 'teams'
            ? (picked!.get(m.userId) ?? null)
            : null,
      targetCents: targets.get(m.userId) ?? null,
    }));
}

/** The standings now, from live deals closed within the contest's dates. */
export function liveStandings(deps: Deps, contest: Contest): Standings {
  return rankContest(
    rulesOf(contest),
    participantsOf(deps, contest),
    deps.contests.liveDeals(contest.startsOn, contest.endsOn),
  );
}

/** The result as announced: stored the first time it is asked for once the contest is over. */
export function settledStandings(deps: Deps, contest: Contest): Standings {
  if (contest.finalJson) return JSON.parse(contest.finalJson) as Standings;
  const standings = liveStandings(deps, contest);
  deps.contests.settle(contest.id, JSON.stringify(standings), deps.clock.now());
  // Another run may have settled it first: what is stored is what gets announced.
  const stored = deps.contests.get(contest.id)?.finalJson;
  return stored ? (JSON.parse(stored) as Standings) : standings;
}

/** Standings for a person to read: the stored result once settled, else live. */
export function standingsOf(deps: Deps, contest: Contest): Standings {
  return contest.finalJson ? (JSON.parse(contest.finalJson) as Standings) : liveStandings(deps, contest);
}

export function contestsOverview(deps: Deps): { running: Contest[]; upcoming: Contest[] } {
  const today = teamToday(deps);
  const live = deps.contests.endingFrom(today);
  return {
    running: live.filter((c) => contestPhase(c, today) === 'running'),
    upcoming: live.filter((c) => contestPhase(c, today) === 'upcoming'),
  };
}

/** Contests that are over, the latest first, with their result (stored once settled). */
export function contestHistory(deps: Deps, limit = 10): Array<{ contest: Contest; standings: Standings }> {
  const today = teamToday(deps);
  return deps.contests
    .all()
    .filter((c) => contestPhase(c, today) === 'ended')
    .sort((a, b) => (a.endsOn === b.endsOn ? b.id - a.id : a.endsOn < b.endsOn ? 1 : -1))
    .slice(0, limit)
    .map((contest) => ({ contest, standings: standingsOf(deps, contest) }));
}

export interface MemberContest {
  contest: Contest;
  /** Their own row (or their team's), or null when they have nothing yet or are not in it. */
  row: StandingRow | null;
  /** How many rows are ranked (their place is out of this). */
  rankedCount: number;
}

/**
 * The running contests a member takes part in, with their place: for App Home and `/contest`.
 * A contest they are not part of (another manager's, a team they are not in) is left out.
 */
export function runningContestsOf(deps: Deps, memberId: string): MemberContest[] {
  const out: MemberContest[] = [];
  for (const contest of contestsOverview(deps).running) {
    const participants = participantsOf(deps, contest);
    const me = participants.find((p) => p.memberId === memberId);
    if (!me || (contest.mode !== 'individual' && me.team === null)) continue;
    const standings = rankContest(
      rulesOf(contest),
      participants,
      deps.contests.liveDeals(contest.startsOn, contest.endsOn),
    );
    out.push({ contest, row: rowOf(standings, memberId), rankedCount: standings.ranked.length });
  }
  return out;
}
