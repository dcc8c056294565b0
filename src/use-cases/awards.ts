import type { AppDeps } from '../app-deps.js';
import {
  type AwardFigure,
  type AwardId,
  type AwardOutcome,
  type AwardRule,
  awardFigure,
  DEFAULT_AWARDS,
  evaluateAward,
  type MemberStats,
} from '../domain/awards.js';
import { type Period, previousPeriod } from '../domain/periods.js';
import { inTransaction } from '../persistence/database.js';
import type { StoredAwardResult } from '../persistence/recognition-repository.js';
import { AWARD_OVERRIDES, type AwardOverrides } from '../services/award-settings.js';
import { memberTargets } from './leaderboard.js';

type Deps = Pick<AppDeps, 'deals' | 'members' | 'targets' | 'settings' | 'recognition' | 'clock'>;

/** The playbook's awards with the admins' changes applied. */
export function awardRules(deps: Pick<AppDeps, 'settings'>): AwardRule[] {
  const overrides = deps.settings.get(AWARD_OVERRIDES);
  return DEFAULT_AWARDS.map((rule) => ({ ...rule, ...(overrides[rule.id] ?? {}) }));
}

/** Everything the award rules look at, per member, for one period. Deleted deals never count. */
export function memberStats(deps: Deps, period: Period): MemberStats[] {
  const range = { from: period.start, to: period.end };
  const stats = new Map<string, MemberStats>();
  const get = (memberId: string): MemberStats => {
    let s = stats.get(memberId);
    if (!s) {
      s = {
        memberId,
        name: deps.members.get(memberId)?.name ?? memberId,
        revenue: 0,
        deals: 0,
        newCustomers: 0,
        ratings: { count: 0, sum: 0 },
        kudosReceived: 0,
        distinctGivers: 0,
        target: null,
        stretch: null,
        previous: null,
      };
      stats.set(memberId, s);
    }
    return s;
  };
  for (const t of deps.deals.totalsByMember(range)) {
    Object.assign(get(t.memberId), { revenue: t.revenueCents, deals: t.deals, newCustomers: t.newCustomers });
  }
  const satisfaction = awardRules(deps).find((r) => r.id === 'customer-satisfaction');
  for (const r of deps.recognition.ratingTally(period.start, period.end, satisfaction?.allowSelfReported))
    get(r.memberId).ratings = { count: r.count, sum: r.sum };
  for (const k of deps.recognition.kudosTally(period.start, period.end)) {
    Object.assign(get(k.memberId), { kudosReceived: k.received, distinctGivers: k.distinctGivers });
  }
  for (const [memberId, t] of memberTargets(deps, period))
    Object.assign(get(memberId), { target: t.amount, stretch: t.stretch });
  const before = previousPeriod(period);
  const beforeTargets = memberTargets(deps, before);
  const beforeActuals = new Map(
    deps.deals
      .totalsByMember({ from: before.start, to: before.end })
      .map((t) => [t.memberId, t.revenueCents]),
  );
  for (const s of stats.values()) {
    const target = beforeTargets.get(s.memberId);
    if (target) s.previous = { actual: beforeActuals.get(s.memberId) ?? 0, target: target.amount };
  }
  return [...stats.values()];
}

export interface DecidedAward {
  outcome: AwardOutcome;
  figures: Map<string, AwardFigure>;
}

/** Evaluates one award for one period with the stats given. */
export function decideAward(rule: AwardRule, stats: MemberStats[]): DecidedAward {
  const outcome = evaluateAward(rule, stats);
  const byId = new Map(stats.map((s) => [s.memberId, s]));
  return {
    outcome,
    figures: new Map(outcome.winners.map((w) => [w.memberId, awardFigure(rule, byId.get(w.memberId)!)])),
  };
}

/**
 * Decides and stores an award for a finished period, once: the stored result is what history shows,
 * whatever happens to old deals later.
 */
export function settleAward(
  deps: Deps,
  rule: AwardRule,
  period: Period,
  stats: MemberStats[],
): StoredAwardResult {
  const existing = deps.recognition.result(rule.id, period.key);
  if (existing) return existing;
  const { outcome, figures } = decideAward(rule, stats);
  return deps.recognition.saveResult(
    {
      awardId: rule.id,
      periodKey: period.key,
      rule,
      winners: outcome.winners.map((w) => ({
        memberId: w.memberId,
        figure: w.num,
        detail: figures.get(w.memberId)!,
      })),
      noWinnerReason: outcome.noWinnerReason,
    },
    deps.clock.now(),
  );
}

type Override = NonNullable<AwardOverrides[AwardId]>;

/**
 * `/award enable|disable|set`: an admin's change to one award, stored with the others' overrides
 * and an audit entry in one transaction. Returns the rule as it now is.
 */
export function changeAwardRule(
  deps: Pick<AppDeps, 'db' | 'settings' | 'audit' | 'clock'>,
  actor: string,
  id: AwardId,
  change: Override,
): AwardRule {
  inTransaction(deps.db, () => {
    const before = deps.settings.get(AWARD_OVERRIDES);
    const after = { ...before, [id]: { ...(before[id] ?? {}), ...change } };
    deps.settings.set(AWARD_OVERRIDES, after, actor);
    deps.audit.record({
      at: deps.clock.now(),
      actor,
      action: 'award.rule',
      entity: 'award',
      entityId: id,
      before: before[id] ?? null,
      after: after[id],
    });
  });
  return awardRules(deps).find((r) => r.id === id)!;
}
