/** A member's figure as an exact fraction (den 1 for revenue and counts; actual/target for attainment). */
export interface Score {
  memberId: string;
  name: string;
  num: number;
  den: number;
}

export interface Ranked extends Score {
  rank: number;
}

const compare = (a: Score, b: Score): number => {
  // a/b > c/d  ⇔  a·d > c·b, in BigInt so large cents never round.
  const left = BigInt(a.num) * BigInt(b.den);
  const right = BigInt(b.num) * BigInt(a.den);
  return left === right ? 0 : left > right ? -1 : 1;
};

// Case-insensitive but accent-aware, numbers as numbers ("rep 2" before "rep 10"), in one fixed
// locale so every server orders ties the same way.
const collator = new Intl.Collator('en', { sensitivity: 'accent', numeric: true });
const byName = (a: Score, b: Score) =>
  collator.compare(a.name, b.name) || a.memberId.localeCompare(b.memberId);

/**
 * Standard competition ranking: ties share a rank (1, 2, 2, 4) and are listed by name. Members with
 * nothing (zero) are not ranked; they come back in `unranked`.
 */
export function rankScores(scores: readonly Score[]): { ranked: Ranked[]; unranked: Score[] } {
  const positive = scores.filter((s) => s.num > 0 && s.den > 0);
  const unranked = scores.filter((s) => !(s.num > 0 && s.den > 0)).sort(byName);
  const sorted = [...positive].sort((a, b) => compare(a, b) || byName(a, b));
  const ranked: Ranked[] = [];
  sorted.forEach((s, i) => {
    const previous = ranked[i - 1];
    const rank = previous && compare(previous, s) === 0 ? previous.rank : i + 1;
    ranked.push({ ...s, rank });
  });
  return { ranked, unranked };
}

/**
 * The top `n` places plus the caller's own row when it is further down. A tie on the last place is
 * shown whole rather than cut by name.
 */
export function topWithCaller(
  ranked: readonly Ranked[],
  callerId: string,
  n = 10,
): { top: Ranked[]; caller: Ranked | null } {
  const top = ranked.filter((r) => r.rank <= n);
  const own = ranked.find((r) => r.memberId === callerId) ?? null;
  return { top, caller: own && !top.includes(own) ? own : null };
}
