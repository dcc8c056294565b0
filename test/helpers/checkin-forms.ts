import type { TestPacer } from './test-pacer.js';

/**
 * Sends the check-in form as Slack would on Send: one state value per question id, a select for
 * the 1–5 questions (`scaleIds`), a text input for the others.
 */
export function submitCheckin(
  t: TestPacer,
  user: string,
  roundKey: string,
  values: Record<string, string | null>,
  scaleIds: readonly string[] = ['confidence'],
) {
  const state: Record<string, Record<string, unknown>> = {};
  for (const [id, value] of Object.entries(values)) {
    state[id] = {
      value: scaleIds.includes(id)
        ? { type: 'static_select', selected_option: value ? { value } : null }
        : { type: 'plain_text_input', value },
    };
  }
  return t.interact({
    type: 'view_submission',
    user: { id: user },
    team: { id: 'T0PACER' },
    view: {
      id: `V-${user}-${Math.random()}`,
      type: 'modal',
      callback_id: 'checkin_modal',
      private_metadata: JSON.stringify({ roundKey }),
      state: { values: state },
    },
  });
}

/** Saves the check-in questions editor (`/checkin questions`) as Slack would, one question a line. */
export function saveCheckinQuestions(t: TestPacer, user: string, text: string) {
  return t.interact({
    type: 'view_submission',
    user: { id: user },
    team: { id: 'T0PACER' },
    view: {
      id: `VQ-${Math.random()}`,
      type: 'modal',
      callback_id: 'checkin_questions_modal',
      private_metadata: '',
      state: { values: { questions: { value: { type: 'plain_text_input', value: text } } } },
    },
  });
}
