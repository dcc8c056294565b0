/**
 * `part` of `whole` in basis points (10,000 = 100%), in integer maths, rounded toward zero (so a
 * target is never shown as reached before it is). Of a zero whole, anything is 100% and nothing 0%.
 */
export function basisPoints(part: number, whole: number): number {
  if (whole <= 0) return part > 0 ? 10_000 : 0;
  return Number((BigInt(part) * 10_000n) / BigInt(whole));
}
