import type { KnownBlock } from '@slack/types';
import type { ContestProblem, ContestProblemCode } from '../../../domain/contests/contest.js';
import type { StandingRow, Standings } from '../../../domain/contests/standings.js';
import type { Contest } from '../../../domain/entities/contest.js';
import type { MessageKey } from '../../../i18n/catalog.js';
import type { Speaker } from '../../../i18n/translator.js';
import { plainInline } from '../../mrkdwn.js';
import { context, fitReply, type Reply, section, sections } from '../blocks.js';
import { listWithMore, SLACK } from '../fit.js';

// Exhaustive: a new problem code fails the typecheck until it has words in the catalog.
const PROBLEM_KEYS: Record<ContestProblemCode, MessageKey> = {
  usage: 'contest.problem.usage',
  'name.empty': 'contest.problem.name.empty',
  'name.tooLong': 'contest.problem.name.tooLong',
  'name.control': 'contest.problem.name.control',
  metric: 'contest.problem.metric',
  date: 'contest.problem.date',
  endsBeforeStart: 'contest.problem.endsBeforeStart',
  tooLong: 'contest.problem.tooLong',
  endedAlready: 'contest.problem.endedAlready',
  goal: 'contest.problem.goal',
  'prize.tooLong': 'contest.problem.prize.tooLong',
  option: 'contest.problem.option',
  'teams.tooFew': 'contest.problem.teams.tooFew',
  'teams.name': 'contest.problem.teams.name',
  'teams.memberTwice': 'contest.problem.teams.memberTwice',
  notAllowed: 'contest.problem.notAllowed',
  notTheirReport: 'contest.problem.notTheirReport',
  'product.unknown': 'contest.problem.product.unknown',
  nameTaken: 'contest.problem.nameTaken',
  notFound: 'contest.problem.notFound',
};

// What people typed is quoted in problems: escaped and cut so a refusal always fits.
const QUOTED = new Set(['typed', 'name']);

export function contestProblemText(say: Speaker, problem: ContestProblem): string {
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(problem.params ?? {}))
    params[k] = QUOTED.has(k) && typeof v === 'string' ? plainInline(v.slice(0, 200)) : v;
  return say.t(PROBLEM_KEYS[problem.code], params);
}

/** What a view needs to know beside the contest: the currency and the product line's name. */
export interface ContestContext {
  currency: string;
  productName: string | null;
}

const MEDALS = [':first_place_medal:', ':second_place_medal:', ':third_place_medal:'];
export const placeOf = (rank: number) => (rank <= 3 ? MEDALS[rank - 1]! : `${rank}.`);

const nameOf = (c: Pick<Contest, 'name'>) => plainInline(c.name);

/** ICU select keys are identifiers: `new-customers` is `customers` in the catalog. */
export const selectorOf = (metric: Contest['metric']) => (metric === 'new-customers' ? 'customers' : metric);

export function metricText(say: Speaker, c: Contest, ctx: ContestContext): string {
  return say.t('contest.metric', {
    metric: selectorOf(c.metric),
    product: plainInline(ctx.productName ?? '?'),
  });
}

function goalText(say: Speaker, c: Contest, goal: number, currency: string): string {
  switch (c.metric) {
    case 'revenue':
    case 'product':
      return say.money(goal, currency);
    case 'deals':
      return say.t('contest.figureDeals', { count: goal });
    case 'new-customers':
      return say.t('contest.figureNew', { count: goal });
    case 'attainment':
      return say.t('contest.figureAttainment', { percent: goal });
  }
}

export function figureOf(say: Speaker, c: Contest, row: StandingRow, currency: string): string {
  if (c.metric === 'attainment') return say.t('contest.figureAttainment', { percent: row.percent ?? 0 });
  return goalText(say, c, row.num, currency);
}

const whoOf = (c: Contest, row: StandingRow) =>
  c.mode === 'individual' ? `<@${row.key}>` : `*${plainInline(row.name)}*`;

/** The rules in plain words: what counts, who competes, when posts go out, the goal and the prize. */
export function rulesLines(say: Speaker, c: Contest, ctx: ContestContext): string[] {
  const lines = [
    say.t('contest.rules', {
      name: nameOf(c),
      metric: metricText(say, c, ctx),
      mode: say.t('contest.mode', { mode: c.mode }),
      from: c.startsOn,
      to: c.endsOn,
      cadence: c.standings,
    }),
  ];
  if (c.metric === 'attainment') lines.push(say.t('contest.rulesAttainment'));
  if (c.managerId) lines.push(say.t('contest.rulesTeam', { member: c.managerId }));
  if (c.goal !== null)
    lines.push(say.t('contest.rulesGoal', { goal: goalText(say, c, c.goal, ctx.currency) }));
  if (c.prize) lines.push(say.t('contest.rulesPrize', { prize: plainInline(c.prize) }));
  return lines;
}

function rowLine(say: Speaker, c: Contest, row: StandingRow, currency: string, callerId: string | null) {
  const mine = callerId !== null && (row.key === callerId || row.members.includes(callerId));
  return (
    say.t('contest.line', {
      place: placeOf(row.rank),
      entrant: whoOf(c, row),
      figure: figureOf(say, c, row, currency),
    }) +
    (row.reachedGoal ? say.t('contest.goalReached') : '') +
    (mine ? say.t('contest.you') : '')
  );
}

