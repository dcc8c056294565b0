import type { CheckinAnswer, CheckinAnswers, CheckinQuestion } from './questions.js';
import { DEFAULT_CHECKIN_QUESTIONS } from './questions.js';

/** Confidence at or below this (on the 1–5 scale) is flagged to the manager. */
export const LOW_CONFIDENCE_AT_MOST = 2;

export interface CheckinResponse {
  readonly memberId: string;
  readonly answers: CheckinAnswers;
  /** The questions as the member saw them, when they differ from today's list. */
  readonly questions?: readonly CheckinQuestion[] | null;
}

export interface CheckinFlag {
  readonly kind: 'blocker' | 'confidence';
  readonly questionId: string;
  readonly value: CheckinAnswer;
}

export interface DigestEntry {
  readonly memberId: string;
  readonly answers: CheckinAnswers;
  /** What the answers answer: the member's questions, or the digest's list. */
  readonly questions: readonly CheckinQuestion[];
  readonly flags: readonly CheckinFlag[];
}

/** One manager's view of a round: who needs attention first, then everyone else, then who is silent. */
export interface CheckinDigest {
  readonly managerId: string;
  /** Members with flags first, each group in the order of `reports`. */
  readonly answered: readonly DigestEntry[];
  readonly notAnswered: readonly string[];
  readonly flaggedCount: number;
}

/** Where one report stands in a round, for deciding when their manager's digest goes out. */
export interface ReportStatus {
  readonly asked: boolean;
  readonly answered: boolean;
  /** When their window closes (computed for someone not asked yet). */
  readonly closesAt: Date;
}

/**
 * A manager's digest goes out once every report in the round has answered or had their window close,
 * reports still to be asked later in their own timezone included. A round none of them was asked in
 * (before they joined, or all of it missed) has no digest.
 */
export function digestReadiness(reports: readonly ReportStatus[], now: Date): 'none' | 'wait' | 'send' {
  if (!reports.some((r) => r.asked)) return 'none';
  return reports.every((r) => r.answered || now >= r.closesAt) ? 'send' : 'wait';
}

/**
 * Builds the manager's digest from their reports' answers. Answers from anyone who is not one of the
 * manager's reports are ignored (a manager sees their own team only); if a member answered twice the
 * last response wins, as it is their latest word.
 */
export function digestFor(
  manager: { readonly id: string },
  reports: readonly { readonly id: string }[],
  responses: readonly CheckinResponse[],
  questions: readonly CheckinQuestion[] = DEFAULT_CHECKIN_QUESTIONS,
): CheckinDigest {
  const latest = new Map(responses.map((r) => [r.memberId, r]));
  const flagged: DigestEntry[] = [];
  const calm: DigestEntry[] = [];
  const notAnswered: string[] = [];
  for (const { id } of reports) {
    if (id === manager.id) continue;
    const response = latest.get(id);
    if (!response) {
      notAnswered.push(id);
      continue;
    }
    const asked = response.questions ?? questions;
    const flags = flagsFor(asked, response.answers);
    (flags.length > 0 ? flagged : calm).push({
      memberId: id,
      answers: response.answers,
      questions: asked,
      flags,
    });
  }
  return {
    managerId: manager.id,
    answered: [...flagged, ...calm],
    notAnswered,
    flaggedCount: flagged.length,
  };
}

export function flagsFor(questions: readonly CheckinQuestion[], answers: CheckinAnswers): CheckinFlag[] {
  const flags: CheckinFlag[] = [];
  for (const q of questions) {
    const value = answers[q.id];
    if (value === undefined || !q.flag) continue;
    if (q.flag === 'confidence' && typeof value === 'number' && value <= LOW_CONFIDENCE_AT_MOST) {
      flags.push({ kind: 'confidence', questionId: q.id, value });
    }
    if (q.flag === 'blocker' && typeof value === 'string' && !saysNoBlocker(value)) {
      flags.push({ kind: 'blocker', questionId: q.id, value });
    }
  }
  return flags;
}

// Reps often type "none" into an optional box; flagging that would teach managers to ignore flags.
// Chinese reps type 无, 没有 or 暂无 the same way.
const NO_BLOCKER =
  /^(none|nothing|no|nope|n\/?a|-+|nil|no blockers?|nothing really|all good|无|没有|暂无|没|无阻碍|没有阻碍|一切顺利)[.!。！]*$/i;

function saysNoBlocker(text: string): boolean {
  const trimmed = text.trim();
  return trimmed === '' || NO_BLOCKER.test(trimmed);
}
