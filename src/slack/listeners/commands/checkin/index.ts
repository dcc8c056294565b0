import type { AppDeps } from '../../../../app-deps.js';
import { parseCheckinScheduleCommand, parsePauseUntil } from '../../../../domain/checkins/commands.js';
import { closesAt, dueAt } from '../../../../domain/checkins/due.js';
import { checkinScheduleErrors } from '../../../../domain/checkins/schedule.js';
import { parsePeriod, periodLabel } from '../../../../domain/periods.js';
import { weekdayName } from '../../../../domain/schedule.js';
import { isLocalDate } from '../../../../domain/time.js';
import { HOLIDAYS } from '../../../../services/calendar-settings.js';
import { CHECKIN_QUESTIONS, CHECKIN_RHYTHM } from '../../../../services/checkin-settings.js';
import {
  canReadAnswers,
  prefillOf,
  roundAt,
  scheduleOf,
  timezoneOf,
  todayOf,
} from '../../../../use-cases/checkins.js';
import { changeSetting } from '../../../../use-cases/team-setup.js';
import type { HelpEntry } from '../../../help-entry.js';
import { VIEWS } from '../../../ids.js';
import { readUserMention } from '../../../mentions.js';
import { escapeMrkdwn } from '../../../mrkdwn.js';
import { UserFacingError } from '../../../user-facing-error.js';
import { textReply } from '../../../views/blocks.js';
import { answersText, checkinModal } from '../../../views/checkins/checkin-views.js';
import { truncateMrkdwn } from '../../../views/fit.js';
import { type CommandHandler, registerCommand } from '../../command-listener.js';
import type { ListenerRouter } from '../../listener-router.js';
import { requireAdmin } from '../pacer/admin-guard.js';
import { questionLines } from './question-lines.js';

export const help: HelpEntry[] = [
  { usage: '/checkin', example: '/checkin', description: 'answer the current check-in now' },
  { usage: '/checkin history', example: '/checkin history', description: 'your past answers and feedback' },
  {
    usage: '/checkin pause until <YYYY-MM-DD> | resume',
    example: '/checkin pause until 2026-12-28',
    description: 'skip rounds while you are away',
  },
  {
    usage: '/checkin answers <@user>',
    example: '/checkin answers @ana',
    description: "a report's answers (their manager and admins only)",
  },
  {
    usage: '/checkin schedule <weekly|biweekly|monthly> <day> <HH:MM>',
    example: '/checkin schedule weekly thursday 15:00',
    description: "when check-ins go out, in each member's own time",
    adminOnly: true,
  },
  {
    usage: '/checkin holiday add <YYYY-MM-DD> [name] | list | remove <YYYY-MM-DD>',
    example: '/checkin holiday add 2026-12-24 Christmas Eve',
    description: 'team holidays: no round, no target share',
    adminOnly: true,
  },
  {
    usage: '/checkin reminder <hours>',
    example: '/checkin reminder 4',
    description: 'how long before the one reminder',
    adminOnly: true,
  },
  {
    usage: '/checkin questions',
    example: '/checkin questions',
    description: 'edit the check-in questions',
    adminOnly: true,
  },
];

const startNow: CommandHandler = async ({ caller, triggerId }, deps, { client }) => {
  if (caller.role !== 'rep')
    throw new UserFacingError('Check-ins are for reps; managers get the digest instead.');
  const timezone = timezoneOf(deps, caller);
  const round = roundAt(deps, deps.clock.now(), timezone);
  const schedule = scheduleOf(deps);
  const due = dueAt(round, timezone, schedule);
  const existing = deps.checkins.get(round.key, caller.userId);
  if (deps.clock.now() >= (existing?.closesAt ?? closesAt(due, schedule))) {
    return textReply('There is no check-in open right now. The next one comes on schedule.');
  }
  await client.views.open({
    trigger_id: triggerId,
    view: checkinModal(
      deps.settings.get(CHECKIN_QUESTIONS),
      round.key,
      existing ? prefillOf(deps, existing) : null,
    ),
  });
  return null;
};

/** History shows each answer and each feedback cut to this, so five rounds fit one reply. */
const ANSWER_MAX = 1_000;
const cut = (text: string) => truncateMrkdwn(escapeMrkdwn(text), ANSWER_MAX);

const history: CommandHandler = async ({ caller }, deps) =>
  readAnswers(deps, caller.userId, 'Your check-ins');

function readAnswers(deps: AppDeps, memberId: string, title: string) {
  const questions = deps.settings.get(CHECKIN_QUESTIONS);
  const rounds = deps.checkins.history(memberId, 5).map((c) => {
    const period = parsePeriod(c.roundKey);
    // Read against the questions they answered: the list may have changed since.
    return `*${period ? periodLabel(period) : c.roundKey}*\n${answersText(c.questions ?? questions, c.answers ?? {}, ANSWER_MAX)}`;
  });
  const feedback = deps.checkins
    .feedbackFor(memberId, 3)
    .map(
      (f) =>
        `*Feedback from <@${f.managerId}>, ${f.monthKey}*\nWent well: ${cut(f.wentWell)}\nTo improve: ${cut(f.improve)}\nGoal: ${cut(f.goal)}`,
    );
  if (rounds.length + feedback.length === 0) return textReply(`${title}: nothing yet.`);
  return textReply(`*${title}*\n${[...rounds, ...feedback].join('\n\n')}`);
}

const answers: CommandHandler = async ({ caller, text }, deps) => {
  const mention = readUserMention(text, '`/checkin answers @ana`.');
  if (!mention.ok) throw new UserFacingError(mention.error);
  const memberId = mention.id;
  if (!canReadAnswers(deps, caller, memberId)) {
    throw new UserFacingError(
      'Check-in answers are private: only the member, their manager and admins can read them.',
    );
  }
  return readAnswers(
    deps,
    memberId,
    `Check-ins of ${escapeMrkdwn(deps.members.get(memberId)?.name ?? memberId)}`,
  );
};

