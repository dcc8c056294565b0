import type { AppDeps } from '../app-deps.js';
import { type LatestWord, latestWord } from '../domain/checkins/latest-word.js';
import type { Member } from '../domain/entities/member.js';
import { type Period, periodOf, previousPeriod } from '../domain/periods.js';
import { BAND_ORDER, gapToPace, type PaceBand, paceBand } from '../domain/targets/pace-band.js';
import type { LocalDate } from '../domain/time.js';
import { CHECKIN_QUESTIONS } from '../services/checkin-settings.js';
import { type Progress, progressFor } from './targets.js';

type Deps = Pick<AppDeps, 'members' | 'targets' | 'deals' | 'settings' | 'checkins'>;

/** One report as their manager sees them: this week, last week, the month's pace, their last word. */
export interface ReportPace {
  memberId: string;
  week: Progress | null;
  lastWeek: Progress | null;
  month: Progress | null;
  /** Sold this month, with or without a target. */
  monthActual: number;
  /** From the month's pace; null without a month target. */
  band: PaceBand | null;
  /** What is missing to the amount the month expected by today (0 when not behind). */
  monthGap: number;
  latest: LatestWord | null;
}

/** The member's latest answered check-in read for confidence and blocker, or null. */
export function latestWordOf(
  deps: Pick<AppDeps, 'checkins' | 'settings'>,
  memberId: string,
): LatestWord | null {
  const last = deps.checkins.history(memberId, 1)[0];
  if (!last?.answers) return null;
  return latestWord(last.roundKey, last.questions ?? deps.settings.get(CHECKIN_QUESTIONS), last.answers);
}

/**
 * Each active report of a manager on `today`, worst band first (then as the directory lists them).
 * `week` is the week the figures are for (the week of `today` unless given, e.g. a digest's week).
 */
export function reportsPace(deps: Deps, managerId: string, today: LocalDate, week?: Period): ReportPace[] {
  const thisWeek = week ?? periodOf('week', today);
  const month = periodOf('month', today);
  const lastWeek = previousPeriod(thisWeek);
  const rows = deps.members
    .reportsOf(managerId)
    .filter((m: Member) => m.userId !== managerId)
    .map((m) => {
      const scope = { kind: 'member' as const, id: m.userId };
      const monthProgress = progressFor(deps, scope, month, today);
      return {
        memberId: m.userId,
        week: progressFor(deps, scope, thisWeek, today),
        lastWeek: progressFor(deps, scope, lastWeek, today),
        month: monthProgress,
        monthActual:
          monthProgress?.actual ??
          deps.deals.revenueCents({ from: month.start, to: month.end, memberId: m.userId }),
        band: monthProgress ? paceBand(monthProgress.pace) : null,
        monthGap: monthProgress ? gapToPace(monthProgress.pace, monthProgress.actual) : 0,
        latest: latestWordOf(deps, m.userId),
      };
    });
  const order = (r: ReportPace) => (r.band ? BAND_ORDER.indexOf(r.band) : BAND_ORDER.length);
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => order(a.r) - order(b.r) || a.i - b.i)
    .map((x) => x.r);
}

/** The managers who have at least one active report, for the digest and the at-risk alerts. */
export function managersWithReports(deps: Pick<AppDeps, 'members'>): Member[] {
  return deps.members
    .active()
    .filter((m) => deps.members.reportsOf(m.userId).some((r) => r.userId !== m.userId));
}
