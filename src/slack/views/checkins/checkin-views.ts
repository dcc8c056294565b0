import type { KnownBlock, View } from '@slack/types';
import type { CheckinDigest } from '../../../domain/checkins/digest.js';
import {
  type AnswerProblem,
  type CheckinAnswers,
  type CheckinQuestion,
  defaultQuestionId,
} from '../../../domain/checkins/questions.js';
import type { Period } from '../../../domain/periods.js';
import type { MessageKey } from '../../../i18n/catalog.js';
import type { Speaker } from '../../../i18n/translator.js';
import { FEEDBACK_FIELDS, type FeedbackField, type WeekSummary } from '../../../use-cases/checkins.js';
import { ACTIONS, VIEWS } from '../../ids.js';
import { escapeMrkdwn } from '../../mrkdwn.js';
import { context, fitReply, header, type Reply, section, sections } from '../blocks.js';
import { chunkLines, listWithMore, pageMarker, paginate, plainText, SLACK, truncateMrkdwn } from '../fit.js';

const QUESTION_KEYS: Record<NonNullable<ReturnType<typeof defaultQuestionId>>, MessageKey> = {
  week: 'checkin.question.week',
  blockers: 'checkin.question.blockers',
  support: 'checkin.question.support',
  confidence: 'checkin.question.confidence',
};

/** A question as the reader sees it: Pacer's own in their language, an admin's as written. */
export function questionLabel(say: Speaker, question: CheckinQuestion): string {
  const own = defaultQuestionId(question);
  return own ? say.t(QUESTION_KEYS[own]) : question.label;
}

/** What is wrong with one answer, in words, for the error under its field. */
export function answerProblemText(say: Speaker, problem: AnswerProblem): string {
  switch (problem.code) {
    case 'required':
      return say.t('checkin.error.required');
    case 'scale':
      return say.t('checkin.error.scale', { min: problem.min, max: problem.max });
    case 'tooLong':
      return say.t('checkin.error.tooLong', {
        max: say.number(problem.max),
        length: say.number(problem.length),
      });
  }
}

/** The member's week in one line: deals and amount, then % of the week's and the month's target. */
export function weekSummaryText(say: Speaker, summary: WeekSummary): string {
  const parts = [
    say.t('checkin.summary.week', {
      count: summary.deals,
      amount: say.money(summary.revenueCents, summary.currency),
    }),
  ];
  if (summary.weekPercent !== null)
    parts.push(say.t('checkin.summary.weekTarget', { percent: summary.weekPercent }));
  if (summary.monthPercent !== null)
    parts.push(say.t('checkin.summary.monthTarget', { percent: summary.monthPercent }));
  return parts.join(' · ');
}

/** Room for a member's answers in their own DM: several 3,000-character answers are cut with …. */
const DM_ANSWERS_BUDGET = 6_000;

/** Each answered question as `*label*` and the answer, escaped; `perAnswer` cuts each answer with …. */
export function answerLines(
  say: Speaker,
  questions: readonly CheckinQuestion[],
  answers: CheckinAnswers,
  perAnswer: number = Number.POSITIVE_INFINITY,
  perLabel: number = Number.POSITIVE_INFINITY,
): string[] {
  return questions
    .filter((q) => answers[q.id] !== undefined)
    .map((q) => {
      const answer = q.kind === 'scale' ? `${answers[q.id]}/5` : escapeMrkdwn(String(answers[q.id]));
      const label = escapeMrkdwn(questionLabel(say, q));
      return `*${truncateMrkdwn(label, perLabel)}*\n${truncateMrkdwn(answer, perAnswer)}`;
    });
}

export function answersText(
  say: Speaker,
  questions: readonly CheckinQuestion[],
  answers: CheckinAnswers,
  perAnswer?: number,
): string {
  return answerLines(say, questions, answers, perAnswer).join('\n');
}

