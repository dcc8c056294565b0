import type { AppDeps } from '../app-deps.js';
import { type CumulativeSeries, cumulativeSeries } from '../domain/charts/cumulative-series.js';
import { type Period, previousPeriod } from '../domain/periods.js';
import type { HomeData } from './home.js';
import { progressFor } from './targets.js';

/** How many weeks App Home's trend chart shows, this one included. */
export const TREND_WEEKS = 8;

/** One week of the member's trend: what they sold and the week's target (null without one). */
export interface TrendWeek {
  period: Period;
  actual: number;
  target: number | null;
}

/** The member's month as running totals, for App Home's chart; from the figures `homeFor` already read. */
export function homeMonthSeries(deps: Pick<AppDeps, 'deals'>, data: HomeData): CumulativeSeries {
  const month = data.periods.find((p) => p.period.kind === 'month')!;
  const revenueByDay = deps.deals.revenueByDay({
    from: month.period.start,
    to: month.period.end,
    memberId: data.memberId,
  });
  const target = month.progress
    ? { amount: month.progress.target.amount, stretch: month.progress.target.stretch }
    : null;
  return cumulativeSeries({ period: month.period, today: data.today, revenueByDay, target });
}

/**
 * The member's last TREND_WEEKS weeks, oldest first, this week last (so far): revenue and the week's
 * target as /target resolves it, for App Home's trend chart under the month chart.
 */
export function homeWeeklyTrend(
  deps: Pick<AppDeps, 'deals' | 'targets' | 'settings'>,
  data: HomeData,
): TrendWeek[] {
  const scope = { kind: 'member' as const, id: data.memberId };
  let week = data.periods.find((p) => p.period.kind === 'week')!.period;
  const weeks: TrendWeek[] = [];
  for (let i = 0; i < TREND_WEEKS; i++) {
    const progress = progressFor(deps, scope, week, data.today);
    const actual = progress
      ? progress.actual
      : deps.deals.revenueCents({ from: week.start, to: week.end, memberId: data.memberId });
    weeks.unshift({ period: week, actual, target: progress?.target.amount ?? null });
    week = previousPeriod(week);
  }
  return weeks;
}
