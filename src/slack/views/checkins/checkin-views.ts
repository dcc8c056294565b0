import type { KnownBlock, View } from '@slack/types';
import type { CheckinDigest } from '../../../domain/checkins/digest.js';
import type { CheckinAnswers, CheckinQuestion } from '../../../domain/checkins/questions.js';
import { ACTIONS, VIEWS } from '../../ids.js';
import { escapeMrkdwn } from '../../mrkdwn.js';
import { context, fitReply, header, type Reply, section, sections } from '../blocks.js';
import { chunkLines, listWithMore, pageMarker, paginate, plainText, SLACK, truncateMrkdwn } from '../fit.js';

const PRIVATE = 'Only you, your manager and admins see your answers.';

/** Room for a member's answers in their own DM: several 3,000-character answers are cut with …. */
const DM_ANSWERS_BUDGET = 6_000;

/** Each answered question as `*label*` and the answer, escaped; `perAnswer` cuts each answer with …. */
export function answerLines(
  questions: readonly CheckinQuestion[],
  answers: CheckinAnswers,
  perAnswer: number = Number.POSITIVE_INFINITY,
  perLabel: number = Number.POSITIVE_INFINITY,
): string[] {
  return questions
    .filter((q) => answers[q.id] !== undefined)
    .map((q) => {
      const answer = q.kind === 'scale' ? `${answers[q.id]}/5` : escapeMrkdwn(String(answers[q.id]));
      return `*${truncateMrkdwn(escapeMrkdwn(q.label), perLabel)}*\n${truncateMrkdwn(answer, perAnswer)}`;
    });
}

export function answersText(
  questions: readonly CheckinQuestion[],
  answers: CheckinAnswers,
  perAnswer?: number,
): string {
  return answerLines(questions, answers, perAnswer).join('\n');
}

/** The DM each member gets: their week, and Start (or, once answered, the answers and Edit). */
export function checkinDm(input: {
  roundLabel: string;
  roundKey: string;
  summary: string;
  questions: readonly CheckinQuestion[];
  answers: CheckinAnswers | null;
  open: boolean;
}): Reply {
  const title = `*Check-in · ${input.roundLabel}*`;
  const blocks: KnownBlock[] = [section(`${title}\n${input.summary}`)];
  if (input.answers) {
    const count = Math.max(1, Object.keys(input.answers).length);
    const lines = answerLines(input.questions, input.answers, Math.floor(DM_ANSWERS_BUDGET / count));
    blocks.push(...(lines.length ? sections(lines) : [section('_No answers._')]));
  }
  if (input.open) {
    blocks.push({
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: ACTIONS.checkinStart,
          value: input.roundKey,
          text: { type: 'plain_text', text: input.answers ? 'Edit' : 'Start check-in' },
          ...(input.answers ? {} : { style: 'primary' as const }),
        },
      ],
    });
  } else if (!input.answers) blocks.push(context('_This check-in has closed._'));
  blocks.push(context(PRIVATE));
  const text = input.answers
    ? `${title} — answered, thank you.`
    : `${title} — ${input.summary}. Takes two minutes.`;
  return fitReply(text, blocks);
}

