import type { AppDeps } from '../app-deps.js';
import { formatMoney } from '../domain/money.js';
import { type Period, yearPeriod } from '../domain/periods.js';
import { isAdmin } from '../domain/permissions.js';
import type { CalendarRules, ExplicitTarget } from '../domain/targets/decompose.js';
import { growthTarget, type Pace, pace } from '../domain/targets/pace.js';
import { dailyShares, type ResolvedTarget, resolveTarget } from '../domain/targets/resolve.js';
import type { LocalDate } from '../domain/time.js';
import { inTransaction } from '../persistence/database.js';
import type { DealScope } from '../persistence/deals-repository.js';
import type { Member } from '../persistence/members-repository.js';
import type { StoredTarget, TargetScope } from '../persistence/targets-repository.js';
import { HOLIDAYS } from '../services/calendar-settings.js';
import { CURRENCY, WORKING_WEEKDAYS } from '../services/settings-service.js';
import { UserFacingError } from '../slack/user-facing-error.js';

type Deps = Pick<
  AppDeps,
  | 'db'
  | 'targets'
  | 'deals'
  | 'audit'
  | 'clock'
  | 'settings'
  | 'config'
  | 'directory'
  | 'regions'
  | 'products'
>;

export function calendarRules(deps: Pick<AppDeps, 'settings' | 'deals'>, scope: TargetScope): CalendarRules {
  return {
    workingWeekdays: deps.settings.get(WORKING_WEEKDAYS),
    holidays: deps.settings.get(HOLIDAYS).map((h) => h.date),
    seasonalWeights: (year) => deps.deals.monthlyRevenue(year - 1, dealFilter(scope)),
  };
}

/** The scope as a user would type it in a command: `team`, `<@U…>`, `region:North`. */
export function scopeWord(deps: Pick<AppDeps, 'regions' | 'products'>, scope: TargetScope): string {
  switch (scope.kind) {
    case 'team':
      return 'team';
    case 'member':
      return `<@${scope.id}>`;
    case 'region':
      return `region:${deps.regions.byId(Number(scope.id))?.name ?? scope.id}`;
    case 'product':
      return `product:${deps.products.byId(Number(scope.id))?.name ?? scope.id}`;
  }
}

/** The deals that count for a scope. */
export function dealFilter(scope: TargetScope): Omit<DealScope, 'from' | 'to'> {
  switch (scope.kind) {
    case 'team':
      return {};
    case 'member':
      return { memberId: scope.id };
    case 'region':
      return { regionId: Number(scope.id) };
    case 'product':
      return { productId: Number(scope.id) };
  }
}

function explicitFor(deps: Pick<AppDeps, 'targets'>, scope: TargetScope): ExplicitTarget[] {
  return deps.targets.forScope(scope).map((t) => ({
    periodKey: t.periodKey,
    amount: t.amountCents,
    stretch: t.stretchCents,
    split: t.split,
  }));
}

/** Who may set a target for a scope: admins for all; managers for their own reports. */
export function assertCanSetTarget(deps: Deps, caller: Member, scope: TargetScope): void {
  if (isAdmin(caller, deps.config.admins)) return;
  if (caller.role === 'manager' && scope.kind === 'member') {
    const member = deps.directory.get(scope.id);
    if (member?.managerId === caller.userId) return;
    throw new UserFacingError(
      `Managers can set targets only for their own reports; <@${scope.id}> is not one of yours.`,
    );
  }
  throw new UserFacingError(
    caller.role === 'manager'
      ? 'Managers can set targets for their own reports only (e.g. `/target set @ana 2026-11 50,000`); team, region and product targets need an admin.'
      : 'Only admins and managers can set targets. Nothing was changed. See yours with `/target`.',
  );
}

export interface TargetToSet {
  scope: TargetScope;
  period: Period;
  amountCents: number;
  stretchCents: number | null;
  split: 'even' | 'seasonal';
  note: string | null;
}

