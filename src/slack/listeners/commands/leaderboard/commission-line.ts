import type { AppDeps } from '../../../../app-deps.js';
import { commissionFor } from '../../../../domain/commission.js';
import type { Period } from '../../../../domain/periods.js';
import type { Speaker } from '../../../../i18n/translator.js';
import { COMMISSION_PLAN } from '../../../../services/recognition-settings.js';
import { CURRENCY } from '../../../../services/settings-service.js';
import { memberTarget } from '../../../../use-cases/leaderboard.js';
import { bandName } from '../../../views/commission-text.js';

/** The caller's own commission for the period, for their eyes only; null without a plan. */
export function commissionLine(deps: AppDeps, memberId: string, period: Period, say: Speaker): string | null {
  const plan = deps.settings.get(COMMISSION_PLAN);
  if (!plan) return null;
  const actual = deps.deals.totals({ from: period.start, to: period.end, memberId }).revenueCents;
  const target = memberTarget(deps, memberId, period);
  const currency = deps.settings.get(CURRENCY);
  const c = commissionFor(plan, { actual, target: target?.amount ?? null, stretch: target?.stretch ?? null });
  const money = (cents: number) => say.money(cents, currency);
  const parts = c.lines.map((l) =>
    l.rateBp
      ? say.t('commission.rate', { rate: l.rateBp / 100, base: money(l.base), label: bandName(say, l.band) })
      : say.t('commission.fixed', { amount: money(l.amount), label: bandName(say, l.band) }),
  );
  const args = { period: say.period(period), total: money(c.total) };
  return parts.length
    ? say.t('commission.lineParts', { ...args, parts: parts.join(' + ') })
    : say.t('commission.line', args);
}
