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

/** What is wrong with one answer; the Slack layer puts it in words under its field. */
export type AnswerProblem =
  | { readonly code: 'required' }
  | { readonly code: 'scale'; readonly min: number; readonly max: number }
  | { readonly code: 'tooLong'; readonly max: number; readonly length: number };

export type AnswerValidation =
  | { readonly ok: true; readonly answers: CheckinAnswers }
  | { readonly ok: false; readonly errors: Readonly<Record<string, AnswerProblem>> };

export type DefaultQuestionId = 'week' | 'blockers' | 'support' | 'confidence';

/**
 * The id of a default question still as Pacer wrote it, or null for one an admin wrote or edited:
 * Pacer's own questions are shown in the reader's language, an admin's as they typed them.
 */
export function defaultQuestionId(question: CheckinQuestion): DefaultQuestionId | null {
  const own = DEFAULT_CHECKIN_QUESTIONS.find((q) => q.id === question.id);
  return own && own.label === question.label && own.kind === question.kind
    ? (own.id as DefaultQuestionId)
    : null;
}

/**
 * Checks what a member typed, keyed by question id so each error can be shown under its own field.
 * Blank optional answers are left out of `answers`; answers to unknown questions are ignored.
 */
export function validateAnswers(
  questions: readonly CheckinQuestion[],
  raw: Readonly<Record<string, string | null | undefined>>,
): AnswerValidation {
  const answers: Record<string, CheckinAnswer> = {};
  const errors: Record<string, AnswerProblem> = {};
  for (const question of questions) {
    const text = (raw[question.id] ?? '').trim();
    if (text === '') {
      if (!question.optional) errors[question.id] = { code: 'required' };
      continue;
    }
    const result = question.kind === 'scale' ? readScale(text) : readText(text);
    if (typeof result === 'object') errors[question.id] = result;
    else answers[question.id] = result;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, answers };
}

function readScale(text: string): number | AnswerProblem {
  const n = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (Number.isInteger(n) && n >= SCALE_MIN && n <= SCALE_MAX) return n;
  return { code: 'scale', min: SCALE_MIN, max: SCALE_MAX };
}

function readText(text: string): string | AnswerProblem {
  // Count characters as people see them, not UTF-16 units, so an emoji counts once.
  const length = Array.from(text).length;
  if (length <= TEXT_MAX_CHARS) return text;
  return { code: 'tooLong', max: TEXT_MAX_CHARS, length };
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
