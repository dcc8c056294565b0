import type { AppDeps } from '../app-deps.js';
import type { CatalogEntry } from '../domain/entities/catalog.js';
import type { DealScope } from '../domain/entities/deal.js';
import type { Member } from '../domain/entities/member.js';
import type { StoredTarget, TargetScope } from '../domain/entities/target.js';
import { formatMoney } from '../domain/money.js';
import { type Period, yearPeriod } from '../domain/periods.js';
import { isAdmin } from '../domain/permissions.js';
import { isWorkingDay } from '../domain/targets/calendar-rules.js';
import {
  type CalendarRules,
  type ExplicitTarget,
  hasWeekOrDayTargets,
  planLevels,
  rangeFromLevels,
} from '../domain/targets/decompose.js';
import { type Coverage, coverage, growthTarget, type Pace, pace } from '../domain/targets/pace.js';
import {
  dailyShares,
  type PlanCache,
  type ResolvedTarget,
  resolveTarget,
} from '../domain/targets/resolve.js';
import { refuse } from '../domain/targets/target-problem.js';
import { readTargetSet, type TargetSetWords } from '../domain/targets/target-set-args.js';
import { targetRecipients } from '../domain/targets/told-recipients.js';
import type { LocalDate } from '../domain/time.js';
import type { CatalogRepository } from '../persistence/catalog-repository.js';
import { inTransaction } from '../persistence/database.js';
import type { TargetNotice } from '../persistence/target-notices-repository.js';
import { HOLIDAYS } from '../services/calendar-settings.js';
import { CURRENCY, WORKING_WEEKDAYS } from '../services/settings-service.js';

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
  | 'members'
  | 'targetNotices'
>;

export function calendarRules(deps: Pick<AppDeps, 'settings' | 'deals'>, scope: TargetScope): CalendarRules {
  return {
    workingWeekdays: deps.settings.get(WORKING_WEEKDAYS),
    holidays: deps.settings.get(HOLIDAYS).map((h) => h.date),
    seasonalWeights: (year) => deps.deals.monthlyRevenue(year - 1, dealFilter(scope)),
  };
}

/** The name a region's or product line's target goes by; '' for a member or the team. */
export function scopeName(deps: Pick<AppDeps, 'regions' | 'products'>, scope: TargetScope): string {
  if (scope.kind === 'region') return deps.regions.byId(Number(scope.id))?.name ?? scope.id;
  if (scope.kind === 'product') return deps.products.byId(Number(scope.id))?.name ?? scope.id;
  return '';
}

/** The scope as a user would type it in a command: `team`, `<@U…>`, `region:North`. */
export function scopeWord(deps: Pick<AppDeps, 'regions' | 'products'>, scope: TargetScope): string {
  switch (scope.kind) {
    case 'team':
      return 'team';
    case 'member':
      return `<@${scope.id}>`;
    case 'region':
      return `region:${scopeName(deps, scope)}`;
    case 'product':
      return `product:${scopeName(deps, scope)}`;
  }
}

