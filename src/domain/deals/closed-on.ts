import { addDays, isLocalDate, type LocalDate } from '../time.js';

/** Deals before this are typos (a year like 0226), not history anyone logs from Slack. */
export const EARLIEST_CLOSE: LocalDate = '2000-01-01';

export type ClosedOnResult = { ok: true; date: LocalDate } | { ok: false; error: string };

/**
 * The date a deal closed, from `YYYY-MM-DD`, `today` or `yesterday` (any case), against `today` in
 * the team's timezone. Future dates, impossible dates and dates before 2000 are refused; errors are
 * sentences the caller completes with an example.
 */
export function resolveClosedOn(text: string, today: LocalDate): ClosedOnResult {
  const word = text.trim().toLowerCase();
  const fail = (error: string): ClosedOnResult => ({ ok: false, error });
  if (word === 'today') return { ok: true, date: today };
  if (word === 'yesterday') return { ok: true, date: addDays(today, -1) };
  if (word === 'tomorrow') return fail(`A deal cannot close in the future (today is ${today}).`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(word)) {
    return fail(`I couldn't read “${text.trim()}” as a date. Use YYYY-MM-DD, today or yesterday.`);
  }
  if (!isLocalDate(word)) return fail(`${word} is not a day on the calendar.`);
  if (word > today) return fail(`A deal cannot close in the future (today is ${today}).`);
  if (word < EARLIEST_CLOSE) return fail(`${word} is before ${EARLIEST_CLOSE}; check the year.`);
  return { ok: true, date: word };
}
