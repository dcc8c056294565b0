import type { Pace } from './pace.js';

/** How a manager's table sorts a report: the four bands the playbook's reviews talk about. */
export type PaceBand = 'ahead' | 'on track' | 'behind' | 'at risk';

/** Worst first, so a manager reads the reports who need help at the top. */
export const BAND_ORDER: readonly PaceBand[] = ['at risk', 'behind', 'on track', 'ahead'];

/**
 * The band for a pace: at risk wins over behind (the gap is past the at-risk line); a target
 * reached or beaten is ahead; a period not begun, or one without working days, is on track.
 */
export function paceBand(pace: Pace): PaceBand {
  if (pace.atRisk) return 'at risk';
  switch (pace.status) {
    case 'ahead':
    case 'done':
    case 'hit':
      return 'ahead';
    case 'behind':
    case 'missed':
      return 'behind';
    default:
      return 'on track';
  }
}

/**
 * What is missing to the amount expected by today, in minor units: the gap an at-risk alert names.
 * Zero when the actual is at or past it.
 */
export function gapToPace(pace: Pace, actual: number): number {
  return Math.max(pace.expectedToDate - actual, 0);
}
