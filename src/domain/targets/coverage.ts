import { basisPoints } from './basis-points.js';

export interface Coverage {
  /** What the individual targets add up to. */
  sum: number;
  /** `sum` against the team target in basis points (10,000 = 100%), rounded down. */
  percentBp: number;
  /** Team target less `sum`: positive when part is unassigned, negative when over-assigned. */
  gap: number;
}

/** How much of a team target the individual targets cover. */
export function coverage(teamTarget: number, individual: readonly number[]): Coverage {
  const sum = individual.reduce((a, b) => a + b, 0);
  return { sum, percentBp: basisPoints(sum, teamTarget), gap: teamTarget - sum };
}
