import type { ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import type { AppDeps } from '../../../app-deps.js';
import { parsePeriod } from '../../../domain/periods.js';
import type { MessageKey } from '../../../i18n/catalog.js';
import { CHECKIN_QUESTIONS } from '../../../services/checkin-settings.js';
import { memberSpeaker } from '../../../services/language-settings.js';
import {
  FEEDBACK_FIELDS,
  type FeedbackField,
  giveFeedback,
  roundByKey,
  submitAnswers,
  todayOf,
  weekSummary,
} from '../../../use-cases/checkins.js';
import { changeSetting } from '../../../use-cases/team-setup.js';
import { VIEWS } from '../../ids.js';
import { answerProblemText, checkinDm, feedbackDm } from '../../views/checkins/checkin-views.js';
import { parseQuestionLines } from '../commands/checkin/question-lines.js';
import { interactionCaller } from '../interaction-caller.js';
import type { ListenerRouter } from '../listener-router.js';
import { readViewMetadata } from './view-metadata.js';

type Values = ViewSubmitAction['view']['state']['values'];

const read = (values: Values, block: string): string | null => {
  const v = values[block]?.value;
  return v?.selected_option?.value ?? v?.value ?? null;
};

const FEEDBACK_ERRORS: Record<'empty' | 'control' | 'not_manager', MessageKey> = {
  empty: 'checkin.feedback.empty',
  control: 'checkin.feedback.plain',
  not_manager: 'checkin.feedback.notManager',
};

export function registerCheckinSubmissions(router: ListenerRouter, deps: AppDeps): void {
  router.view<ViewSubmitAction>(VIEWS.checkinModal, async ({ ack, body, view, client }) => {
    const metadata = readViewMetadata(view.private_metadata, z.object({ roundKey: z.string() }));
    const round = roundByKey(deps, metadata?.roundKey ?? '');
    const caller = await interactionCaller(deps, body.user.id);
    const say = memberSpeaker(deps, caller.userId);
    const questions = deps.settings.get(CHECKIN_QUESTIONS);
    if (!round) {
      await ack({
        response_action: 'errors',
        errors: { [questions[0]!.id]: say.t('checkin.error.noRound') },
      });
      return;
    }
    const raw = Object.fromEntries(questions.map((q) => [q.id, read(view.state.values, q.id)]));
    const result = submitAnswers(deps, caller, round, raw);
    if (!result.ok) {
      const errors =
        'closed' in result
          ? { [questions[0]!.id]: say.t('checkin.error.closed') }
          : Object.fromEntries(
              Object.entries(result.errors).map(([id, p]) => [id, answerProblemText(say, p)]),
            );
      await ack({ response_action: 'errors', errors });
      return;
    }
    await ack();
    // The DM now shows the answers, with Edit until the round closes.
    const checkin = deps.checkins.get(round.key, caller.userId);
    const dm = checkinDm(say, {
      period: round.period,
      roundKey: round.key,
      summary: weekSummary(deps, caller.userId, round, todayOf(deps)),
      questions,
      answers: result.answers,
      open: true,
    });
    if (checkin?.channel && checkin.ts)
      await client.chat.update({ channel: checkin.channel, ts: checkin.ts, ...dm });
    else await client.chat.postMessage({ channel: caller.userId, ...dm });
  });

  router.view<ViewSubmitAction>(VIEWS.feedbackModal, async ({ ack, body, view, client }) => {
    const [memberId = '', monthKey = ''] = view.private_metadata.split('|');
    const values = Object.fromEntries(
      FEEDBACK_FIELDS.map((f) => [f, (read(view.state.values, f) ?? '').trim()]),
    ) as Record<FeedbackField, string>;
    const manager = await interactionCaller(deps, body.user.id);
    const say = memberSpeaker(deps, manager.userId);
    const result = giveFeedback(deps, manager, { memberId, monthKey, values }, `view:${view.id}`);
    if (!result.ok) {
      const errors = Object.fromEntries(
        Object.entries(result.errors).map(([field, code]) => [field, say.t(FEEDBACK_ERRORS[code])]),
      );
      await ack({ response_action: 'errors', errors });
      return;
    }
    await ack();
    if (!result.stored) return;
    // The report reads it in their own language; the manager's confirmation is in the manager's.
    const text = feedbackDm(memberSpeaker(deps, memberId), {
      managerId: manager.userId,
      month: parsePeriod(monthKey),
      monthKey,
      values,
    });
    await deps.sender.dm(memberId, { text });
    await client.chat.postMessage({
      channel: manager.userId,
      text: say.t('checkin.feedback.sent', { member: memberId }),
    });
  });

  router.view<ViewSubmitAction>(VIEWS.checkinQuestionsModal, async ({ ack, body, view }) => {
    const caller = await interactionCaller(deps, body.user.id);
    const say = memberSpeaker(deps, caller.userId);
    const parsed = parseQuestionLines(read(view.state.values, 'questions') ?? '');
    if (!parsed.ok) {
      const text =
        parsed.error.code === 'count'
          ? say.t('checkin.questions.count')
          : say.t('checkin.questions.line', { line: parsed.error.line });
      await ack({ response_action: 'errors', errors: { questions: text } });
      return;
    }
    if (!deps.directory.isAdmin(caller)) {
      await ack({ response_action: 'errors', errors: { questions: say.t('checkin.questions.adminsOnly') } });
      return;
    }
    await ack();
    changeSetting(deps, CHECKIN_QUESTIONS, parsed.questions, caller.userId);
  });
}
