import type { AppDeps } from '../app-deps.js';
import { type CumulativeSeries, cumulativeSeries } from '../domain/charts/cumulative-series.js';
import type { HomeData } from './home.js';

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