/** The DM each member gets: their week, and Start (or, once answered, the answers and Edit). */
export function checkinDm(
  say: Speaker,
  input: {
    period: Period;
    roundKey: string;
    summary: WeekSummary;
    questions: readonly CheckinQuestion[];
    answers: CheckinAnswers | null;
    open: boolean;
  },
): Reply {
  const title = say.t('checkin.dm.title', { period: say.period(input.period) });
  const summary = weekSummaryText(say, input.summary);
  const blocks: KnownBlock[] = [section(`${title}\n${summary}`)];
  if (input.answers) {
    const count = Math.max(1, Object.keys(input.answers).length);
    const lines = answerLines(say, input.questions, input.answers, Math.floor(DM_ANSWERS_BUDGET / count));
    blocks.push(...(lines.length ? sections(lines) : [section(say.t('checkin.dm.noAnswers'))]));
  }
  if (input.open) {
    blocks.push({
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: ACTIONS.checkinStart,
          value: input.roundKey,
          text: plainText(say.t(input.answers ? 'checkin.dm.edit' : 'checkin.dm.start'), SLACK.buttonText),
          ...(input.answers ? {} : { style: 'primary' as const }),
        },
      ],
    });
  } else if (!input.answers) blocks.push(context(say.t('checkin.dm.closed')));
  blocks.push(context(say.t('checkin.private')));
  const text = input.answers
    ? say.t('checkin.dm.answeredText', { title })
    : say.t('checkin.dm.openText', { title, text: summary });
  return fitReply(text, blocks);
}

/** The check-in form; scale questions are 1–5 selects, text ones multiline inputs. */
export function checkinModal(
  say: Speaker,
  questions: readonly CheckinQuestion[],
  roundKey: string,
  prefill: CheckinAnswers | null,
): View {
  const blocks: KnownBlock[] = questions.slice(0, SLACK.viewBlocks - 1).map((q) => {
    const initial = prefill?.[q.id];
    const element =
      q.kind === 'scale'
        ? {
            type: 'static_select' as const,
            action_id: 'value',
            placeholder: plainText(say.t('checkin.modal.scale'), SLACK.optionText),
            options: [1, 2, 3, 4, 5].map((n) => ({
              text: { type: 'plain_text' as const, text: String(n) },
              value: String(n),
            })),
            ...(initial !== undefined
              ? {
                  initial_option: {
                    text: { type: 'plain_text' as const, text: String(initial) },
                    value: String(initial),
                  },
                }
              : {}),
          }
        : {
            type: 'plain_text_input' as const,
            action_id: 'value',
            multiline: true,
            max_length: 3000,
            ...(initial !== undefined ? { initial_value: String(initial) } : {}),
          };
    return {
      type: 'input',
      block_id: q.id,
      optional: q.optional,
      label: plainText(questionLabel(say, q), SLACK.inputLabel),
      element,
    };
  });
  blocks.push(context(say.t('checkin.private')));
  return {
    type: 'modal',
    callback_id: VIEWS.checkinModal,
    title: plainText(say.t('checkin.modal.title'), SLACK.viewTitle),
    submit: plainText(say.t('checkin.modal.send'), SLACK.viewTitle),
    close: plainText(say.t('checkin.modal.later'), SLACK.viewTitle),
    private_metadata: JSON.stringify({ roundKey }),
    blocks,
  };
}

/** Room on each page for "Not answered: …"; a long list ends in "and N more". */
const MISSING_MAX = 1_000;
/** A manager gets at most this many messages per digest; past it, long answers are cut evenly. */
const DIGEST_MAX_PAGES = 10;
const PAGE_BUDGET = SLACK.blockTextBudget - SLACK.header - MISSING_MAX - 100;
/** Questions repeat for every report: once answers are cut, their labels are too. */
const LABEL_WHEN_CUT = 150;
/** Answers are never cut shorter than this, even if a huge team then needs more than ten pages. */
const SHORTEST_CUT = 40;

