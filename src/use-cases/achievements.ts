import type { AppDeps } from '../app-deps.js';
import {
  ACHIEVEMENTS,
  type Achievement,
  type Earned,
  earnedByDeals,
  earnedByStreak,
  type WeekFacts,
} from '../domain/achievements/achievements.js';
import type { Member } from '../domain/entities/member.js';
import { monthPeriod, type Period, parsePeriod, periodAt, previousPeriod } from '../domain/periods.js';
import type { LocalDate } from '../domain/time.js';
import type { EarnedRow } from '../persistence/achievements-repository.js';
import { inTransaction } from '../persistence/database.js';
import { ACHIEVEMENTS_OFF, STREAK_WEEKS } from '../services/achievement-settings.js';
import { TIMEZONE } from '../services/settings-service.js';
import { memberTarget } from './targets.js';
import { changeSetting } from './team-setup.js';

type Deps = Pick<AppDeps, 'db' | 'achievements' | 'deals' | 'targets' | 'settings' | 'clock' | 'members'>;

// All of time, in whole months, so the month summaries answer it (one indexed range per member).
const ALL_TIME = { from: '2000-01-01', to: '9999-12-31' };

function enabled(deps: Pick<AppDeps, 'settings'>, earned: Earned[]): Earned[] {
  const off = new Set(deps.settings.get(ACHIEVEMENTS_OFF));
  return earned.filter((e) => !off.has(e.achievement));
}

/**
 * What a member's deals earned them, after one of their deals was stored, edited or deleted: a few
 * summed queries (the month summaries, one target), run after the /deal reply. Returns what is new;
 * the primary key keeps each achievement to one row however often this runs.
 */
export function evaluateDealAchievements(deps: Deps, memberId: string, closedOn: LocalDate): Earned[] {
  const member = deps.members.get(memberId);
  if (!member || member.deleted || member.isBot) return [];
  const already = deps.achievements.earnedSet(memberId);
  if (ACHIEVEMENTS.every((a) => already.has(a))) return [];
  const month = monthPeriod(Number(closedOn.slice(0, 4)), Number(closedOn.slice(5, 7)));
  const ever = deps.deals.totals({ ...ALL_TIME, memberId });
  const inMonth = deps.deals.totals({ from: month.start, to: month.end, memberId });
  const target = memberTarget(deps, memberId, month);
  const earned = earnedByDeals(
    {
      deals: ever.deals,
      newCustomers: ever.newCustomers,
      month: {
        key: month.key,
        revenueCents: inMonth.revenueCents,
        targetCents: target?.amount ?? null,
        stretchCents: target?.stretch ?? null,
      },
      bestOtherMonthCents: deps.achievements.bestOtherMonth(memberId, month.key),
    },
    already,
  );
  // A streak ends with last week: a deal backdated into it (logged on Monday) counts at once rather
  // than at next week's evaluation.
  if (!already.has('streak')) {
    const lastWeek = previousPeriod(periodAt('week', deps.clock.now(), deps.settings.get(TIMEZONE)));
    const length = deps.settings.get(STREAK_WEEKS);
    const streak = earnedByStreak(weeksOf(deps, memberId, lastWeek, length), length, already);
    if (streak) earned.push(streak);
  }
  const wanted = enabled(deps, earned);
  if (wanted.length === 0) return [];
  return inTransaction(deps.db, () => deps.achievements.record(memberId, wanted, deps.clock.now()));
}

/**
 * The weeks ending with `lastWeek`, oldest first, going back until `length` weeks or the first week
 * below its target (or without one): a member without a weekly target costs one target lookup, not
 * `length` of them and their sums.
 */
function weeksOf(deps: Deps, memberId: string, lastWeek: Period, length: number): WeekFacts[] {
  const weeks: WeekFacts[] = [];
  let week = lastWeek;
  while (weeks.length < length) {
    const targetCents = memberTarget(deps, memberId, week)?.amount ?? null;
    const revenueCents = targetCents
      ? deps.deals.totals({ from: week.start, to: week.end, memberId }).revenueCents
      : 0;
    weeks.unshift({ key: week.key, revenueCents, targetCents });
    if (!targetCents || revenueCents < targetCents) break;
    week = previousPeriod(week);
  }
  return weeks;
}

/** Streaks ending with a finished week, for every active member; returns who earned one now. */
export function evaluateStreaks(deps: Deps, weekKey: string): Array<{ memberId: string; earned: Earned }> {
  const week = parsePeriod(weekKey);
  if (week?.kind !== 'week') return [];
  if (deps.settings.get(ACHIEVEMENTS_OFF).includes('streak')) return [];
  const length = deps.settings.get(STREAK_WEEKS);
  const out: Array<{ memberId: string; earned: Earned }> = [];
  for (const member of deps.members.active()) {
    const already = deps.achievements.earnedSet(member.userId);
    if (already.has('streak')) continue;
    const earned = earnedByStreak(weeksOf(deps, member.userId, week, length), length, already);
    if (!earned) continue;
    const recorded = deps.achievements.record(member.userId, [earned], deps.clock.now());
    for (const e of recorded) out.push({ memberId: member.userId, earned: e });
  }
  return out;
}

export function achievementsOf(deps: Pick<AppDeps, 'achievements'>, memberId: string): EarnedRow[] {
  return deps.achievements.of(memberId);
}

/** Switches an achievement on or off (admins; the listener checks), audited like every setting. */
export function switchAchievement(
  deps: Pick<AppDeps, 'db' | 'settings' | 'audit' | 'clock'>,
  caller: Member,
  achievement: Achievement,
  on: boolean,
): Achievement[] {
  const off = new Set(deps.settings.get(ACHIEVEMENTS_OFF));
  if (on) off.delete(achievement);
  else off.add(achievement);
  return changeSetting(
    deps,
    ACHIEVEMENTS_OFF,
    ACHIEVEMENTS.filter((a) => off.has(a)),
    caller.userId,
  ).after;
}

export function setStreakWeeks(
  deps: Pick<AppDeps, 'db' | 'settings' | 'audit' | 'clock'>,
  caller: Member,
  weeks: number,
): number {
  return changeSetting(deps, STREAK_WEEKS, weeks, caller.userId).after;
}