/** The active region or product line of that name for a target's scope; refused with the known ones. */
export function scopeEntry(catalog: CatalogRepository, name: string): CatalogEntry {
  const entry = catalog.find(name);
  if (entry) return entry;
  const known = catalog.list().map((e) => e.name);
  throw refuse('scope.unknownEntry', {
    kind: catalog.kind,
    name,
    known: known.join(', '),
    count: known.length,
  });
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

/**
 * Work done on a scope's targets, memoised on its list of targets. `TargetsRepository` hands out the
 * same list until that scope's targets change, so a changed target is never served stale; the key
 * names everything else the result depends on (period, calendar, currency). Results that depend on
 * deals (seasonal splits weigh last year's sales) are not memoised: see `isSeasonal`.
 */
const memo = new WeakMap<readonly StoredTarget[], Map<string, unknown>>();

export function memoised<T>(list: readonly StoredTarget[], key: string, compute: () => T): T {
  let entries = memo.get(list);
  if (!entries) {
    entries = new Map();
    memo.set(list, entries);
  }
  if (entries.has(key)) return entries.get(key) as T;
  const value = compute();
  entries.set(key, value);
  return value;
}

/** The scope's targets as the domain takes them. */
export function explicitOf(list: readonly StoredTarget[]): ExplicitTarget[] {
  return memoised(list, 'explicit', () =>
    list.map((t) => ({
      periodKey: t.periodKey,
      amount: t.amountCents,
      stretch: t.stretchCents,
      split: t.split,
    })),
  );
}

/** A seasonal split reads last year's sales, which deals change: such work is never memoised. */
export function isSeasonal(explicit: readonly ExplicitTarget[]): boolean {
  return explicit.some((t) => t.split === 'seasonal');
}

/** What the calendar settings are, as part of a memo key. */
export function calendarKey(deps: Pick<AppDeps, 'settings'>): string {
  return JSON.stringify([deps.settings.get(WORKING_WEEKDAYS), deps.settings.get(HOLIDAYS)]);
}

/** Who may set a target for a scope: admins for all; managers for their own reports. */
export function assertCanSetTarget(deps: Deps, caller: Member, scope: TargetScope): void {
  if (isAdmin(caller, deps.config.admins)) return;
  if (caller.role === 'manager' && scope.kind === 'member') {
    const member = deps.directory.get(scope.id);
    if (member?.managerId === caller.userId) return;
    throw refuse('permission.notYourReport', { member: scope.id });
  }
  throw refuse(caller.role === 'manager' ? 'permission.managerScope' : 'permission.none');
}

export interface TargetToSet {
  scope: TargetScope;
  period: Period;
  amountCents: number;
  stretchCents: number | null;
  split: 'even' | 'seasonal';
  note: string | null;
}

export interface SavedTarget {
  before?: StoredTarget;
  after: StoredTarget;
  /** One per recipient, committed with the target: the DMs to send once it is saved. */
  notices: TargetNotice[];
}

export function setTarget(deps: Deps, caller: Member, input: TargetToSet): SavedTarget {
  assertCanSetTarget(deps, caller, input.scope);
  if (input.stretchCents !== null && input.stretchCents < input.amountCents)
    throw refuse('set.stretchBelowBase');
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
    const notices = targetRecipients(input.scope, () => deps.members.active()).map((recipient) =>
      deps.targetNotices.create({
        targetId: after.id,
        scope: after.scope,
        periodKey: after.periodKey,
        recipient,
        amountCents: after.amountCents,
        stretchCents: after.stretchCents,
        beforeAmountCents: before?.amountCents ?? null,
        beforeStretchCents: before?.stretchCents ?? null,
        note: after.note,
        setBy: caller.userId,
        setAt: after.setAt,
      }),
    );
    return before ? { before, after, notices } : { after, notices };
  });
}

/**
 * `/target set` as typed after the scope: a member must be an active person of the workspace, the
 * words must follow the rules of `readTargetSet`, and the caller may set it. Throws TargetRefused,
 * changing nothing, otherwise.
 */
