import { flagsFor } from './digest.js';
import type { CheckinAnswers, CheckinQuestion } from './questions.js';

/** What a member said last that a manager acts on: their confidence and their blocker. */
export interface LatestWord {
  roundKey: string;
  /** The 1–5 answer to the confidence question, or null when it was not asked or not answered. */
  confidence: number | null;
  lowConfidence: boolean;
  /** The blocker as typed (not escaped), or null when there was none ("none", blank…). */
  blocker: string | null;
}

/**
 * Reads one answered check-in for its confidence and blocker, by the questions' flags (so a renamed
 * or reworded question still counts), and says whether either is worth a flag (see `flagsFor`).
 */
export function latestWord(
  roundKey: string,
  questions: readonly CheckinQuestion[],
  answers: CheckinAnswers,
): LatestWord {
  const flags = flagsFor(questions, answers);
  const confidenceQuestion = questions.find((q) => q.flag === 'confidence');
  const raw = confidenceQuestion ? answers[confidenceQuestion.id] : undefined;
  const blocker = flags.find((f) => f.kind === 'blocker')?.value;
  return {
    roundKey,
    confidence: typeof raw === 'number' ? raw : null,
    lowConfidence: flags.some((f) => f.kind === 'confidence'),
    blocker: typeof blocker === 'string' ? blocker : null,
  };
}
