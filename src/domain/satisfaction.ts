import { type Actor, canActFor, isAdmin } from './permissions.js';

export type ScoreParse =
  | { ok: true; customer: string; score: number; comment: string | null }
  | { ok: false; error: 'no_customer' | 'no_score' | 'bad_score'; seen?: string };

const WORD_SCORES = /^(zero|one|two|three|four|five|six)$/i;

/**
 * `/csat <customer> <1-5> [comment]`: the customer is everything before the first word that is a
 * whole number (quote the name when it has a standalone number in it); the rest is the comment.
 */
export function parseSatisfaction(words: readonly string[]): ScoreParse {
  const index = words.findIndex(
    (w) => /^-?\d+(\.\d+)?$/.test(w) || WORD_SCORES.test(w) || /^\d+\/5$/.test(w),
  );
  if (index === -1) return { ok: false, error: words.length ? 'no_score' : 'no_customer' };
  if (index === 0) return { ok: false, error: 'no_customer' };
  const seen = words[index]!;
  const score = /^[1-5]$/.test(seen) ? Number(seen) : /^[1-5]\/5$/.test(seen) ? Number(seen[0]) : null;
  if (score === null) return { ok: false, error: 'bad_score', seen };
  const comment = words
    .slice(index + 1)
    .join(' ')
    .trim();
  return { ok: true, customer: words.slice(0, index).join(' '), score, comment: comment || null };
}

type Person = { userId: string; managerId: string | null };

export type ScoreCredit =
  | { ok: true; memberId: string }
  | {
      ok: false;
      error:
        | 'no_owner'
        | 'credit_moved_by_rep'
        | 'not_their_customer'
        | 'credit_to_self'
        | 'not_their_report';
    };

/**
 * Who a score is credited to: the rep of the customer's latest deal, or whoever `for:` names.
 * Admins score and credit anyone. A rep scores only their own customers and never names someone else
 * (crediting a score to themselves would bend the satisfaction award). A manager scores only customers
 * of their reports (or their own) and credits only a report: never themselves, unless the customer is
 * their own.
 */
export function scoreCredit(input: {
  caller: Actor;
  admins: readonly string[];
  customerRep: Person | null;
  named: Person | null;
}): ScoreCredit {
  const { caller, admins, customerRep, named } = input;
  const credited = named ?? customerRep;
  if (!credited) return { ok: false, error: 'no_owner' };
  if (isAdmin(caller, admins)) return { ok: true, memberId: credited.userId };
  if (caller.role === 'rep') {
    if (named && named.userId !== customerRep?.userId) return { ok: false, error: 'credit_moved_by_rep' };
    if (!canActFor(caller, credited, admins)) return { ok: false, error: 'not_their_customer' };
    return { ok: true, memberId: credited.userId };
  }
  if (customerRep && !canActFor(caller, customerRep, admins))
    return { ok: false, error: 'not_their_customer' };
  if (named && named.userId === caller.userId && customerRep?.userId !== caller.userId)
    return { ok: false, error: 'credit_to_self' };
  if (!canActFor(caller, credited, admins)) return { ok: false, error: 'not_their_report' };
  return { ok: true, memberId: credited.userId };
}
