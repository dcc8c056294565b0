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