/** One report's part of a digest, escaped once: cutting to fit then only slices (no re-escaping). */
interface PreparedEntry {
  title: string;
  answers: Array<{ label: string; answer: string }>;
}

function prepare(say: Speaker, digest: CheckinDigest): PreparedEntry[] {
  return digest.answered.map((entry) => {
    const flags = entry.flags.map((f) =>
      f.kind === 'confidence'
        ? say.t('checkin.digest.lowConfidence', { value: String(f.value) })
        : say.t('checkin.digest.blocker'),
    );
    return {
      title: `<@${entry.memberId}>${flags.length ? ` — ${flags.join(say.t('checkin.digest.flagSeparator'))}` : ''}`,
      answers: entry.questions
        .filter((q) => entry.answers[q.id] !== undefined)
        .map((q) => ({
          label: escapeMrkdwn(questionLabel(say, q)),
          answer: q.kind === 'scale' ? `${entry.answers[q.id]}/5` : escapeMrkdwn(String(entry.answers[q.id])),
        })),
    };
  });
}

function digestBody(entries: readonly PreparedEntry[], perAnswer: number): string[] {
  const perLabel = Number.isFinite(perAnswer) ? Math.min(perAnswer, LABEL_WHEN_CUT) : perAnswer;
  const texts: string[] = [];
  for (const entry of entries) {
    const lines = entry.answers.map(
      (a) => `*${truncateMrkdwn(a.label, perLabel)}*\n${truncateMrkdwn(a.answer, perAnswer)}`,
    );
    texts.push(...chunkLines([entry.title, ...lines]));
  }
  return texts;
}

/**
 * The manager's digest for a round, as one message or, when the answers are long, several pages
 * marked (1/3), (2/3)…, each with a short text for notifications. Nothing anyone wrote is cut unless
 * it would take more than ten messages; then every long answer is cut evenly, and the digest says so.
 */
export function digestView(say: Speaker, period: Period, digest: CheckinDigest): Reply[] {
  const roundLabel = say.period(period);
  let perAnswer = Number.POSITIVE_INFINITY;
  const entries = prepare(say, digest);
  let texts = digestBody(entries, perAnswer);
  let pages = paginate(texts.map(section), 2, SLACK.messageBlocks, PAGE_BUDGET);
  const answerCount = digest.answered.reduce((n, e) => n + Object.keys(e.answers).length, 0);
  while (pages.length > DIGEST_MAX_PAGES && perAnswer > SHORTEST_CUT) {
    perAnswer = Math.max(
      SHORTEST_CUT,
      Number.isFinite(perAnswer)
        ? Math.floor(perAnswer * 0.8)
        : Math.floor((DIGEST_MAX_PAGES * PAGE_BUDGET * 0.8) / Math.max(1, answerCount)),
    );
    texts = digestBody(entries, perAnswer);
    pages = paginate(texts.map(section), 2, SLACK.messageBlocks, PAGE_BUDGET);
  }
  const cut = Number.isFinite(perAnswer) ? 'yes' : 'no';
  // The list gets what the sentence around it leaves of the room (measured with an empty list).
  const around = say.t('checkin.digest.notAnswered', { members: '', cut }).length;
  const missing = digest.notAnswered.length
    ? say.t('checkin.digest.notAnswered', {
        members: listWithMore(
          digest.notAnswered.map((id) => `<@${id}>`),
          MISSING_MAX - around,
          ', ',
          (count) => say.t('checkin.digest.more', { count }),
        ),
        cut,
      })
    : say.t('checkin.digest.everyone', { cut });
  const summary = say.t('checkin.digest.summary', {
    answered: digest.answered.length,
    flagged: digest.flaggedCount,
  });
  let seen = 0;
  return pages.map((page, i) => {
    const marker = pageMarker(i, pages.length);
    const last = i === pages.length - 1;
    const pageTexts = texts.slice(seen, seen + page.length);
    seen += page.length;
    const blocks = [header(say.t('checkin.digest.title', { period: roundLabel, page: marker })), ...page];
    blocks.push(context(last ? missing : say.t('checkin.digest.continued')));
    // The notification: the summary first, so a cut fallback still says what matters.
    const text = [
      say.t('checkin.digest.text', { period: roundLabel, page: marker, text: summary }),
      ...(last ? [missing] : []),
      ...pageTexts,
    ];
    return fitReply(text.join('\n'), blocks, SLACK.fallbackText);
  });
}