/** The check-in form; scale questions are 1–5 selects, text ones multiline inputs. */
export function checkinModal(
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
            placeholder: { type: 'plain_text' as const, text: '1 (low) to 5 (high)' },
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
      label: plainText(q.label, SLACK.inputLabel),
      element,
    };
  });
  blocks.push(context(PRIVATE));
  return {
    type: 'modal',
    callback_id: VIEWS.checkinModal,
    title: { type: 'plain_text', text: 'Check-in' },
    submit: { type: 'plain_text', text: 'Send' },
    close: { type: 'plain_text', text: 'Later' },
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

function prepare(digest: CheckinDigest): PreparedEntry[] {
  return digest.answered.map((entry) => {
    const flags = entry.flags.map((f) =>
      f.kind === 'confidence' ? `:warning: low confidence (${f.value}/5)` : ':construction: blocker',
    );
    return {
      title: `<@${entry.memberId}>${flags.length ? ` — ${flags.join(', ')}` : ''}`,
      answers: entry.questions
        .filter((q) => entry.answers[q.id] !== undefined)
        .map((q) => ({
          label: escapeMrkdwn(q.label),
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
export function digestView(roundLabel: string, digest: CheckinDigest): Reply[] {
  let perAnswer = Number.POSITIVE_INFINITY;
  const entries = prepare(digest);
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
  const cut = Number.isFinite(perAnswer) ? ' Long answers are cut here to fit ten messages.' : '';
  const missing = digest.notAnswered.length
    ? `Not answered: ${listWithMore(
        digest.notAnswered.map((id) => `<@${id}>`),
        MISSING_MAX - 15 - cut.length,
      )}.${cut}`
    : `Everyone answered.${cut}`;
  const summary = `${digest.answered.length} answered, ${digest.flaggedCount} flagged.`;
  let seen = 0;
  return pages.map((page, i) => {
    const marker = pageMarker(i, pages.length);
    const last = i === pages.length - 1;
    const pageTexts = texts.slice(seen, seen + page.length);
    seen += page.length;
    const blocks = [header(`Check-ins · ${roundLabel}${marker}`), ...page];
    blocks.push(context(last ? missing : '_Continued in the next message._'));
    // The notification: the summary first, so a cut fallback still says what matters.
    const text = [`Check-ins · ${roundLabel}${marker}: ${summary}`, ...(last ? [missing] : []), ...pageTexts];
    return fitReply(text.join('\n'), blocks, SLACK.fallbackText);
  });
}

/** A prompt lists this many reports (one section and button each), within one message's blocks. */
const FEEDBACK_PROMPT_MAX = 45;

export function feedbackPromptView(
  monthLabel: string,
  reports: Array<{ memberId: string; soFar: string; value: string }>,
): Reply {
  const blocks: KnownBlock[] = [
    section(
      `*One-on-one feedback · ${monthLabel}*\nA few words for each of your reports: what went well, what to improve, one goal.`,
    ),
  ];
  const shown = reports.slice(0, FEEDBACK_PROMPT_MAX);
  for (const r of shown) {
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: truncateMrkdwn(`<@${r.memberId}> — ${r.soFar}`, SLACK.sectionText) },
      accessory: {
        type: 'button',
        action_id: ACTIONS.feedbackGive,
        value: r.value.slice(0, 2000),
        text: { type: 'plain_text', text: 'Give feedback' },
      },
    });
  }
  if (reports.length > shown.length) {
    blocks.push(context(`_… and ${reports.length - shown.length} more reports, not shown here._`));
  }
  return fitReply(
    `Time for one-on-one feedback (${monthLabel}) for ${reports.length} report${reports.length === 1 ? '' : 's'}.`,
    blocks,
  );
}

export const FEEDBACK_FIELDS = ['went_well', 'improve', 'goal'] as const;

export function feedbackModal(memberName: string, value: string): View {
  const labels: Record<(typeof FEEDBACK_FIELDS)[number], string> = {
    went_well: 'What went well',
    improve: 'What to improve',
    goal: 'One goal for next month',
  };
  return {
    type: 'modal',
    callback_id: VIEWS.feedbackModal,
    title: { type: 'plain_text', text: 'Give feedback' },
    submit: { type: 'plain_text', text: 'Send' },
    private_metadata: value.slice(0, SLACK.privateMetadata),
    blocks: [
      section(`Feedback for *${escapeMrkdwn(memberName)}*; they receive it by DM.`),
      ...FEEDBACK_FIELDS.map(
        (id): KnownBlock => ({
          type: 'input',
          block_id: id,
          label: { type: 'plain_text', text: labels[id] },
          element: { type: 'plain_text_input', action_id: 'value', multiline: true, max_length: 2000 },
        }),
      ),
    ],
  };
}
