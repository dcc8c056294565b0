import type { ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import type { AppDeps } from '../../../app-deps.js';
import { parsePeriod, periodLabel } from '../../../domain/periods.js';
import { hasControlCharacters } from '../../../domain/text.js';
import { CHECKIN_QUESTIONS } from '../../../services/checkin-settings.js';
import { roundByKey, submitAnswers, todayOf, weekSummary } from '../../../use-cases/checkins.js';
import { changeSetting } from '../../../use-cases/team-setup.js';
import { VIEWS } from '../../ids.js';
import { escapeMrkdwn } from '../../mrkdwn.js';
import { checkinDm, FEEDBACK_FIELDS } from '../../views/checkins/checkin-views.js';
import { parseQuestionLines } from '../commands/checkin/question-lines.js';
import { interactionCaller } from '../interaction-caller.js';
import type { ListenerRouter } from '../listener-router.js';
import { readViewMetadata } from './view-metadata.js';

type Values = ViewSubmitAction['view']['state']['values'];

const read = (values: Values, block: string): string | null => {
  const v = values[block]?.value;
  return v?.selected_option?.value ?? v?.value ?? null;
};

export function registerCheckinSubmissions(router: ListenerRouter, deps: AppDeps): void {
  router.view<ViewSubmitAction>(VIEWS.checkinModal, async ({ ack, body, view, client }) => {
    const metadata = readViewMetadata(view.private_metadata, z.object({ roundKey: z.string() }));
    const round = roundByKey(deps, metadata?.roundKey ?? '');
    const caller = await interactionCaller(deps, body.user.id);
    const questions = deps.settings.get(CHECKIN_QUESTIONS);
    if (!round) {
      await ack({
        response_action: 'errors',
        errors: { [questions[0]!.id]: 'This round no longer exists.' },
      });
      return;
    }
    const raw = Object.fromEntries(questions.map((q) => [q.id, read(view.state.values, q.id)]));
    const result = submitAnswers(deps, caller, round, raw);
    if (!result.ok) {
      const errors = 'closed' in result ? { [questions[0]!.id]: 'This check-in has closed.' } : result.errors;
      await ack({ response_action: 'errors', errors });
      return;
    }
    await ack();
    // The DM now shows the answers, with Edit until the round closes.
    const checkin = deps.checkins.get(round.key, caller.userId);
    const dm = checkinDm({
      roundLabel: periodLabel(round.period),
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
    );
    const errors = Object.fromEntries(
      FEEDBACK_FIELDS.flatMap((f) =>
        !values[f]
          ? [[f, 'Please write a sentence.']]
          : hasControlCharacters(values[f]!, { allowNewlines: true })
            ? [[f, 'Plain text, please.']]
            : [],
      ),
    );
    if (Object.keys(errors).length) {
      await ack({ response_action: 'errors', errors });
      return;
    }
    const manager = await interactionCaller(deps, body.user.id);
    const member = deps.members.get(memberId);
    if (!member || (member.managerId !== manager.userId && !deps.directory.isAdmin(manager))) {
      await ack({
        response_action: 'errors',
        errors: { went_well: 'Only their manager (or an admin) gives this feedback.' },
      });
      return;
    }
    await ack();
    const stored = deps.checkins.addFeedback(
      {
        managerId: manager.userId,
        memberId,
        monthKey,
        wentWell: values.went_well!,
        improve: values.improve!,
        goal: values.goal!,
        givenAt: deps.clock.now().toISOString(),
      },
      `view:${view.id}`,
    );
    if (!stored) return;
    const month = parsePeriod(monthKey);
    const text =
      `*Feedback from <@${manager.userId}>${month ? ` · ${periodLabel(month)}` : ''}*\n` +
      `*What went well:* ${escapeMrkdwn(values.went_well!)}\n*What to improve:* ${escapeMrkdwn(values.improve!)}\n` +
      `*One goal for next month:* ${escapeMrkdwn(values.goal!)}`;
    await deps.sender.dm(memberId, { text });
    await client.chat.postMessage({ channel: manager.userId, text: `Sent your feedback to <@${memberId}>.` });
  });

  router.view<ViewSubmitAction>(VIEWS.checkinQuestionsModal, async ({ ack, body, view }) => {
    const parsed = parseQuestionLines(read(view.state.values, 'questions') ?? '');
    if (!parsed.ok) {
      await ack({ response_action: 'errors', errors: { questions: parsed.error } });
      return;
    }
    const caller = await interactionCaller(deps, body.user.id);
    if (!deps.directory.isAdmin(caller)) {
      await ack({ response_action: 'errors', errors: { questions: 'Only admins change the questions.' } });
      return;
    }
    await ack();
    changeSetting(deps, CHECKIN_QUESTIONS, parsed.questions, caller.userId);
  });
}
