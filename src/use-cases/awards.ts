import type { AppDeps } from '../app-deps.js';
import {
  type AwardOutcome,
  type AwardRule,
  DEFAULT_AWARDS,
  evaluateAward,
  type MemberStats,
} from '../domain/awards.js';
import { formatMoney } from '../domain/money.js';
import { type Period, previousPeriod } from '../domain/periods.js';
import type { StoredAwardResult } from '../persistence/recognition-repository.js';
import { AWARD_OVERRIDES } from '../services/award-settings.js';
import { CURRENCY } from '../services/settings-service.js';
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

/** The winning figure in words, e.g. `$12,500`, `4.33 average from 3 ratings`, `7 kudos from 4 people`. */
export function figureText(rule: AwardRule, stats: MemberStats, currency: string): string {
  const money = (c: number) => formatMoney(c, currency);
  switch (rule.id) {
    case 'sales-champion':
      return `${money(stats.revenue)} from ${stats.deals} deal${stats.deals === 1 ? '' : 's'}`;
    case 'customer-satisfaction': {
      const hundredths = Math.floor((stats.ratings.sum * 100) / stats.ratings.count);
      return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')} average from ${stats.ratings.count} ratings`;
    }
    case 'team-collaboration':
      return `${stats.kudosReceived} kudos from ${stats.distinctGivers} people`;
    case 'new-customer':
      return `${stats.newCustomers} new customer${stats.newCustomers === 1 ? '' : 's'}`;
    case 'stretch-club':
      return `${money(stats.revenue)} against a stretch of ${money(stats.stretch ?? 0)}`;
    case 'most-improved': {
      const now = stats.target ? Math.floor((stats.revenue * 100) / stats.target) : 0;
      const then = stats.previous ? Math.floor((stats.previous.actual * 100) / stats.previous.target) : 0;
      return `${then}% → ${now}% of target`;
    }
  }
}

export interface DecidedAward {
  outcome: AwardOutcome;
  figures: Map<string, string>;
}

/** Evaluates one award for one period with the stats given. */
export function decideAward(rule: AwardRule, stats: MemberStats[], currency: string): DecidedAward {
  const outcome = evaluateAward(rule, stats);
  const byId = new Map(stats.map((s) => [s.memberId, s]));
  return {
    outcome,
    figures: new Map(
      outcome.winners.map((w) => [w.memberId, figureText(rule, byId.get(w.memberId)!, currency)]),
    ),
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
  const { outcome, figures } = decideAward(rule, stats, deps.settings.get(CURRENCY));
  return deps.recognition.saveResult(
    {
      awardId: rule.id,
      periodKey: period.key,
      rule,
      winners: outcome.winners.map((w) => ({
        memberId: w.memberId,
        figure: w.num,
        figureText: figures.get(w.memberId) ?? '',
      })),
      noWinnerReason: outcome.noWinnerReason,
    },
    deps.clock.now(),
  );
}