export async function setTargetFromWords(
  deps: Deps,
  caller: Member,
  scope: TargetScope,
  words: TargetSetWords,
): Promise<SavedTarget & { period: Period; announce: boolean }> {
  if (scope.kind === 'member') {
    const member = await deps.directory.ensure(scope.id);
    if (!member || member.deleted || member.isBot) throw refuse('set.notActiveMember', { member: scope.id });
  }
  const args = readTargetSet(words, deps.settings.get(CURRENCY));
  const { announce, ...target } = args;
  return { ...setTarget(deps, caller, { scope, ...target }), period: args.period, announce };
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
  const result = growthTarget(actual, request.growthPercent, request.stretchPercent);
  if (!result.ok) {
    if (result.error === 'no_history') {
      throw refuse('growth.noHistory', {
        lastYear: String(request.year - 1),
        year: String(request.year),
        scope: scopeWord(deps, request.scope),
      });
    }
    throw refuse(result.error === 'growth_too_low' ? 'growth.tooLow' : 'growth.stretchBelowBase');
  }
  const saved = setTarget(deps, caller, {
    scope: request.scope,
    period: yearPeriod(request.year),
    amountCents: result.base,
    stretchCents: result.stretch,
    split: 'even',
    note: `${request.year - 1} actual ${formatMoney(actual, currency)} + ${request.growthPercent}%`,
  });
  return { ...saved, lastYearActual: actual, steps: result.steps };
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
  const list = deps.targets.forScope(scope);
  // Most reps log deals without any target set: nothing to resolve.
  if (list.length === 0) return null;
  const explicit = explicitOf(list);
  const currency = deps.settings.get(CURRENCY);
  const plan = () => {
    const calendar = calendarRules(deps, scope);
    // One year plan per level for all the periods of this scope (App Home asks for four), kept as
    // long as the targets and the calendar are; a seasonal split is planned afresh every time.
    const plans = isSeasonal(explicit)
      ? undefined
      : memoised(list, `plans|${calendarKey(deps)}`, (): PlanCache => new Map());
    const target = resolveTarget(explicit, period, calendar, plans ? { plans } : {});
    return target ? { target, shares: dailyShares(explicit, period, calendar, plans) } : null;
  };
  // The target and its day shares depend only on the targets and the calendar: worked out once per
  // version of them, not on every `/target`, `/deal` reply and check-in (ADR 14).
  const planned = isSeasonal(explicit)
    ? plan()
    : memoised(list, `progress|${period.key}|${calendarKey(deps)}|${currency}`, plan);
  if (!planned) return null;
  const { target, shares } = planned;
  const actual = deps.deals.revenueCents({ from: period.start, to: period.end, ...dealFilter(scope) });
  const stored = target.derivedFrom ? deps.targets.get(scope, target.derivedFrom) : undefined;
  const calendar = {
    workingWeekdays: deps.settings.get(WORKING_WEEKDAYS),
    holidays: deps.settings.get(HOLIDAYS).map((h) => h.date),
  };
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
      // Working days come from the calendar, not the shares: see PaceInput.isWorkingDay.
      isWorkingDay: (date) => isWorkingDay(date, calendar),
    }),
    reasoning: stored?.note ?? null,
  };
}

export type MemberTarget = { amount: number; stretch: number | null };

/**
 * Each member's target for the period, for those who have one (explicit or implied). Leaderboards
 * and coverage skip the stretch (`withStretch: false`), which halves the work.
 */
export function memberTargets(
  deps: Pick<AppDeps, 'targets' | 'deals' | 'settings'>,
  period: Period,
  options: { withStretch?: boolean } = {},
): Map<string, MemberTarget> {
  const withStretch = options.withStretch ?? true;
  const calendar = calendarKey(deps);
  const key = `member|${period.key}|${withStretch}|${calendar}`;
  // Members often share a target structure (same tier, same plan): each distinct one is worked out
  // once, and each member's result is kept until their targets or the calendar change.
  const byStructure = new Map<string, MemberTarget | null>();
  const out = new Map<string, MemberTarget>();
  for (const [memberId, list] of deps.targets.scopesOfKind('member')) {
    const explicit = explicitOf(list);
    const work = () => {
      const structure = memoised(list, 'structure', () => JSON.stringify(explicit));
      if (!byStructure.has(structure))
        byStructure.set(structure, targetFor(deps, memberId, explicit, period, withStretch));
      return byStructure.get(structure) ?? null;
    };
    const target = isSeasonal(explicit)
      ? targetFor(deps, memberId, explicit, period, withStretch)
      : memoised(list, key, work);
    if (target && target.amount > 0) out.set(memberId, target);
  }
  return out;
}

