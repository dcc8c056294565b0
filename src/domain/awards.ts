import { rankScores, type Score } from './leaderboard.js';

export const AWARD_IDS = [
  'sales-champion',
  'customer-satisfaction',
  'team-collaboration',
  'new-customer',
  'stretch-club',
  'most-improved',
] as const;
export type AwardId = (typeof AWARD_IDS)[number];

export type AwardPeriod = 'month' | 'quarter' | 'year';

/** The thresholds each award understands; admins change them with `/award set`. */
export interface AwardThresholds {
  minDeals: number;
  minRatings: number;
  minGivers: number;
  minNewCustomers: number;
}

/**
 * An award is a rule anyone can read: what is measured, over which period, who is eligible. Its
 * name and wording are the catalog's (by `id`), in the reader's language.
 */
export interface AwardRule extends AwardThresholds {
  id: AwardId;
  period: AwardPeriod;
  enabled: boolean;
  /** Customer satisfaction: whether a score the credited rep entered themselves counts. */
  allowSelfReported: boolean;
}

const base = {
  minDeals: 1,
  minRatings: 3,
  minGivers: 2,
  minNewCustomers: 1,
  period: 'month' as const,
  enabled: true,
  allowSelfReported: false,
};

/** The playbook's awards (section 4.1): results, customer satisfaction and teamwork. */
export const DEFAULT_AWARDS: readonly AwardRule[] = [
  { ...base, id: 'sales-champion' },
  { ...base, id: 'customer-satisfaction' },
  { ...base, id: 'team-collaboration' },
  { ...base, id: 'new-customer' },
  { ...base, id: 'stretch-club' },
  { ...base, id: 'most-improved' },
];

/** What `/award set` changes: a threshold, the period, or (satisfaction) whether self-reported scores count. */
export type RuleField = keyof AwardThresholds | 'period' | 'selfReported';

/** Which thresholds matter for which award (the others are ignored and not shown). */
export const FIELDS: Record<AwardId, RuleField[]> = {
  'sales-champion': ['minDeals', 'period'],
  'customer-satisfaction': ['minRatings', 'period', 'selfReported'],
  'team-collaboration': ['minGivers', 'period'],
  'new-customer': ['minNewCustomers', 'period'],
  'stretch-club': ['period'],
  'most-improved': ['period'],
};

/** What one member did in one period, as the award rules need it. Money in minor units. */
export interface MemberStats {
  memberId: string;
  name: string;
  revenue: number;
  deals: number;
  newCustomers: number;
  ratings: { count: number; sum: number };
  kudosReceived: number;
  distinctGivers: number;
  target: number | null;
  stretch: number | null;
  previous: { actual: number; target: number } | null;
}

export interface Winner {
  memberId: string;
  /** The winning figure as an exact fraction (revenue/1, rating sum/count, …). */
  num: number;
  den: number;
}

/** Why an award has no winner: nobody met its rule (its wording follows from the rule). */
export const NONE_ELIGIBLE = 'none_eligible';

export interface AwardOutcome {
  rule: AwardRule;
  winners: Winner[];
  /** Set when nobody was eligible. */
  noWinnerReason: typeof NONE_ELIGIBLE | null;
}

/** The winning figure of one member, as data the Slack layer words: `$20,000 from 1 deal`. */
export type AwardFigure =
  | { kind: 'revenue'; revenue: number; deals: number }
  | { kind: 'rating'; hundredths: number; ratings: number }
  | { kind: 'kudos'; kudos: number; givers: number }
  | { kind: 'newCustomers'; newCustomers: number }
  | { kind: 'stretch'; revenue: number; stretch: number }
  | { kind: 'improved'; thenPercent: number; nowPercent: number };

/** What a winner is shown with, for each award. Averages are cut, not rounded, to hundredths. */
export function awardFigure(rule: AwardRule, stats: MemberStats): AwardFigure {
  switch (rule.id) {
    case 'sales-champion':
      return { kind: 'revenue', revenue: stats.revenue, deals: stats.deals };
    case 'customer-satisfaction':
      return {
        kind: 'rating',
        hundredths: Math.floor((stats.ratings.sum * 100) / stats.ratings.count),
        ratings: stats.ratings.count,
      };
    case 'team-collaboration':
      return { kind: 'kudos', kudos: stats.kudosReceived, givers: stats.distinctGivers };
    case 'new-customer':
      return { kind: 'newCustomers', newCustomers: stats.newCustomers };
    case 'stretch-club':
      return { kind: 'stretch', revenue: stats.revenue, stretch: stats.stretch ?? 0 };
    case 'most-improved':
      return {
        kind: 'improved',
        nowPercent: stats.target ? Math.floor((stats.revenue * 100) / stats.target) : 0,
        thenPercent: stats.previous ? Math.floor((stats.previous.actual * 100) / stats.previous.target) : 0,
      };
  }
}

