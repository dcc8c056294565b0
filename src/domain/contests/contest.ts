import { parseAmount } from '../money.js';
import { daysBetween, isLocalDate, type LocalDate } from '../time.js';

/** What a contest ranks on. `product` is one product line's revenue. */
export const CONTEST_METRICS = ['revenue', 'deals', 'new-customers', 'attainment', 'product'] as const;
export type ContestMetric = (typeof CONTEST_METRICS)[number];

/** Who competes: each member, teams by region, or teams picked by hand. */
export type ContestMode = 'individual' | 'region' | 'teams';
export type StandingsCadence = 'daily' | 'weekly';

export const MAX_CONTEST_NAME = 40;
export const MAX_PRIZE = 150;
export const MAX_TEAM_NAME = 30;
/** A contest longer than a year is a target, not a challenge. */
export const MAX_CONTEST_DAYS = 366;

/** A contest as its creator described it, checked by `checkContest`. */
export interface ContestSpec {
  name: string;
  metric: ContestMetric;
  /** The product line's name as typed (metric `product` only); the use case finds it. */
  productName: string | null;
  startsOn: LocalDate;
  endsOn: LocalDate;
  mode: ContestMode;
  /** Minor units (revenue, product), a count (deals, new customers) or a percent (attainment). */
  goal: number | null;
  prize: string | null;
  standings: StandingsCadence;
  /** Teams picked by hand: name → members. */
  teams: Array<{ name: string; memberIds: string[] }>;
}

/** What is wrong with a contest someone described; the Slack layer says it in words. */
export type ContestProblemCode =
  | 'usage'
  | 'name.empty'
  | 'name.tooLong'
  | 'name.control'
  | 'metric'
  | 'date'
  | 'endsBeforeStart'
  | 'tooLong'
  | 'endedAlready'
  | 'goal'
  | 'prize.tooLong'
  | 'option'
  | 'teams.tooFew'
  | 'teams.name'
  | 'teams.memberTwice'
  | 'notAllowed'
  | 'notTheirReport'
  | 'product.unknown'
  | 'nameTaken'
  | 'notFound';

export interface ContestProblem {
  code: ContestProblemCode;
  params?: Record<string, string | number>;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: ContestProblem };

const fail = (code: ContestProblemCode, params?: Record<string, string | number>) => ({
  ok: false as const,
  problem: { code, ...(params ? { params } : {}) },
});

// Control characters (and Slack's own <…> markup) have no place in a name shown in every post.
const CONTROL = /[\p{Cc}\p{Cf}]/u;

export function checkContestName(raw: string): Checked<string> {
  const name = raw.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (name === '') return fail('name.empty');
  if (CONTROL.test(name)) return fail('name.control');
  if ([...name].length > MAX_CONTEST_NAME) return fail('name.tooLong', { max: MAX_CONTEST_NAME });
  return { ok: true, value: name };
}

/** `revenue`, `deals`, `new-customers`, `attainment`, or `product:<name>`. */
export function parseMetric(word: string): Checked<{ metric: ContestMetric; productName: string | null }> {
  const lower = word.toLowerCase();
  if (lower.startsWith('product:')) {
    const productName = word.slice('product:'.length).trim();
    if (productName === '') return fail('metric', { typed: word });
    return { ok: true, value: { metric: 'product', productName } };
  }
  if (lower === 'new-customer') return { ok: true, value: { metric: 'new-customers', productName: null } };
  if ((CONTEST_METRICS as readonly string[]).includes(lower) && lower !== 'product')
    return { ok: true, value: { metric: lower as ContestMetric, productName: null } };
  return fail('metric', { typed: word });
}

/** A goal in the metric's own unit: money for revenue, a count, or a percent for attainment. */
export function parseGoal(text: string, metric: ContestMetric, currency: string): Checked<number> {
  const t = text.trim();
  if (metric === 'revenue' || metric === 'product') {
    const amount = parseAmount(t, currency);
    return amount.ok ? { ok: true, value: amount.cents } : fail('goal', { typed: t });
  }
  const m = /^(\d{1,7})(%?)$/.exec(t);
  const n = m ? Number(m[1]) : 0;
  if (!m || n <= 0 || (m[2] === '%' && metric !== 'attainment')) return fail('goal', { typed: t });
  return { ok: true, value: n };
}