/** A prompt lists this many reports (one section and button each), within one message's blocks. */
const FEEDBACK_PROMPT_MAX = 45;

export function feedbackPromptView(
  say: Speaker,
  month: Period,
  reports: Array<{ memberId: string; soFar: FeedbackSoFar; value: string }>,
): Reply {
  const period = say.period(month);
  const blocks: KnownBlock[] = [section(say.t('checkin.feedback.prompt', { period }))];
  const shown = reports.slice(0, FEEDBACK_PROMPT_MAX);
  for (const r of shown) {
    const soFar = say.t(
      r.soFar.percent === null ? 'checkin.feedback.soFar' : 'checkin.feedback.soFarPercent',
      {
        period,
        revenue: say.money(r.soFar.revenueCents, r.soFar.currency),
        count: r.soFar.deals,
        ...(r.soFar.percent === null ? {} : { percent: r.soFar.percent }),
      },
    );
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: truncateMrkdwn(`<@${r.memberId}> — ${soFar}`, SLACK.sectionText) },
      accessory: {
        type: 'button',
        action_id: ACTIONS.feedbackGive,
        value: r.value.slice(0, 2000),
        text: plainText(say.t('checkin.feedback.give'), SLACK.buttonText),
      },
    });
  }
  if (reports.length > shown.length) {
    blocks.push(context(say.t('checkin.feedback.moreReports', { count: reports.length - shown.length })));
  }
  return fitReply(say.t('checkin.feedback.promptText', { period, count: reports.length }), blocks);
}

/** A report's month so far, for the manager's feedback prompt. */
export interface FeedbackSoFar {
  deals: number;
  revenueCents: number;
  currency: string;
  /** Whole percent of the month's target, or null without one. */
  percent: number | null;
}

const FEEDBACK_LABELS: Record<FeedbackField, MessageKey> = {
  went_well: 'checkin.feedback.wentWell',
  improve: 'checkin.feedback.improve',
  goal: 'checkin.feedback.goal',
};

export function feedbackModal(say: Speaker, memberName: string, value: string): View {
  return {
    type: 'modal',
    callback_id: VIEWS.feedbackModal,
    title: plainText(say.t('checkin.feedback.give'), SLACK.viewTitle),
    submit: plainText(say.t('checkin.modal.send'), SLACK.viewTitle),
    private_metadata: value.slice(0, SLACK.privateMetadata),
    blocks: [
      section(say.t('checkin.feedback.for', { name: escapeMrkdwn(memberName) })),
      ...FEEDBACK_FIELDS.map(
        (id): KnownBlock => ({
          type: 'input',
          block_id: id,
          label: plainText(say.t(FEEDBACK_LABELS[id]), SLACK.inputLabel),
          element: { type: 'plain_text_input', action_id: 'value', multiline: true, max_length: 2000 },
        }),
      ),
    ],
  };
}

/** The feedback as the report reads it in their DM, in their language. */
export function feedbackDm(
  say: Speaker,
  input: { managerId: string; month: Period | null; monthKey: string; values: Record<FeedbackField, string> },
): string {
  return say.t('checkin.feedback.dm', {
    member: input.managerId,
    period: input.month ? say.period(input.month) : input.monthKey,
    wentWell: escapeMrkdwn(input.values.went_well),
    improve: escapeMrkdwn(input.values.improve),
    goal: escapeMrkdwn(input.values.goal),
  });
}
