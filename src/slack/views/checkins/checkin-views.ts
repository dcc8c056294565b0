import type { KnownBlock, View } from '@slack/types';
import type { CheckinDigest } from '../../../domain/checkins/digest.js';
import type { CheckinAnswers, CheckinQuestion } from '../../../domain/checkins/questions.js';
import { ACTIONS, VIEWS } from '../../ids.js';
import { escapeMrkdwn } from '../../mrkdwn.js';
import { context, header, type Reply, section } from '../blocks.js';

const PRIVATE = 'Only you, your manager and admins see your answers.';

export function answersText(questions: readonly CheckinQuestion[], answers: CheckinAnswers): string {
  return questions
    .filter((q) => answers[q.id] !== undefined)
    .map(
      (q) =>
        `*${escapeMrkdwn(q.label)}*\n${q.kind === 'scale' ? `${answers[q.id]}/5` : escapeMrkdwn(String(answers[q.id]))}`,
    )
    .join('\n');
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
  if (input.answers)
    blocks.push(section(answersText(input.questions, input.answers).slice(0, 3000) || '_No answers._'));
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
  return { text, blocks };
}

/** The check-in form; scale questions are 1–5 selects, text ones multiline inputs. */
export function checkinModal(
  questions: readonly CheckinQuestion[],
  roundKey: string,
  prefill: CheckinAnswers | null,
): View {
  const blocks: KnownBlock[] = questions.map((q) => {
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
      label: { type: 'plain_text', text: q.label.slice(0, 2000) },
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

/** The manager's one DM per round. */
export function digestView(roundLabel: string, digest: CheckinDigest): Reply {
  const blocks: KnownBlock[] = [header(`Check-ins · ${roundLabel}`)];
  const lines: string[] = [];
  for (const entry of digest.answered) {
    const flags = entry.flags.map((f) =>
      f.kind === 'confidence' ? `:warning: low confidence (${f.value}/5)` : ':construction: blocker',
    );
    const text = `<@${entry.memberId}>${flags.length ? ` — ${flags.join(', ')}` : ''}\n${answersText(entry.questions, entry.answers)}`;
    blocks.push(section(text.slice(0, 3000)));
    lines.push(text);
  }
  const missing = digest.notAnswered.length
    ? `Not answered: ${digest.notAnswered.map((id) => `<@${id}>`).join(', ')}`
    : 'Everyone answered.';
  blocks.push(context(missing));
  return {
    text: [
      `Check-ins · ${roundLabel}: ${digest.answered.length} answered, ${digest.flaggedCount} flagged.`,
      ...lines,
      missing,
    ].join('\n'),
    blocks: blocks.slice(0, 50),
  };
}

export function feedbackPromptView(
  monthLabel: string,
  reports: Array<{ memberId: string; soFar: string; value: string }>,
): Reply {
  const blocks: KnownBlock[] = [
    section(
      `*One-on-one feedback · ${monthLabel}*\nA few words for each of your reports: what went well, what to improve, one goal.`,
    ),
  ];
  for (const r of reports.slice(0, 24)) {
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: `<@${r.memberId}> — ${r.soFar}` },
      accessory: {
        type: 'button',
        action_id: ACTIONS.feedbackGive,
        value: r.value,
        text: { type: 'plain_text', text: 'Give feedback' },
      },
    });
  }
  return {
    text: `Time for one-on-one feedback (${monthLabel}) for ${reports.length} report${reports.length === 1 ? '' : 's'}.`,
    blocks,
  };
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
    private_metadata: value,
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
