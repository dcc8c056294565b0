import type { AppDeps } from '../../../../app-deps.js';
import { formatMoney } from '../../../../domain/money.js';
import { periodAt, periodLabel } from '../../../../domain/periods.js';
import { progressBar } from '../../../../domain/targets/pace.js';
import { localDateAt } from '../../../../domain/time.js';
import { CURRENCY, TIMEZONE } from '../../../../services/settings-service.js';
import { progressFor } from '../../../../use-cases/targets.js';

/** One line for the deal confirmation: the owner's month against their target, when they have one. */
export function monthProgressLine(deps: AppDeps, memberId: string): string | null {
  const timezone = deps.settings.get(TIMEZONE);
  const now = deps.clock.now();
  const month = periodAt('month', now, timezone);
  const progress = progressFor(deps, { kind: 'member', id: memberId }, month, localDateAt(now, timezone));
  if (!progress) return null;
  const money = (c: number) => formatMoney(c, deps.settings.get(CURRENCY));
  const { pace } = progress;
  const rest =
    pace.remaining > 0
      ? `${money(pace.remaining)} to go${pace.workingDaysLeft ? `, ${money(pace.neededPerDay)} per working day` : ''}`
      : 'target reached :trophy:';
  return `${periodLabel(month)}: ${money(progress.actual)} of ${money(progress.target.amount)} \`${progressBar(pace.percentOfTargetBp)}\` · ${rest}`;
}