function best(
  rule: AwardRule,
  eligible: Array<{ stats: MemberStats; num: number; den: number }>,
): AwardOutcome {
  const scores: Score[] = eligible.map((e) => ({
    memberId: e.stats.memberId,
    name: e.stats.name,
    num: e.num,
    den: e.den,
  }));
  const winners = rankScores(scores).ranked.filter((r) => r.rank === 1);
  return {
    rule,
    winners: winners.map((w) => ({ memberId: w.memberId, num: w.num, den: w.den })),
    noWinnerReason: winners.length ? null : NONE_ELIGIBLE,
  };
}

/** Who wins an award on these stats. Ties share the award; nobody eligible says why. */
export function evaluateAward(rule: AwardRule, stats: readonly MemberStats[]): AwardOutcome {
  switch (rule.id) {
    case 'sales-champion':
      return best(
        rule,
        stats.filter((s) => s.deals >= rule.minDeals).map((s) => ({ stats: s, num: s.revenue, den: 1 })),
      );
    case 'customer-satisfaction':
      return best(
        rule,
        stats
          .filter((s) => s.ratings.count >= rule.minRatings)
          .map((s) => ({ stats: s, num: s.ratings.sum, den: s.ratings.count })),
      );
    case 'team-collaboration':
      return best(
        rule,
        stats
          .filter((s) => s.distinctGivers >= rule.minGivers)
          .map((s) => ({ stats: s, num: s.kudosReceived, den: 1 })),
      );
    case 'new-customer':
      return best(
        rule,
        stats
          .filter((s) => s.newCustomers >= rule.minNewCustomers)
          .map((s) => ({ stats: s, num: s.newCustomers, den: 1 })),
      );
    case 'stretch-club': {
      const club = stats.filter((s) => s.stretch !== null && s.stretch > 0 && s.revenue >= s.stretch);
      return {
        rule,
        winners: club.map((s) => ({ memberId: s.memberId, num: s.revenue, den: 1 })),
        noWinnerReason: club.length ? null : NONE_ELIGIBLE,
      };
    }
    case 'most-improved':
      return best(
        rule,
        stats.flatMap((s) => {
          if (!s.target || !s.previous?.target) return [];
          // a/b − c/d = (a·d − c·b) / (b·d): exact, and only rises count.
          const num = Number(
            BigInt(s.revenue) * BigInt(s.previous.target) - BigInt(s.previous.actual) * BigInt(s.target),
          );
          return num > 0 ? [{ stats: s, num, den: s.target * s.previous.target }] : [];
        }),
      );
  }
}

/** Why `/award set` refused a change; the Slack layer words it with an example. */
export type RuleChangeProblem =
  | { code: 'unknownField'; fields: ReadonlyArray<RuleField> }
  | { code: 'badPeriod' }
  | { code: 'badChoice' }
  | { code: 'badNumber'; field: keyof AwardThresholds };

/** Applies `/award set <award> <field> <value>`; what is wrong with it otherwise. */
export function changeRule(
  rule: AwardRule,
  field: string,
  value: string,
): { rule: AwardRule } | { problem: RuleChangeProblem } {
  const allowed = FIELDS[rule.id];
  const key = allowed.find((f) => f.toLowerCase() === field.toLowerCase().replace(/[-_]/g, ''));
  if (!key) return { problem: { code: 'unknownField', fields: allowed } };
  if (key === 'period') {
    if (value !== 'month' && value !== 'quarter' && value !== 'year')
      return { problem: { code: 'badPeriod' } };
    return { rule: { ...rule, period: value } };
  }
  if (key === 'selfReported') {
    const choice = value.toLowerCase();
    if (choice !== 'allow' && choice !== 'deny') return { problem: { code: 'badChoice' } };
    return { rule: { ...rule, allowSelfReported: choice === 'allow' } };
  }
  const n = Number(value);
  if (!/^\d{1,4}$/.test(value) || n < 1) return { problem: { code: 'badNumber', field: key } };
  return { rule: { ...rule, [key]: n } };
}
