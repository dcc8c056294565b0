import { describe, expect, it } from 'vitest';
import { coverage } from '../../../src/domain/targets/coverage.js';

describe('coverage', () => {
  it('says how much of the team target the individual targets cover, and what is left', () => {
    expect(coverage(1_000_000, [300_000, 450_000])).toEqual({ sum: 750_000, percentBp: 7_500, gap: 250_000 });
  });

  it('shows over-assignment as a negative gap', () => {
    expect(coverage(1_000_000, [600_000, 500_000])).toEqual({
      sum: 1_100_000,
      percentBp: 11_000,
      gap: -100_000,
    });
  });
});
