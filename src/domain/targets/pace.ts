import { datesInRange, type LocalDate } from '../time.js';
import { basisPoints } from './basis-points.js';

export { type Coverage, coverage } from './coverage.js';
export { type GrowthError, type GrowthResult, type GrowthStep, growthTarget } from './growth.js';
export { progressBar } from './progress-bar.js';

export type PaceStatus = 'ahead' | 'on track' | 'behind' | 'done' | 'hit' | 'missed' | 'not started';

/** At or above this percent of the expected-to-date amount is ahead. */
export const AHEAD_FROM_PERCENT = 105;
/** At or above this percent of the expected-to-date amount (and below ahead) is on track. */
export const ON_TRACK_FROM_PERCENT = 95;
/** Behind the expected-to-date amount by more than this percent is at risk (playbook 2.3)… */
export const DEFAULT_AT_RISK_GAP_PERCENT = 10;
/** …once at least this percent of the period's working days are over, so day one alarms no one. */
export const AT_RISK_AFTER_PERCENT = 25;

export interface PaceInput {
  target: number;
  stretch: number | null;
  actual: number;
  /**
   * Each day's share of the target in the period (from `dailyShares`). Days with a share above 0
   * are the period's working days.
   */
  shares: ReadonlyMap<LocalDate, number>;
  today: LocalDate;
  periodStart: LocalDate;
  periodEnd: LocalDate;
  /** Overrides {@link DEFAULT_AT_RISK_GAP_PERCENT}; decimals allowed. */
  atRiskGapPercent?: number;
  /**
   * The team's working calendar. With it, working days are counted from the calendar over the whole
   * period, not from the days that carry a share: a week 53 that runs into a year without a target
   * still has its working days, and a month of holidays (whose target is spread over every day for
   * want of a working one) has none. Without it, days with a share count as working days.
   */
  isWorkingDay?: (date: LocalDate) => boolean;
}

export interface Pace {
  status: PaceStatus;
  /** Basis points: 10,000 = 100%. Integer, rounded toward zero. */
  percentOfTargetBp: number;
  percentOfStretchBp: number | null;
  /** What is still missing to the target; 0 once reached. */
  remaining: number;
  /** The target's share of the days before today: today is not over yet, so it does not count. */
  expectedToDate: number;
  /** Working days from today (included) to the period's end. */
  workingDaysLeft: number;
  /** What is still needed per working day left, rounded up to the cent; all of it when none are left. */
  neededPerDay: number;
  /** Behind by more than the at-risk gap after a quarter of the working days. */
  atRisk: boolean;
  /**
   * The period has no working day at all (every one a holiday or an off weekday): there is no pace
   * per working day to give and nobody is at risk for it.
   */
  noWorkingDays: boolean;
}

/** The shares of the days before `today`: what should have been sold by the start of today. */
export function expectedToDate(shares: ReadonlyMap<LocalDate, number>, today: LocalDate): number {
  let total = 0;
  for (const [date, share] of shares) if (date < today) total += share;
  return total;
}

/**
 * Where a member, region or team stands against a target on `today`. Days before today count in
 * full and today not at all, as the day is not over: on a Monday morning nobody is behind for the
 * week yet, and today's share is part of what is still needed. Statuses: a past period is `hit` or
 * `missed`; a target reached is `done`; one not begun is `not started`; otherwise `ahead`,
 * `on track` or `behind` against the expected amount by the thresholds above (integer maths).
 */
export function pace(input: PaceInput): Pace {
  const { target, stretch, actual, shares, today } = input;
  let workingDays = 0;
  let passedDays = 0;
  const count = (date: LocalDate) => {
    workingDays++;
    if (date < today) passedDays++;
  };
  if (input.isWorkingDay) {
    for (const date of datesInRange(input.periodStart, input.periodEnd))
      if (input.isWorkingDay(date)) count(date);
  } else {
    for (const [date, share] of shares) if (share > 0) count(date);
  }
  const noWorkingDays = input.isWorkingDay !== undefined && workingDays === 0;
  const expected = expectedToDate(shares, today);
  const workingDaysLeft = workingDays - passedDays;
  const remaining = Math.max(target - actual, 0);
  const neededPerDay = workingDaysLeft > 0 ? ceilDiv(remaining, workingDaysLeft) : remaining;
  // actual / expected ≥ percent / 100, without floats.
  const atLeast = (percent: number) =>
    BigInt(actual) * 10_000n >= BigInt(expected) * BigInt(Math.round(percent * 100));
  let status: PaceStatus;
  if (today > input.periodEnd) status = actual >= target ? 'hit' : 'missed';
  else if (actual >= target && target > 0) status = 'done';
  else if (today < input.periodStart) status = 'not started';
  else if (expected === 0) status = actual > 0 ? 'ahead' : 'on track';
  else if (atLeast(AHEAD_FROM_PERCENT)) status = 'ahead';
  else if (atLeast(ON_TRACK_FROM_PERCENT)) status = 'on track';
  else status = 'behind';
  const gap = input.atRiskGapPercent ?? DEFAULT_AT_RISK_GAP_PERCENT;
  const atRisk =
    status === 'behind' &&
    !noWorkingDays &&
    workingDays > 0 &&
    passedDays * 100 >= workingDays * AT_RISK_AFTER_PERCENT &&
    !atLeast(100 - gap);
  return {
    status,
    percentOfTargetBp: basisPoints(actual, target),
    percentOfStretchBp: stretch === null ? null : basisPoints(actual, stretch),
    remaining,
    expectedToDate: expected,
    workingDaysLeft,
    neededPerDay,
    atRisk,
    noWorkingDays,
  };
}

function ceilDiv(amount: number, parts: number): number {
  return Number((BigInt(amount) + BigInt(parts) - 1n) / BigInt(parts));
}
