import type { AppDeps } from '../../../../app-deps.js';
import {
  type PauseProblem,
  parseCheckinScheduleCommand,
  parsePauseUntil,
  type ScheduleProblem,
} from '../../../../domain/checkins/commands.js';
import { closesAt, dueAt } from '../../../../domain/checkins/due.js';
import { checkinScheduleErrors } from '../../../../domain/checkins/schedule.js';
import { parsePeriod } from '../../../../domain/periods.js';
import type { MessageKey } from '../../../../i18n/catalog.js';
import type { Speaker } from '../../../../i18n/translator.js';
import { HOLIDAYS } from '../../../../services/calendar-settings.js';
import { CHECKIN_QUESTIONS, CHECKIN_RHYTHM } from '../../../../services/checkin-settings.js';
import { memberSpeaker } from '../../../../services/language-settings.js';
import {
  addTeamHoliday,
  canReadAnswers,
  pauseCheckins,
  prefillOf,
  removeTeamHoliday,
  resumeCheckins,
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
import { answersText, checkinModal, questionLabel } from '../../../views/checkins/checkin-views.js';
import { plainText, SLACK, truncateMrkdwn } from '../../../views/fit.js';
import { type CommandHandler, registerCommand } from '../../command-listener.js';
import type { ListenerRouter } from '../../listener-router.js';
import { requireAdmin } from '../pacer/admin-guard.js';
import { questionLines } from './question-lines.js';

export const help: HelpEntry[] = [
  { usage: '/checkin', example: '/checkin', descriptionKey: 'help.checkin.answer' },
  { usage: '/checkin history', example: '/checkin history', descriptionKey: 'help.checkin.history' },
  {
    usage: '/checkin pause until <YYYY-MM-DD> | resume',
    example: '/checkin pause until 2026-12-28',
    descriptionKey: 'help.checkin.pause',
  },
  {
    usage: '/checkin answers <@user>',
    example: '/checkin answers @ana',
    descriptionKey: 'help.checkin.answers',
  },
  {
    usage: '/checkin schedule <weekly|biweekly|monthly> <day> <HH:MM>',
    example: '/checkin schedule weekly thursday 15:00',
    descriptionKey: 'help.checkin.schedule',
    adminOnly: true,
  },
  {
    usage: '/checkin holiday add <YYYY-MM-DD> [name] | list | remove <YYYY-MM-DD>',
    example: '/checkin holiday add 2026-12-24 Christmas Eve',
    descriptionKey: 'help.checkin.holiday',
    adminOnly: true,
  },
  {
    usage: '/checkin reminder <hours>',
    example: '/checkin reminder 4',
    descriptionKey: 'help.checkin.reminder',
    adminOnly: true,
  },
  {
    usage: '/checkin questions',
    example: '/checkin questions',
    descriptionKey: 'help.checkin.questions',
    adminOnly: true,
  },
];

const startNow: CommandHandler = async ({ caller, triggerId }, deps, { client }) => {
  const say = memberSpeaker(deps, caller.userId);
  if (caller.role !== 'rep') throw new UserFacingError(say.t('checkin.repsOnly'));
  const timezone = timezoneOf(deps, caller);
  const round = roundAt(deps, deps.clock.now(), timezone);
  const schedule = scheduleOf(deps);
  const due = dueAt(round, timezone, schedule);
  const existing = deps.checkins.get(round.key, caller.userId);
  if (deps.clock.now() >= (existing?.closesAt ?? closesAt(due, schedule))) {
    return textReply(say.t('checkin.noneOpen'));
  }
  await client.views.open({
    trigger_id: triggerId,
    view: checkinModal(
      say,
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

const history: CommandHandler = async ({ caller }, deps) => {
  const say = memberSpeaker(deps, caller.userId);
  return readAnswers(deps, say, caller.userId, say.t('checkin.history.mine'));
};

function readAnswers(deps: AppDeps, say: Speaker, memberId: string, title: string) {
  const questions = deps.settings.get(CHECKIN_QUESTIONS);
  const rounds = deps.checkins.history(memberId, 5).map((c) => {
    const period = parsePeriod(c.roundKey);
    // Read against the questions they answered: the list may have changed since.
    return `*${period ? say.period(period) : c.roundKey}*\n${answersText(say, c.questions ?? questions, c.answers ?? {}, ANSWER_MAX)}`;
  });
  const feedback = deps.checkins.feedbackFor(memberId, 3).map((f) => {
    const month = parsePeriod(f.monthKey);
    return say.t('checkin.history.feedback', {
      member: f.managerId,
      period: month ? say.period(month) : f.monthKey,
      wentWell: cut(f.wentWell),
      improve: cut(f.improve),
      goal: cut(f.goal),
    });
  });
  if (rounds.length + feedback.length === 0) return textReply(say.t('checkin.history.empty', { title }));
  return textReply(`*${title}*\n${[...rounds, ...feedback].join('\n\n')}`);
}

const answers: CommandHandler = async ({ caller, text }, deps) => {
  const say = memberSpeaker(deps, caller.userId);
  const mention = readUserMention(text, '`/checkin answers @ana`', say);
  if (!mention.ok) throw new UserFacingError(mention.error);
  const memberId = mention.id;
  if (!canReadAnswers(deps, caller, memberId)) throw new UserFacingError(say.t('checkin.answersPrivate'));
  const name = escapeMrkdwn(deps.members.get(memberId)?.name ?? memberId);
  return readAnswers(deps, say, memberId, say.t('checkin.history.of', { name }));
};

function pauseProblemText(say: Speaker, problem: PauseProblem): string {
  switch (problem.code) {
    case 'usage':
      return say.t('checkin.pause.usage', { example: problem.example });
    case 'past':
      return say.t('checkin.pause.past', {
        date: problem.date,
        today: problem.today,
        example: problem.example,
      });
    case 'tooLong':
      return say.t('checkin.pause.tooLong', { latest: problem.latest, example: problem.example });
  }
}

const pause: CommandHandler = async ({ caller, text }, deps) => {
  const say = memberSpeaker(deps, caller.userId);
  const parsed = parsePauseUntil(text, todayOf(deps));
  if (!parsed.ok) throw new UserFacingError(pauseProblemText(say, parsed.error));
  pauseCheckins(deps, caller, parsed.value);
  return textReply(say.t('checkin.paused', { date: parsed.value }));
};

const resume: CommandHandler = async ({ caller }, deps) => {
  resumeCheckins(deps, caller);
  return textReply(memberSpeaker(deps, caller.userId).t('checkin.resumed'));
};

const holiday: CommandHandler = async ({ caller, text }, deps) => {
  const say = memberSpeaker(deps, caller.userId);
  const [verb = '', date = '', ...name] = text.split(/\s+/);
  if (verb === 'list' || verb === '') {
    const holidays = deps.settings.get(HOLIDAYS);
    return textReply(
      holidays.length
        ? say.t('checkin.holiday.list', {
            list: holidays.map((h) => `${h.date}${h.name ? ` ${escapeMrkdwn(h.name)}` : ''}`).join(', '),
          })
        : say.t('checkin.holiday.none'),
    );
  }
  if (verb !== 'add' && verb !== 'remove') throw new UserFacingError(say.t('checkin.holiday.usage'));
  requireAdmin(deps, caller, 'change team holidays');
  const result =
    verb === 'add'
      ? addTeamHoliday(deps, caller.userId, date, name.join(' '))
      : removeTeamHoliday(deps, caller.userId, date);
  if (!result.ok) throw new UserFacingError(say.t('checkin.holiday.badDate'));
  return textReply(say.t(verb === 'add' ? 'checkin.holiday.added' : 'checkin.holiday.removed', { date }));
};

const SCHEDULE_PROBLEMS: Record<ScheduleProblem['code'], MessageKey> = {
  usage: 'checkin.schedule.usage',
  cadence: 'checkin.schedule.badCadence',
  day: 'checkin.schedule.badDay',
  time: 'checkin.schedule.badTime',
};
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

const schedule: CommandHandler = async ({ caller, text }, deps) => {
  const say = memberSpeaker(deps, caller.userId);
  requireAdmin(deps, caller, 'change the check-in schedule');
  const parsed = parseCheckinScheduleCommand(text);
  if (!parsed.ok) {
    const typed = 'typed' in parsed.error ? escapeMrkdwn(parsed.error.typed) : '';
    throw new UserFacingError(say.t(SCHEDULE_PROBLEMS[parsed.error.code], { typed }));
  }
  changeSetting(
    deps,
    CHECKIN_RHYTHM,
    { ...deps.settings.get(CHECKIN_RHYTHM), ...parsed.value },
    caller.userId,
  );
  return textReply(
    say.t('checkin.schedule.set', {
      cadence: parsed.value.cadence,
      day: DAYS[parsed.value.weekday - 1]!,
      time: parsed.value.time,
    }),
  );
};

const reminder: CommandHandler = async ({ caller, text }, deps) => {
  const say = memberSpeaker(deps, caller.userId);
  requireAdmin(deps, caller, 'change the reminder delay');
  const hours = Number(text.trim());
  if (!Number.isInteger(hours) || hours < 1 || hours > 72)
    throw new UserFacingError(say.t('checkin.reminder.usage'));
  // The schedule's own rules decide (a reminder after the check-in closes would never go out).
  const current = scheduleOf(deps);
  const [problem] = checkinScheduleErrors({ ...current, reminderAfterHours: hours });
  if (problem === 'reminderAfterClose')
    throw new UserFacingError(say.t('checkin.reminder.tooLate', { hours: current.closeAfterHours }));
  if (problem) throw new UserFacingError(say.t('checkin.reminder.usage'));
  changeSetting(
    deps,
    CHECKIN_RHYTHM,
    { ...deps.settings.get(CHECKIN_RHYTHM), reminderAfterHours: hours },
    caller.userId,
  );
  return textReply(say.t('checkin.reminder.set', { hours }));
};

const questions: CommandHandler = async ({ caller, triggerId }, deps, { client }) => {
  const say = memberSpeaker(deps, caller.userId);
  requireAdmin(deps, caller, 'change the check-in questions');
  // Pacer's own questions come in the admin's language: saved, they become the team's wording.
  const current = deps.settings.get(CHECKIN_QUESTIONS).map((q) => ({ ...q, label: questionLabel(say, q) }));
  await client.views.open({
    trigger_id: triggerId,
    view: {
      type: 'modal',
      callback_id: VIEWS.checkinQuestionsModal,
      title: plainText(say.t('checkin.questions.title'), SLACK.viewTitle),
      submit: plainText(say.t('checkin.questions.save'), SLACK.viewTitle),
      blocks: [
        {
          type: 'input',
          block_id: 'questions',
          label: plainText(say.t('checkin.questions.label'), SLACK.inputLabel),
          hint: plainText(say.t('checkin.questions.hint'), SLACK.inputLabel),
          element: {
            type: 'plain_text_input',
            action_id: 'value',
            multiline: true,
            max_length: 2000,
            initial_value: questionLines(current),
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
    resume,
    holiday,
    schedule,
    reminder,
    questions,
  };
  const handler = sub[word.toLowerCase()];
  if (!handler) throw new UserFacingError(memberSpeaker(deps, input.caller.userId).t('checkin.usage'));
  return handler({ ...input, text: rest.trim() }, deps, tools);
};

export function registerCheckin(router: ListenerRouter, deps: AppDeps): void {
  registerCommand(router, deps, '/checkin', handleCheckin);
}
