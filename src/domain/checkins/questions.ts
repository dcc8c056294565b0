/**
 * A check-in question. Questions are data so a team can change the wording or add its own;
 * `flag` tells the manager's digest which answers need attention.
 */
export interface CheckinQuestion {
  readonly id: string;
  readonly label: string;
  readonly kind: 'text' | 'scale';
  readonly optional: boolean;
  readonly flag?: 'blocker' | 'confidence';
}

/** A text answer is trimmed text; a scale answer is a whole number from 1 to 5. */
export type CheckinAnswer = string | number;

export type CheckinAnswers = Readonly<Record<string, CheckinAnswer>>;

export const SCALE_MIN = 1;
export const SCALE_MAX = 5;
export const TEXT_MAX_CHARS = 3000;

export const DEFAULT_CHECKIN_QUESTIONS: readonly CheckinQuestion[] = [
  { id: 'week', label: 'How did this week go against your target?', kind: 'text', optional: false },
  { id: 'blockers', label: 'What is blocking you?', kind: 'text', optional: true, flag: 'blocker' },
  // Playbook 3: the manager learns what training or help each rep needs.
  { id: 'support', label: 'What support or training would help you most?', kind: 'text', optional: true },
  {
    id: 'confidence',
    label: "How confident are you of reaching this month's target?",
    kind: 'scale',
    optional: false,
    flag: 'confidence',
  },
];

export type AnswerValidation =
  | { readonly ok: true; readonly answers: CheckinAnswers }
  | { readonly ok: false; readonly errors: Readonly<Record<string, string>> };

/**
 * Checks what a member typed, keyed by question id so each error can be shown under its own field.
 * Blank optional answers are left out of `answers`; answers to unknown questions are ignored.
 */
export function validateAnswers(
  questions: readonly CheckinQuestion[],
  raw: Readonly<Record<string, string | null | undefined>>,
): AnswerValidation {
  const answers: Record<string, CheckinAnswer> = {};
  const errors: Record<string, string> = {};
  for (const question of questions) {
    const text = (raw[question.id] ?? '').trim();
    if (text === '') {
      if (!question.optional) errors[question.id] = 'Please answer this question.';
      continue;
    }
    const result = question.kind === 'scale' ? readScale(text) : readText(text);
    if (typeof result === 'object') errors[question.id] = result.error;
    else answers[question.id] = result;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, answers };
}

function readScale(text: string): number | { error: string } {
  const n = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (Number.isInteger(n) && n >= SCALE_MIN && n <= SCALE_MAX) return n;
  return { error: `Pick a whole number from ${SCALE_MIN} to ${SCALE_MAX}.` };
}

function readText(text: string): string | { error: string } {
  // Count characters as people see them, not UTF-16 units, so an emoji counts once.
  const length = Array.from(text).length;
  if (length <= TEXT_MAX_CHARS) return text;
  return { error: `Please keep this to ${TEXT_MAX_CHARS} characters (it has ${length}).` };
}

/**
 * The answers that still belong to a question in `current`: ids are positions (q1, q2…) once admins
 * edit the list, so an answer carries over to the edit form only when its question still reads the
 * same. Answers stored without their questions (before they were kept) are taken as they are.
 */
export function answersStillAsked(
  current: readonly CheckinQuestion[],
  answered: readonly CheckinQuestion[] | null,
  answers: CheckinAnswers,
): CheckinAnswers {
  if (!answered) return answers;
  const kept: Record<string, CheckinAnswer> = {};
  for (const question of current) {
    const then = answered.find((q) => q.id === question.id);
    const answer = answers[question.id];
    if (answer !== undefined && then?.label === question.label && then.kind === question.kind)
      kept[question.id] = answer;
  }
  return kept;
}
