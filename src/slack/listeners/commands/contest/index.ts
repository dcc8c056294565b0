import type { AppDeps } from '../../../../app-deps.js';
import {
  type ContestProblem,
  type ContestSpec,
  parseContestLine,
} from '../../../../domain/contests/contest.js';
import type { Contest } from '../../../../domain/entities/contest.js';
import type { Member } from '../../../../domain/entities/member.js';
import { memberSpeaker } from '../../../../services/language-settings.js';
import { CURRENCY } from '../../../../services/settings-service.js';
import {
  contestHistory,
  contestsOverview,
  createContest,
  findContest,
  participantsOf,
  runningContestsOf,
  standingsOf,
  teamToday,
} from '../../../../use-cases/contests.js';
import type { HelpEntry } from '../../../help-entry.js';
import { plainInline } from '../../../mrkdwn.js';
import { UserFacingError } from '../../../user-facing-error.js';
import { context, fitReply, type Reply, sections } from '../../../views/blocks.js';
import { contestModal } from '../../../views/contests/contest-modal.js';
import {
  type ContestContext,
  contestHistoryView,
  contestListView,
  contestProblemText,
  rulesLines,
  standingsView,
} from '../../../views/contests/contest-views.js';
import { type CommandHandler, registerCommand } from '../../command-listener.js';
import type { ListenerRouter } from '../../listener-router.js';
import { registerContestModal } from '../../views/contest-modal-submission.js';

export const help: HelpEntry[] = [
  { usage: '/contest', example: '/contest', descriptionKey: 'help.contest.list' },
  {
    usage: '/contest <name>',
    example: '/contest December hunt',
    descriptionKey: 'help.contest.standings',
  },
  {
    usage: '/contest rules <name>',
    example: '/contest rules December hunt',
    descriptionKey: 'help.contest.rules',
  },
  { usage: '/contest history', example: '/contest history', descriptionKey: 'help.contest.history' },
  {
    usage:
      '/contest new ["<name>" <revenue|deals|new-customers|attainment|product:<name>> <start> <end> [teams:region] [goal:<n>] [standings:daily|weekly] [prize:<text>]]',
    example:
      '/contest new "December hunt" new-customers 2026-12-01 2026-12-31 teams:region prize:Team dinner',
    descriptionKey: 'help.contest.new',
  },
];

export function contestContext(deps: AppDeps, contest: Contest): ContestContext {
  return {
    currency: deps.settings.get(CURRENCY),
    productName: contest.productId ? (deps.products.byId(contest.productId)?.name ?? null) : null,
  };
}

export const refusal = (deps: AppDeps, caller: Member, problem: ContestProblem) =>
  new UserFacingError(contestProblemText(memberSpeaker(deps, caller.userId), problem));

/** Creates a contest from the form or the line, and says what was created with its rules. */
export function createAndConfirm(
  deps: AppDeps,
  caller: Member,
  spec: ContestSpec,
): { ok: true; reply: Reply } | { ok: false; problem: ContestProblem } {
  const created = createContest(deps, caller, spec);
  if (!created.ok) return created;
  const { contest, started } = created.value;
  const say = memberSpeaker(deps, caller.userId);
  // A contest starting today gets its start post now rather than at the job's next tick.
  if (!deps.scheduler.stopped)
    deps.scheduler
      .tick('contests')
      .catch((error: unknown) => deps.logger.warn('contests tick failed', error));
  const first = say.t('contest.created', {
    name: plainName(contest),
    from: contest.startsOn,
    to: contest.endsOn,
    started: String(started),
  });
  const rules = rulesLines(say, contest, contestContext(deps, contest));
  return { ok: true, reply: fitReply([first, ...rules].join('\n'), [...sections(first), context(...rules)]) };
}

const plainName = (c: Contest) => plainInline(c.name);

function requireContest(deps: AppDeps, caller: Member, name: string): Contest {
  const contest = findContest(deps, name.trim());
  if (!contest) throw refusal(deps, caller, { code: 'notFound', params: { typed: name.trim() } });
  return contest;
}

const handleContest: CommandHandler = async (input, deps, { client }) => {
  const { caller } = input;
  const say = memberSpeaker(deps, caller.userId);
  const [, first = '', rest = ''] = /^(\S*)\s*([\s\S]*)$/.exec(input.text.trim()) ?? [];
  const word = first.toLowerCase();
  if (word === '') {
    const { running, upcoming } = contestsOverview(deps);
    const mine = new Map(
      runningContestsOf(deps, caller.userId).map((m) => [m.contest.id, m.row?.rank ?? null]),
    );
    const listed = (c: Contest) => ({
      contest: c,
      ctx: contestContext(deps, c),
      place: mine.get(c.id) ?? null,
    });
    return contestListView(say, running.map(listed), upcoming.map(listed));
  }
  if (word === 'new') {
    if (rest === '') {
      if (!deps.directory.isAdmin(caller) && caller.role !== 'manager')
        throw refusal(deps, caller, { code: 'notAllowed' });
      await client.views.open({
        trigger_id: input.triggerId,
        view: contestModal({
          say,
          today: teamToday(deps),
          products: deps.products.list(),
          metadata: { channelId: input.channelId },
        }),
      });
      return null;
    }
    const parsed = parseContestLine(rest, deps.settings.get(CURRENCY));
    if (!parsed.ok) throw refusal(deps, caller, parsed.problem);
    const created = createAndConfirm(deps, caller, parsed.value);
    if (!created.ok) throw refusal(deps, caller, created.problem);
    return created.reply;
  }
  if (word === 'history') return contestHistoryView(say, contestHistory(deps));
  if (word === 'rules' && rest !== '') {
    const contest = requireContest(deps, caller, rest);
    const lines = rulesLines(say, contest, contestContext(deps, contest));
    return fitReply(lines.join('\n'), sections(lines));
  }
  const contest = requireContest(deps, caller, input.text);
  const participants = participantsOf(deps, contest);
  const me = participants.find((p) => p.memberId === caller.userId);
  return standingsView({
    contest,
    standings: standingsOf(deps, contest),
    ctx: contestContext(deps, contest),
    say,
    callerId: caller.userId,
    callerTakesPart: !!me && (contest.mode === 'individual' || me.team !== null),
    final: contest.finalJson !== null,
    withRules: true,
  });
};

export function registerContest(router: ListenerRouter, deps: AppDeps): void {
  registerCommand(router, deps, '/contest', handleContest);
  registerContestModal(router, deps);
}