/**
 * The rules every contest obeys, whichever way it was described: dates on the calendar, the end
 * not before the start nor before today, at most a year long, and hand-picked teams that are real
 * teams (two or more, named, nobody in two).
 */
export function checkContest(spec: ContestSpec, today: LocalDate): Checked<ContestSpec> {
  const name = checkContestName(spec.name);
  if (!name.ok) return name;
  for (const date of [spec.startsOn, spec.endsOn])
    if (!isLocalDate(date)) return fail('date', { typed: date });
  if (spec.endsOn < spec.startsOn) return fail('endsBeforeStart');
  if (daysBetween(spec.startsOn, spec.endsOn) + 1 > MAX_CONTEST_DAYS)
    return fail('tooLong', { days: MAX_CONTEST_DAYS });
  if (spec.endsOn < today) return fail('endedAlready', { date: spec.endsOn });
  if (spec.goal !== null && !(Number.isSafeInteger(spec.goal) && spec.goal > 0))
    return fail('goal', { typed: String(spec.goal) });
  const prize = spec.prize?.trim() || null;
  if (prize && [...prize].length > MAX_PRIZE) return fail('prize.tooLong', { max: MAX_PRIZE });
  const teams = spec.mode === 'teams' ? spec.teams.filter((t) => t.memberIds.length > 0) : [];
  if (spec.mode === 'teams') {
    if (teams.length < 2) return fail('teams.tooFew');
    const seen = new Set<string>();
    for (const team of teams) {
      const teamName = team.name.trim();
      if (teamName === '' || CONTROL.test(teamName) || [...teamName].length > MAX_TEAM_NAME)
        return fail('teams.name', { max: MAX_TEAM_NAME });
      for (const id of team.memberIds) {
        if (seen.has(id)) return fail('teams.memberTwice', { member: id });
        seen.add(id);
      }
    }
  }
  return {
    ok: true,
    value: {
      ...spec,
      name: name.value,
      prize,
      teams: teams.map((t) => ({ name: t.name.trim(), memberIds: [...new Set(t.memberIds)] })),
    },
  };
}

// Words, with "double" or “curly” quotes keeping spaces together.
function words(text: string): string[] {
  return [...text.matchAll(/"([^"]*)"|“([^”]*)”|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

/**
 * The one-line form: `"<name>" <metric> <start> <end> [teams:region] [goal:<n>] [prize:<text>]
 * [standings:daily|weekly]` (the text after `/contest new`). The prize takes the rest of the line,
 * so `prize:Team dinner` needs no quotes. The result still goes through `checkContest`.
 */
export function parseContestLine(text: string, currency: string): Checked<ContestSpec> {
  const prizeAt = text.search(/(^|\s)prize:/i);
  const head = prizeAt === -1 ? text : text.slice(0, prizeAt);
  const prizeText =
    prizeAt === -1
      ? null
      : text
          .slice(prizeAt)
          .trim()
          .slice('prize:'.length)
          .trim()
          .replace(/^["“](.*)["”]$/s, '$1');
  const [name, metricWord, startsOn, endsOn, ...options] = words(head.trim());
  if (name === undefined || metricWord === undefined || startsOn === undefined || endsOn === undefined)
    return fail('usage');
  const metric = parseMetric(metricWord);
  if (!metric.ok) return metric;
  for (const date of [startsOn, endsOn]) if (!isLocalDate(date)) return fail('date', { typed: date });
  const spec: ContestSpec = {
    name,
    ...metric.value,
    startsOn,
    endsOn,
    mode: 'individual',
    goal: null,
    prize: prizeText,
    standings: 'weekly',
    teams: [],
  };
  for (const option of options) {
    const lower = option.toLowerCase();
    if (lower === 'teams:region') spec.mode = 'region';
    else if (lower === 'standings:daily' || lower === 'standings:weekly')
      spec.standings = lower.slice('standings:'.length) as StandingsCadence;
    else if (lower.startsWith('goal:')) {
      const goal = parseGoal(option.slice('goal:'.length), spec.metric, currency);
      if (!goal.ok) return goal;
      spec.goal = goal.value;
    } else return fail('option', { typed: option });
  }
  return { ok: true, value: spec };
}
