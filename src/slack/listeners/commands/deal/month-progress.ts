import type { AppDeps } from '../../../../app-deps.js';
import { periodAt } from '../../../../domain/periods.js';
import { progressBar } from '../../../../domain/targets/pace.js';
import { localDateAt } from '../../../../domain/time.js';
import type { Speaker } from '../../../../i18n/translator.js';
import { CURRENCY, TIMEZONE } from '../../../../services/settings-service.js';
import { progressFor } from '../../../../use-cases/targets.js';

/** One line for the deal confirmation: the owner's month against their target, when they have one. */
export function monthProgressLine(deps: AppDeps, memberId: string, say: Speaker): string | null {
  const timezone = deps.settings.get(TIMEZONE);
  const now = deps.clock.now();
  const month = periodAt('month', now, timezone);
  const progress = progressFor(deps, { kind: 'member', id: memberId }, month, localDateAt(now, timezone));
  if (!progress) return null;
  const money = (c: number) => say.money(c, deps.settings.get(CURRENCY));
  const { pace } = progress;
  const rest =
    pace.remaining > 0
      ? pace.workingDaysLeft
        ? say.t('deal.monthToGoPerDay', {
            remaining: money(pace.remaining),
            perDay: money(pace.neededPerDay),
          })
        : say.t('deal.monthToGo', { remaining: money(pace.remaining) })
      : say.t('deal.monthReached');
  return say.t('deal.monthProgress', {
    period: say.period(month),
    actual: money(progress.actual),
    target: money(progress.target.amount),
    bar: progressBar(pace.percentOfTargetBp),
    rest,
  });
}