/** One member's target for the period (explicit or implied), or null. */
export function memberTarget(
  deps: Pick<AppDeps, 'targets' | 'deals' | 'settings'>,
  memberId: string,
  period: Period,
): MemberTarget | null {
  const list = deps.targets.forScope({ kind: 'member', id: memberId });
  if (list.length === 0) return null;
  const explicit = explicitOf(list);
  const work = () => targetFor(deps, memberId, explicit, period, true);
  const target = isSeasonal(explicit)
    ? work()
    : memoised(list, `member|${period.key}|true|${calendarKey(deps)}`, work);
  return target && target.amount > 0 ? target : null;
}

function targetFor(
  deps: Pick<AppDeps, 'deals' | 'settings'>,
  memberId: string,
  explicit: ExplicitTarget[],
  period: Period,
  withStretch: boolean,
): MemberTarget | null {
  const own = explicit.find((t) => t.periodKey === period.key);
  if (own) return { amount: own.amount, stretch: own.stretch };
  const calendar = calendarRules(deps, { kind: 'member', id: memberId });
  // Without week or day targets, the month, quarter and year amounts need no day shares, and a week
  // only the shares of the months it touches.
  const simple = !hasWeekOrDayTargets(explicit);
  const hasStretch = withStretch && explicit.some((t) => t.stretch !== null);
  if (simple && (period.kind === 'week' || period.kind === 'day')) {
    const amount = rangeFromLevels(explicit, (t) => t.amount, period, calendar);
    if (amount === null) return null;
    // The stretch follows resolveTarget: none when a target it comes from has none.
    if (!withStretch) return { amount, stretch: null };
    const resolved = resolveTarget(explicit, period, calendar);
    return resolved ? { amount, stretch: resolved.stretch } : { amount, stretch: null };
  }
  const year = Number(period.start.slice(0, 4));
  // A month needs only its own quarter split into months.
  const quarter =
    period.kind === 'month' ? Math.floor((Number(period.start.slice(5, 7)) - 1) / 3) + 1 : undefined;
  const levels = (pick: (t: ExplicitTarget) => number | null) =>
    planLevels(explicit, pick, year, calendar, quarter).get(period.key);
  const base = simple ? levels((t) => t.amount) : undefined;
  if (base) {
    const stretch = hasStretch ? levels((t) => t.stretch ?? t.amount) : undefined;
    return { amount: base.amount, stretch: stretch?.amount ?? null };
  }
  const resolved = resolveTarget(explicit, period, calendar);
  return resolved ? { amount: resolved.amount, stretch: resolved.stretch } : null;
}

/** What the active members' own targets for the period add up to, for the team view's coverage line. */
export function individualTargetsSum(
  deps: Pick<AppDeps, 'targets' | 'deals' | 'settings' | 'members'>,
  period: Period,
): number {
  let sum = 0;
  for (const [memberId, target] of memberTargets(deps, period, { withStretch: false })) {
    const member = deps.members.get(memberId);
    if (member && !member.deleted && !member.isBot) sum += target.amount;
  }
  return sum;
}

export interface OverviewRow {
  period: Period;
  progress: Progress | null;
  /** The team view only: how much of the team target the members' own targets cover. */
  coverage?: Coverage;
}

/** `/target [scope] [period]`: each period's progress, and for the team how its targets are covered. */
export function targetOverview(
  deps: Pick<AppDeps, 'targets' | 'deals' | 'settings' | 'members'>,
  scope: TargetScope,
  periods: readonly Period[],
  today: LocalDate,
): OverviewRow[] {
  return periods.map((period) => {
    const progress = progressFor(deps, scope, period, today);
    if (scope.kind !== 'team' || !progress) return { period, progress };
    return {
      period,
      progress,
      coverage: coverage(progress.target.amount, [individualTargetsSum(deps, period)]),
    };
  });
}
