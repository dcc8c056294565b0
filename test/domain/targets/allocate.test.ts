import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, allocateEvenly } from '../../../src/domain/targets/allocate.js';

describe('allocate', () => {
  it('splits exactly, giving left-over cents to the largest remainders, earliest first on a tie', () => {
    expect(allocate(1_000_000_000, [1, 1, 1])).toEqual([333_333_334, 333_333_333, 333_333_333]);
    expect(allocate(10, [1, 0, 1])).toEqual([5, 0, 5]);
    expect(allocate(10, [1, 2])).toEqual([3, 7]); // 3.33 and 6.67: the larger remainder wins
    expect(allocate(0, [0, 0])).toEqual([0, 0]);
  });

  it('refuses what it cannot split', () => {
    expect(() => allocate(-1, [1])).toThrow(RangeError);
    expect(() => allocate(5, [0, 0])).toThrow(RangeError);
    expect(() => allocate(5, [1, -1])).toThrow(RangeError);
  });

  it('always adds up, never negative, and agrees with the even split', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.array(fc.integer({ min: 0, max: 1e15 }), { minLength: 1, maxLength: 40 }),
        (total, weights) => {
          if (!weights.some((w) => w > 0)) weights[0] = 1;
          const parts = allocate(total, weights);
          const even = allocateEvenly(total, weights.length);
          return (
            parts.reduce((a, b) => a + b, 0) === total &&
            parts.every((p, i) => Number.isSafeInteger(p) && p >= 0 && (weights[i] !== 0 || p === 0)) &&
            even.reduce((a, b) => a + b, 0) === total &&
            JSON.stringify(even) ===
              JSON.stringify(
                allocate(
                  total,
                  weights.map(() => 1),
                ),
              )
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
