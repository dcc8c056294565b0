import type { LocalDate } from '../time.js';

export type PaceStatus = 'ahead' | 'on track' | 'behind' | 'done' | 'hit' | 'missed' | 'not started';

/** Within 5% of where the target says we should be counts as on track. */
export const ON_TRACK_BAND = 0.05;
/** Behind by more than this share of the expected amount, after a quarter of the period, is at risk. */
export const AT_RISK_GAP = 0.1;
export const AT_RISK_AFTER = 0.25;

export interface PaceInput {
  target: number;
  stretch: number | null;
  actual: number;
  /** Each day's share of the target in the period (working days carry the target). */
  shares: ReadonlyMap<LocalDate, number>;
  today: LocalDate;
  periodStart: LocalDate;
  periodEnd: LocalDate;
}

export interface Pace {
  status: PaceStatus;
  /** Basis points: 10,000 = 100%. Integer, rounded down. */
  percentOfTargetBp: number;
  percentOfStretchBp: number | null;
  remaining: number;
  /** The target's share of the days before today: today is not over yet. */
  expectedToDate: number;
  workingDaysLeft: number;
  /** What is still needed per remaining working day (today included), rounded up to the cent. */
  neededPerDay: number;
  atRisk: boolean;
}

function basisPoints(actual: number, of: number): number {
  if (of <= 0) return actual > 0 ? 10_000 : 0;
  return Number((BigInt(actual) * 10_000n) / BigInt(of));
}

/** Where a member, region or team stands against a target today. Pure: time comes in as `today`. */
export function pace(input: PaceInput): Pace {
  const { target, stretch, actual, shares, today } = input;
  let expectedToDate = 0;
  let sharedDays = 0;
  let passedDays = 0;
  let workingDaysLeft = 0;
  for (const [date, share] of shares) {
    if (share <= 0) continue;
    sharedDays++;
    if (date < today) {
      expectedToDate += share;
      passedDays++;
    } else workingDaysLeft++;
  }
  const remaining = Math.max(target - actual, 0);
  const neededPerDay = workingDaysLeft > 0 ? Math.ceil(remaining / workingDaysLeft) : remaining;
  let status: PaceStatus;
  if (today > input.periodEnd) status = actual >= target ? 'hit' : 'missed';
  else if (actual >= target && target > 0) status = 'done';
  else if (today < input.periodStart) status = 'not started';
  else if (expectedToDate === 0) status = actual > 0 ? 'ahead' : 'on track';
  else if (actual >= expectedToDate * (1 + ON_TRACK_BAND)) status = 'ahead';
  else if (actual >= expectedToDate * (1 - ON_TRACK_BAND)) status = 'on track';
  else status = 'behind';
  const elapsed = sharedDays > 0 ? passedDays / sharedDays : 0;
  const atRisk =
    status === 'behind' && elapsed >= AT_RISK_AFTER && actual < expectedToDate * (1 - AT_RISK_GAP);
  return {
    status,
    percentOfTargetBp: basisPoints(actual, target),
    percentOfStretchBp: stretch === null ? null : basisPoints(actual, stretch),
    remaining,
    expectedToDate,
    workingDaysLeft,
    neededPerDay,
    atRisk,
  };
}

/** `▓▓▓▓▓▓░░░░ 62%`; over 100% the bar is full and the figure says how far. */
export function progressBar(basisPointsDone: number, width = 10): string {
  const fraction = Math.max(0, basisPointsDone) / 10_000;
  const filled = Math.min(width, Math.round(fraction * width));
  return `${'▓'.repeat(filled)}${'░'.repeat(width - filled)} ${Math.floor(fraction * 100)}%`;
}

export type GrowthResult =
  | { ok: true; base: number; stretch: number | null; arithmetic: string[] }
  | { ok: false; error: 'growth_too_low' | 'stretch_below_base' | 'no_history' };

/**
 * Next year's target from last year's actual and a growth rate in percent (decimals allowed:
 * 12.5). Exact: percent is scaled to an integer and rounded half up to the cent.
 */
export function growthTarget(
  lastYearActual: number,
  growthPercent: number,
  stretchPercent: number | null,
  format: (cents: number) => string,
): GrowthResult {
  if (growthPercent <= -100 || (stretchPercent !== null && stretchPercent <= -100)) {
    return { ok: false, error: 'growth_too_low' };
  }
  if (stretchPercent !== null && stretchPercent < growthPercent)
    return { ok: false, error: 'stretch_below_base' };
  if (lastYearActual <= 0) return { ok: false, error: 'no_history' };
  const grow = (percent: number) => {
    // percent with up to 4 decimals as an integer over 1,000,000 (100% × 10,000).
    const scaled = BigInt(Math.round(percent * 10_000)) + 1_000_000n;
    return Number((BigInt(lastYearActual) * scaled + 500_000n) / 1_000_000n);
  };
  const factor = (percent: number) => (1 + percent / 100).toFixed(Number.isInteger(percent) ? 2 : 4);
  const base = grow(growthPercent);
  const stretch = stretchPercent === null ? null : grow(stretchPercent);
  const arithmetic = [`${format(lastYearActual)} × ${factor(growthPercent)} = ${format(base)}`];
  if (stretch !== null)
    arithmetic.push(`${format(lastYearActual)} × ${factor(stretchPercent!)} = ${format(stretch)} (stretch)`);
  return { ok: true, base, stretch, arithmetic };
}

/** How much of a team target the individual targets cover. */
export function coverage(
  teamTarget: number,
  individual: readonly number[],
): { sum: number; percentBp: number; gap: number } {
  const sum = individual.reduce((a, b) => a + b, 0);
  return { sum, percentBp: basisPoints(sum, teamTarget), gap: teamTarget - sum };
}
