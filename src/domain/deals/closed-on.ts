import { type Problem, type ProblemCode, problem } from '../problem.js';
import { addDays, isLocalDate, type LocalDate } from '../time.js';

/** Deals before this are typos (a year like 0226), not history anyone logs from Slack. */
export const EARLIEST_CLOSE: LocalDate = '2000-01-01';

export type ClosedOnResult = { ok: true; date: LocalDate } | { ok: false; problem: Problem };

/**
 * The date a deal closed, from `YYYY-MM-DD`, `today` or `yesterday` (any case), against `today` in
 * the team's timezone. Future dates, impossible dates and dates before 2000 are refused; problems are
 * coded; the caller completes them with an example.
 */
export function resolveClosedOn(text: string, today: LocalDate): ClosedOnResult {
  const word = text.trim().toLowerCase();
  const fail = (code: ProblemCode, params: Record<string, string>): ClosedOnResult => ({
    ok: false,
    problem: problem(code, params),
  });
  if (word === 'today') return { ok: true, date: today };
  if (word === 'yesterday') return { ok: true, date: addDays(today, -1) };
  if (word === 'tomorrow') return fail('closedOn.future', { today });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(word)) {
    return fail('closedOn.unreadable', { text: text.trim() });
  }
  if (!isLocalDate(word)) return fail('closedOn.notOnCalendar', { date: word });
  if (word > today) return fail('closedOn.future', { today });
  if (word < EARLIEST_CLOSE) return fail('closedOn.tooEarly', { date: word, earliest: EARLIEST_CLOSE });
  return { ok: true, date: word };
}