export function setTarget(
  deps: Deps,
  caller: Member,
  input: TargetToSet,
): { before?: StoredTarget; after: StoredTarget } {
  assertCanSetTarget(deps, caller, input.scope);
  if (input.stretchCents !== null && input.stretchCents < input.amountCents) {
    throw new UserFacingError(
      'A stretch target cannot be below the base target. E.g. `/target set team 2026 12,000,000 stretch +40%`.',
    );
  }
  const at = deps.clock.now();
  return inTransaction(deps.db, () => {
    const { before, after } = deps.targets.set(
      {
        scope: input.scope,
        periodKey: input.period.key,
        amountCents: input.amountCents,
        stretchCents: input.stretchCents,
        split: input.split,
        note: input.note,
      },
      caller.userId,
      at,
    );
    deps.audit.record({
      at,
      actor: caller.userId,
      action: 'target.set',
      entity: 'target',
      entityId: `${input.scope.kind}:${input.scope.id}:${input.period.key}`,
      before: before ?? null,
      after,
    });
    return before ? { before, after } : { after };
  });
}

export interface GrowthRequest {
  scope: TargetScope;
  year: number;
  growthPercent: number;
  stretchPercent: number | null;
}

/** `/target growth`: last year's actual × (1 + N%), set as the year's target, with the arithmetic. */
export function setGrowthTarget(deps: Deps, caller: Member, request: GrowthRequest) {
  assertCanSetTarget(deps, caller, request.scope);
  const lastYear = yearPeriod(request.year - 1);
  const actual = deps.deals.totals({
    from: lastYear.start,
    to: lastYear.end,
    ...dealFilter(request.scope),
  }).revenueCents;
  const currency = deps.settings.get(CURRENCY);
  const result = growthTarget(actual, request.growthPercent, request.stretchPercent, (c) =>
    formatMoney(c, currency),
  );
  if (!result.ok) {
    const messages = {
      no_history: `There are no deals in ${request.year - 1} for this scope, so there is nothing to grow from. Nothing was set; set it directly: \`/target set ${scopeWord(deps, request.scope)} ${request.year} 12,000,000\`.`,
      growth_too_low:
        'Growth must be above -100% (a target must stay above zero). E.g. `/target growth 30% stretch 40%`.',
      stretch_below_base:
        'The stretch growth must be at least the base growth. E.g. `/target growth 30% stretch 40%`.',
    };
    throw new UserFacingError(messages[result.error]);
  }
  const saved = setTarget(deps, caller, {
    scope: request.scope,
    period: yearPeriod(request.year),
    amountCents: result.base,
    stretchCents: result.stretch,
    split: 'even',
    note: `${request.year - 1} actual ${formatMoney(actual, currency)} + ${request.growthPercent}%`,
  });
  return { ...saved, lastYearActual: actual, arithmetic: result.arithmetic };
}

export interface Progress {
  target: ResolvedTarget;
  actual: number;
  pace: Pace;
  reasoning: string | null;
}

/** A scope's target, actual and pace for one period, as of `today`. `null` when no target covers it. */
export function progressFor(
  deps: Pick<AppDeps, 'targets' | 'deals' | 'settings'>,
  scope: TargetScope,
  period: Period,
  today: LocalDate,
): Progress | null {
  const explicit = explicitFor(deps, scope);
  // Most reps log deals without any target set: nothing to resolve.
  if (explicit.length === 0) return null;
  const calendar = calendarRules(deps, scope);
  const currency = deps.settings.get(CURRENCY);
  const target = resolveTarget(explicit, period, calendar, { money: (c) => formatMoney(c, currency) });
  if (!target) return null;
  const actual = deps.deals.totals({ from: period.start, to: period.end, ...dealFilter(scope) }).revenueCents;
  const shares = dailyShares(explicit, period, calendar);
  const stored = target.derivedFrom ? deps.targets.get(scope, target.derivedFrom) : undefined;
  return {
    target,
    actual,
    pace: pace({
      target: target.amount,
      stretch: target.stretch,
      actual,
      shares,
      today,
      periodStart: period.start,
      periodEnd: period.end,
    }),
    reasoning: stored?.note ?? null,
  };
}
