import { addDays, daysBetween, type LocalDate, type LocalTime } from '../time.js';
import type { StandingsCadence } from './contest.js';

/** When a contest's posts go out, team time. */
export const CONTEST_POST_TIMES = { start: '09:00', standings: '16:00', final: '09:00' } as const;
/** A final result is still posted this many days after the contest ended (downtime), not later. */
export const FINAL_GRACE_DAYS = 7;

export type ContestPost =
  | { kind: 'start'; contestId: number }
  | { kind: 'standings'; contestId: number; date: LocalDate }
  | { kind: 'final'; contestId: number };

/** The ledger's period key of a post: one run (and one channel message) per key, ever. */
export function contestPostKey(post: ContestPost): string {
  const base = `contest-${post.contestId}`;
  return post.kind === 'standings' ? `${base}:standings:${post.date}` : `${base}:${post.kind}`;
}

export function parseContestPostKey(key: string): ContestPost | null {
  const m = /^contest-(\d+):(start|final|standings:(\d{4}-\d{2}-\d{2}))$/.exec(key);
  if (!m) return null;
  const contestId = Number(m[1]);
  if (m[3]) return { kind: 'standings', contestId, date: m[3] };
  return { kind: m[2] as 'start' | 'final', contestId };
}

export interface ContestTimes {
  id: number;
  startsOn: LocalDate;
  endsOn: LocalDate;
  standings: StandingsCadence;
}

/** The days standings are posted: every day, or every seventh day from the start; never the first or last day. */
export function standingsDates(c: ContestTimes): LocalDate[] {
  const step = c.standings === 'daily' ? 1 : 7;
  const out: LocalDate[] = [];
  for (let d = addDays(c.startsOn, step); d < c.endsOn; d = addDays(d, step)) out.push(d);
  return out;
}

const atOrAfter = (today: LocalDate, time: LocalTime, date: LocalDate, at: LocalTime) =>
  today > date || (today === date && time >= at);

/**
 * The posts of a contest that are due at a moment (team date and time): the start post from 09:00
 * on the first day until the contest is over; the latest standings slot only (a slot missed while
 * Pacer was down is replaced by the next one, not posted late), and only until the next day; the final
 * result from 09:00 the day after the last day, for a week. The ledger keeps each to one post.
 */
export function contestPostsDue(c: ContestTimes, today: LocalDate, time: LocalTime): ContestPost[] {
  const due: ContestPost[] = [];
  const finalOn = addDays(c.endsOn, 1);
  const finalDue = atOrAfter(today, time, finalOn, CONTEST_POST_TIMES.final);
  if (!finalDue && atOrAfter(today, time, c.startsOn, CONTEST_POST_TIMES.start))
    due.push({ kind: 'start', contestId: c.id });
  if (!finalDue) {
    const slot = standingsDates(c)
      .filter((d) => atOrAfter(today, time, d, CONTEST_POST_TIMES.standings))
      .at(-1);
    if (slot && daysBetween(slot, today) <= 1) due.push({ kind: 'standings', contestId: c.id, date: slot });
  }
  if (finalDue && daysBetween(finalOn, today) <= FINAL_GRACE_DAYS)
    due.push({ kind: 'final', contestId: c.id });
  return due;
}

export type ContestPhase = 'upcoming' | 'running' | 'ended';

export function contestPhase(c: Pick<ContestTimes, 'startsOn' | 'endsOn'>, today: LocalDate): ContestPhase {
  if (today < c.startsOn) return 'upcoming';
  return today > c.endsOn ? 'ended' : 'running';
}
