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

/** An award is a rule anyone can read: what is measured, over which period, who is eligible. */
export interface AwardRule extends AwardThresholds {
  id: AwardId;
  name: string;
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
  { ...base, id: 'sales-champion', name: 'Sales Champion' },
  { ...base, id: 'customer-satisfaction', name: 'Customer Satisfaction Award' },
  { ...base, id: 'team-collaboration', name: 'Team Collaboration Award' },
  { ...base, id: 'new-customer', name: 'New Customer Award' },
  { ...base, id: 'stretch-club', name: 'Stretch Club' },
  { ...base, id: 'most-improved', name: 'Most Improved' },
];

/** Which thresholds matter for which award (the others are ignored and not shown). */
export const FIELDS: Record<AwardId, Array<keyof AwardThresholds | 'period'>> = {
  'sales-champion': ['minDeals', 'period'],
  'customer-satisfaction': ['minRatings', 'period'],
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

export interface AwardOutcome {
  rule: AwardRule;
  winners: Winner[];
  /** Set when nobody was eligible. */
  noWinnerReason: string | null;
}

const period = (p: AwardPeriod) => (p === 'month' ? 'month' : p === 'quarter' ? 'quarter' : 'year');
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The rule in plain words, as `/award rules` shows it. */
export function describeRule(rule: AwardRule): string {
  const p = period(rule.period);
  switch (rule.id) {
    case 'sales-champion':
      return `the highest revenue in the ${p}; at least ${plural(rule.minDeals, 'deal')}`;
    case 'customer-satisfaction':
      return `the highest average customer satisfaction score (1–5) in the ${p}; at least ${plural(rule.minRatings, 'rating')}`;
    case 'team-collaboration':
      return `the most kudos received in the ${p}, from at least ${rule.minGivers} different ${rule.minGivers === 1 ? 'person' : 'people'}`;
    case 'new-customer':
      return `the most new customers won in the ${p}; at least ${plural(rule.minNewCustomers, 'new customer')}`;
    case 'stretch-club':
      return `everyone who reached their stretch target for the ${p}`;
    case 'most-improved':
      return `the largest rise in attainment (% of own target) against the previous ${p}; needs a target in both`;
  }
}

function best(
  rule: AwardRule,
  eligible: Array<{ stats: MemberStats; num: number; den: number }>,
  none: string,
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
    noWinnerReason: winners.length ? null : none,
  };
}

/** Who wins an award on these stats. Ties share the award; nobody eligible says why. */
export function evaluateAward(rule: AwardRule, stats: readonly MemberStats[]): AwardOutcome {
  switch (rule.id) {
    case 'sales-champion':
      return best(
        rule,
        stats.filter((s) => s.deals >= rule.minDeals).map((s) => ({ stats: s, num: s.revenue, den: 1 })),
        `nobody closed ${plural(rule.minDeals, 'deal')} or more`,
      );
    case 'customer-satisfaction':
      return best(
        rule,
        stats
          .filter((s) => s.ratings.count >= rule.minRatings)
          .map((s) => ({ stats: s, num: s.ratings.sum, den: s.ratings.count })),
        `nobody had ${plural(rule.minRatings, 'rating')} or more`,
      );
    case 'team-collaboration':
      return best(
        rule,
        stats
          .filter((s) => s.distinctGivers >= rule.minGivers)
          .map((s) => ({ stats: s, num: s.kudosReceived, den: 1 })),
        `nobody received kudos from ${rule.minGivers} or more different people`,
      );
    case 'new-customer':
      return best(
        rule,
        stats
          .filter((s) => s.newCustomers >= rule.minNewCustomers)
          .map((s) => ({ stats: s, num: s.newCustomers, den: 1 })),
        'nobody won a new customer',
      );
    case 'stretch-club': {
      const club = stats.filter((s) => s.stretch !== null && s.stretch > 0 && s.revenue >= s.stretch);
      return {
        rule,
        winners: club.map((s) => ({ memberId: s.memberId, num: s.revenue, den: 1 })),
        noWinnerReason: club.length ? null : 'nobody reached their stretch target',
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
        'nobody with a target in both periods improved',
      );
  }
}

/** Applies `/award set <award> <field> <value>`; an error in words otherwise. */
export function changeRule(
  rule: AwardRule,
  field: string,
  value: string,
): { rule: AwardRule } | { error: string } {
  const allowed = FIELDS[rule.id];
  const key = allowed.find((f) => f.toLowerCase() === field.toLowerCase().replace(/[-_]/g, ''));
  if (!key) {
    return {
      error: `${rule.name} has ${allowed.map((f) => `\`${f}\``).join(', ')}. E.g. \`/award set ${rule.id} ${allowed[0]} ${allowed[0] === 'period' ? 'quarter' : 3}\`.`,
    };
  }
  if (key === 'period') {
    if (value !== 'month' && value !== 'quarter' && value !== 'year')
      return { error: 'A period is month, quarter or year.' };
    return { rule: { ...rule, period: value } };
  }
  const n = Number(value);
  if (!/^\d{1,4}$/.test(value) || n < 1)
    return { error: `${key} is a whole number from 1, e.g. \`/award set ${rule.id} ${key} 3\`.` };
  return { rule: { ...rule, [key]: n } };
}
