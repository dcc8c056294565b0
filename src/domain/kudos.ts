import { instantAt, localDateAt } from './time.js';

/** The instant the giver's day began: kudos allowances reset at each giver's own local midnight. */
export function startOfLocalDay(now: Date, tz: string): Date {
  return instantAt(localDateAt(now, tz), '00:00', tz);
}

export type KudosCheck =
  | { ok: true; remainingAfter: number }
  | { ok: false; error: 'no_receiver' | 'self' | 'no_reason' | 'over_allowance'; remaining: number };

/** Whether a giver may send kudos to these receivers today. Pure: counts come in. */
export function checkKudos(input: {
  giverId: string;
  receiverIds: string[];
  reason: string;
  givenToday: number;
  dailyLimit: number;
}): KudosCheck {
  const remaining = Math.max(0, input.dailyLimit - input.givenToday);
  if (input.receiverIds.length === 0) return { ok: false, error: 'no_receiver', remaining };
  if (input.receiverIds.includes(input.giverId)) return { ok: false, error: 'self', remaining };
  if (input.reason.trim().length < 3) return { ok: false, error: 'no_reason', remaining };
  if (input.receiverIds.length > remaining) return { ok: false, error: 'over_allowance', remaining };
  return { ok: true, remainingAfter: remaining - input.receiverIds.length };
}
