/**
 * Exact arithmetic for comparisons that must never be decided by floating-point noise: attainment
 * (actual / target), average scores (sum / count) and rises between two attainments. Products of two
 * cent amounts can pass 2^53, so everything here is BigInt.
 */

/** A rational number; `den` is always positive. */
export interface Fraction {
  readonly num: bigint;
  readonly den: bigint;
}

export function fraction(num: number | bigint, den: number | bigint): Fraction {
  const n = BigInt(num);
  const d = BigInt(den);
  if (d === 0n) throw new RangeError('A fraction cannot have a zero denominator.');
  return d < 0n ? { num: -n, den: -d } : { num: n, den: d };
}

/** -1, 0 or 1 as `a` is below, equal to or above `b`, by cross-multiplication. */
export function compareFractions(a: Fraction, b: Fraction): -1 | 0 | 1 {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

export function subtractFractions(a: Fraction, b: Fraction): Fraction {
  return { num: a.num * b.den - b.num * a.den, den: a.den * b.den };
}

/**
 * `num / den` rounded to the nearest integer, halves away from zero (so 2.5 → 3 and -2.5 → -3: a
 * half cent is never silently kept by whoever does the rounding). `den` must be positive.
 */
export function roundHalfUp(num: bigint, den: bigint): bigint {
  if (den <= 0n) throw new RangeError('roundHalfUp needs a positive denominator.');
  if (num < 0n) return -roundHalfUp(-num, den);
  return (2n * num + den) / (2n * den);
}

/** `f × scale`, rounded half up, as a safe-integer number (e.g. scale 10000 gives basis points). */
export function scaledRound(f: Fraction, scale: number): number {
  return toSafeNumber(roundHalfUp(f.num * BigInt(scale), f.den));
}

export function toSafeNumber(value: bigint): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new RangeError(`${value} is too large to be represented exactly.`);
  return n;
}