export interface StandingsViewInput {
  contest: Contest;
  standings: Standings;
  ctx: ContestContext;
  say: Speaker;
  /** The first line (a post's title); the contest's name and dates when absent. */
  title?: string;
  /** The reader, whose own row is shown (and marked) even below the top 10. */
  callerId?: string | null;
  /** Whether the reader takes part (their "you" line). */
  callerTakesPart?: boolean;
  final?: boolean;
  withRules?: boolean;
}

/**
 * Standings: the top 10 places (a tie on the 10th shown whole), then the reader's own row, the
 * winners on a final result, who has nothing yet, and the rules. Fits one message whatever it holds.
 */
export function standingsView(input: StandingsViewInput): Reply {
  const { contest: c, standings, ctx, say } = input;
  const callerId = input.callerId ?? null;
  const title =
    input.title ?? say.t('contest.standingsTitle', { name: nameOf(c), from: c.startsOn, to: c.endsOn });
  const top = standings.ranked.filter((r) => r.rank <= 10);
  const lines = top.map((r) => rowLine(say, c, r, ctx.currency, callerId));
  const own = callerId
    ? standings.ranked.find((r) => r.key === callerId || r.members.includes(callerId))
    : undefined;
  if (own && !top.includes(own)) lines.push('…', rowLine(say, c, own, ctx.currency, callerId));
  const body = lines.length ? lines.join('\n') : say.t(input.final ? 'contest.noWinner' : 'contest.empty');
  const blocks: KnownBlock[] = [section(title)];
  if (input.final && standings.ranked.length > 0) {
    const winners = standings.ranked.filter((r) => r.rank === 1);
    blocks.push(
      section(
        say.t('contest.winners', {
          count: winners.length,
          winners: listWithMore(
            winners.map((w) => whoOf(c, w)),
            SLACK.sectionText - 200,
          ),
        }),
      ),
    );
  }
  blocks.push(...sections(body));
  const notes: string[] = [];
  if (callerId && input.callerTakesPart !== undefined) {
    if (!input.callerTakesPart) notes.push(say.t('contest.youNotIn'));
    else if (!own) notes.push(say.t('contest.youNothing'));
    else
      notes.push(
        say.t('contest.yourRow', {
          place: placeOf(own.rank),
          entrant: whoOf(c, own),
          figure: figureOf(say, c, own, ctx.currency),
        }),
      );
  }
  if (standings.notYet.length) notes.push(say.t('contest.notYet', { count: standings.notYet.length }));
  if (standings.noTarget.length)
    notes.push(
      say.t('contest.noTarget', {
        members: listWithMore(
          standings.noTarget.map((m) => `<@${m}>`),
          SLACK.contextText - 60,
        ),
      }),
    );
  if (notes.length) blocks.push(context(...notes));
  if (input.withRules) blocks.push(context(...rulesLines(say, c, ctx)));
  return fitReply([title, body, ...notes].join('\n'), blocks, SLACK.fallbackText);
}

/** The start post: what, until when, and the rules. */
/** `today` (team time) is after the start when a contest is created once it has begun. */
export function startPost(say: Speaker, c: Contest, ctx: ContestContext, today: string): Reply {
  const title = say.t('contest.startPost', {
    name: nameOf(c),
    late: String(today > c.startsOn),
    from: c.startsOn,
    to: c.endsOn,
    metric: metricText(say, c, ctx),
    mode: say.t('contest.mode', { mode: c.mode }),
  });
  const rules = rulesLines(say, c, ctx);
  return fitReply([title, ...rules].join('\n'), [section(title), context(...rules)], SLACK.fallbackText);
}

export interface ListedContest {
  contest: Contest;
  ctx: ContestContext;
  /** The reader's place, when they have one. */
  place: number | null;
}

export function contestListView(
  say: Speaker,
  running: readonly ListedContest[],
  upcoming: readonly ListedContest[],
): Reply {
  if (running.length === 0 && upcoming.length === 0)
    return fitReply(say.t('contest.listNone'), sections(say.t('contest.listNone')));
  const item = (l: ListedContest) => {
    const params = {
      name: nameOf(l.contest),
      metric: metricText(say, l.contest, l.ctx),
      from: l.contest.startsOn,
      to: l.contest.endsOn,
    };
    return l.place !== null
      ? say.t('contest.listItemYou', { ...params, place: placeOf(l.place) })
      : say.t('contest.listItem', params);
  };
  const lines: string[] = [];
  if (running.length) lines.push(say.t('contest.listRunning'), ...running.map(item));
  if (upcoming.length) lines.push(say.t('contest.listUpcoming'), ...upcoming.map(item));
  return fitReply(lines.join('\n'), [...sections(lines), context(say.t('contest.listHint'))]);
}

export function contestHistoryView(
  say: Speaker,
  past: ReadonlyArray<{ contest: Contest; standings: Standings }>,
): Reply {
  if (past.length === 0) return fitReply(say.t('contest.historyNone'));
  const lines = [say.t('contest.historyTitle')];
  for (const { contest, standings } of past) {
    const winners = standings.ranked.filter((r) => r.rank === 1);
    lines.push(
      say.t('contest.historyItem', {
        name: nameOf(contest),
        from: contest.startsOn,
        to: contest.endsOn,
        winners: winners.length
          ? listWithMore(
              winners.map((w) => whoOf(contest, w)),
              SLACK.sectionText - 300,
            )
          : say.t('contest.noWinner'),
      }),
    );
  }
  return fitReply(lines.join('\n'), sections(lines));
}