const pause: CommandHandler = async ({ caller, text }, deps) => {
  const parsed = parsePauseUntil(text, todayOf(deps));
  if (!parsed.ok) throw new UserFacingError(parsed.error);
  deps.checkins.pause(caller.userId, parsed.value);
  return textReply(
    `Check-ins paused until ${parsed.value} (included). \`/checkin resume\` turns them back on.`,
  );
};

const holiday: CommandHandler = async ({ caller, text }, deps) => {
  const [verb = 'list', date = '', ...name] = text.split(/\s+/);
  const holidays = deps.settings.get(HOLIDAYS);
  if (verb === 'list') {
    return textReply(
      holidays.length
        ? `*Team holidays:* ${holidays.map((h) => `${h.date}${h.name ? ` ${escapeMrkdwn(h.name)}` : ''}`).join(', ')}`
        : 'No team holidays yet.',
    );
  }
  requireAdmin(deps, caller, 'change team holidays');
  if (!isLocalDate(date))
    throw new UserFacingError(
      'Give the date as YYYY-MM-DD, e.g. `/checkin holiday add 2026-12-24 Christmas Eve`.',
    );
  if (verb === 'add') {
    const next = [
      ...holidays.filter((h) => h.date !== date),
      { date, name: name.join(' ').slice(0, 80) },
    ].sort((a, b) => a.date.localeCompare(b.date));
    changeSetting(deps, HOLIDAYS, next, caller.userId);
    return textReply(`${date} is a team holiday: no check-in round and no share of targets that day.`);
  }
  if (verb === 'remove') {
    changeSetting(
      deps,
      HOLIDAYS,
      holidays.filter((h) => h.date !== date),
      caller.userId,
    );
    return textReply(`${date} is no longer a team holiday.`);
  }
  throw new UserFacingError('Use `/checkin holiday add|list|remove <YYYY-MM-DD>`.');
};

const schedule: CommandHandler = async ({ caller, text }, deps) => {
  requireAdmin(deps, caller, 'change the check-in schedule');
  const parsed = parseCheckinScheduleCommand(text);
  if (!parsed.ok) throw new UserFacingError(parsed.error);
  changeSetting(
    deps,
    CHECKIN_RHYTHM,
    { ...deps.settings.get(CHECKIN_RHYTHM), ...parsed.value },
    caller.userId,
  );
  return textReply(
    `Check-ins now go out ${parsed.value.cadence} on ${weekdayName(parsed.value.weekday)} at ${parsed.value.time}, in each member's own timezone.`,
  );
};

const reminder: CommandHandler = async ({ caller, text }, deps) => {
  requireAdmin(deps, caller, 'change the reminder delay');
  const hours = Number(text.trim());
  if (!Number.isInteger(hours) || hours < 1 || hours > 72)
    throw new UserFacingError('Give whole hours from 1 to 72, e.g. `/checkin reminder 4`.');
  // The schedule's own rules decide (a reminder after the check-in closes would never go out).
  const current = scheduleOf(deps);
  const [problem] = checkinScheduleErrors({ ...current, reminderAfterHours: hours });
  if (problem)
    throw new UserFacingError(
      `${problem} A check-in closes ${current.closeAfterHours} h after it arrives, e.g. \`/checkin reminder 4\`.`,
    );
  changeSetting(
    deps,
    CHECKIN_RHYTHM,
    { ...deps.settings.get(CHECKIN_RHYTHM), reminderAfterHours: hours },
    caller.userId,
  );
  return textReply(
    `Members who have not answered get one reminder ${hours} h after their check-in, inside their working hours.`,
  );
};

const questions: CommandHandler = async ({ caller, triggerId }, deps, { client }) => {
  requireAdmin(deps, caller, 'change the check-in questions');
  await client.views.open({
    trigger_id: triggerId,
    view: {
      type: 'modal',
      callback_id: VIEWS.checkinQuestionsModal,
      title: { type: 'plain_text', text: 'Check-in questions' },
      submit: { type: 'plain_text', text: 'Save' },
      blocks: [
        {
          type: 'input',
          block_id: 'questions',
          label: { type: 'plain_text', text: 'One question per line' },
          hint: {
            type: 'plain_text',
            text: 'Start a line with [1-5] for a 1–5 scale; end it with (optional) if it may be skipped.',
          },
          element: {
            type: 'plain_text_input',
            action_id: 'value',
            multiline: true,
            max_length: 2000,
            initial_value: questionLines(deps.settings.get(CHECKIN_QUESTIONS)),
          },
        },
      ],
    },
  });
  return null;
};

const handleCheckin: CommandHandler = async (input, deps, tools) => {
  const [, word = '', rest = ''] = /^(\S*)\s*([\s\S]*)$/.exec(input.text) ?? [];
  const sub: Record<string, CommandHandler> = {
    '': startNow,
    history,
    answers,
    pause,
    resume: async ({ caller }, d) => {
      d.checkins.resume(caller.userId);
      return textReply('Check-ins are back on for you.');
    },
    holiday,
    schedule,
    reminder,
    questions,
  };
  const handler = sub[word.toLowerCase()];
  if (!handler)
    throw new UserFacingError('Try `/checkin`, `/checkin history` or `/checkin pause until 2026-12-28`.');
  return handler({ ...input, text: rest.trim() }, deps, tools);
};

export function registerCheckin(router: ListenerRouter, deps: AppDeps): void {
  registerCommand(router, deps, '/checkin', handleCheckin);
}
