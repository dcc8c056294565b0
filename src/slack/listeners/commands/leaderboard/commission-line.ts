import type { AppDeps } from '../../../../app-deps.js';
import { commissionFor } from '../../../../domain/commission.js';
import { formatMoney } from '../../../../domain/money.js';
import { type Period, periodLabel } from '../../../../domain/periods.js';
import { COMMISSION_PLAN } from '../../../../services/recognition-settings.js';
import { CURRENCY } from '../../../../services/settings-service.js';
import { memberTarget } from '../../../../use-cases/leaderboard.js';

/** The caller's own commission for the period, for their eyes only; null without a plan. */
export function commissionLine(deps: AppDeps, memberId: string, period: Period): string | null {
  const plan = deps.settings.get(COMMISSION_PLAN);
  if (!plan) return null;
  const actual = deps.deals.totals({ from: period.start, to: period.end, memberId }).revenueCents;
  const target = memberTarget(deps, memberId, period);
  const currency = deps.settings.get(CURRENCY);
  const c = commissionFor(plan, { actual, target: target?.amount ?? null, stretch: target?.stretch ?? null });
  const parts = c.lines.map((l) =>
    l.rateBp
      ? `${l.rateBp / 100}% of ${formatMoney(l.base, currency)} (${l.label})`
      : `${formatMoney(l.amount, currency)} ${l.label}`,
  );
  return `Your commission for ${periodLabel(period)} (only you see this): *${formatMoney(c.total, currency)}*${parts.length ? ` = ${parts.join(' + ')}` : ''}`;
}
