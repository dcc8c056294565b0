/**
 * Splits `total` minor units over parts in proportion to `weights`, exactly (largest remainder):
 * each part gets the floor of its share, and the units left over go one each to the parts with the
 * largest remainders, the earlier part first on a tie. The parts always add up to `total`, and a
 * part with weight 0 always gets 0. BigInt inside, so large amounts and weights never lose a cent.
 */
export function allocate(total: number, weights: readonly number[]): number[] {
  assertAmount(total);
  for (const w of weights) {
    if (!Number.isSafeInteger(w) || w < 0) throw new RangeError(`cannot allocate by weight ${w}`);
  }
  const plain = weights.reduce((a, w) => a + w, 0);
  // Plain numbers are exact while total × weight stays below 2^53, which covers everyday targets
  // and is several times faster than BigInt (leaderboards split thousands of targets at once).
  if (plain > 0 && Number.isSafeInteger(total * plain)) return allocateSmall(total, weights, plain);
  const sum = weights.reduce((a, w) => a + BigInt(w), 0n);
  if (sum === 0n) {
    if (total === 0) return weights.map(() => 0);
    throw new RangeError(`cannot allocate ${total} over no weight`);
  }
  const big = BigInt(total);
  const parts = weights.map((w) => (big * BigInt(w)) / sum);
  const order = weights
    .map((w, i) => ({ i, r: (big * BigInt(w)) % sum }))
    .sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  let left = big - parts.reduce((a, p) => a + p, 0n);
  for (const { i } of order) {
    if (left === 0n) break;
    parts[i]! += 1n;
    left--;
  }
  return parts.map(Number);
}

function allocateSmall(total: number, weights: readonly number[], sum: number): number[] {
  const parts = weights.map((w) => Math.floor((total * w) / sum));
  const order = weights
    .map((w, i) => ({ i, r: (total * w) % sum }))
    .sort((a, b) => (a.r === b.r ? a.i - b.i : b.r - a.r));
  let left = total - parts.reduce((a, p) => a + p, 0);
  for (const { i } of order) {
    if (left === 0) break;
    parts[i]! += 1;
    left--;
  }
  return parts;
}

/** `allocate(total, [1, 1, …])` without BigInt: equal parts, the first ones a unit more. */
export function allocateEvenly(total: number, count: number): number[] {
  assertAmount(total);
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`cannot split into ${count} parts`);
  if (count === 0) {
    if (total === 0) return [];
    throw new RangeError(`cannot allocate ${total} over no parts`);
  }
  // Float division may round up to the next integer near 2^53; correct it by integer checks.
  let each = Math.floor(total / count);
  if (each * count > total) each--;
  let extra = total - each * count;
  if (extra >= count) {
    each++;
    extra -= count;
  }
  return Array.from({ length: count }, (_, i) => (i < extra ? each + 1 : each));
}

function assertAmount(total: number): void {
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError(`cannot allocate ${total}`);
}
