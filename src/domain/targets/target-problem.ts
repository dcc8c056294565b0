import type { Problem } from '../problem.js';

/**
 * What `/target` refuses, as a code with parameters (the src/domain/problem.ts way): the Slack layer
 * says it in the reader's language, with an example. Amounts travel in minor units (`…Cents`) so
 * the words can format them for the language.
 */
export const TARGET_PROBLEM_CODES = [
  'set.scopeFirst',
  'set.notActiveMember',
  'set.badPeriod',
  'set.amount',
  'set.stretchTooLarge',
  'set.badStretch',
  'set.splitNotYear',
  'set.unknownWord',
  'set.stretchBelowBase',
  'permission.notYourReport',
  'permission.managerScope',
  'permission.none',
  'growth.first',
  'growth.badStretch',
  'growth.badYear',
  'growth.unknownWord',
  'growth.noHistory',
  'growth.tooLow',
  'growth.stretchBelowBase',
  'show.badPeriod',
  'show.unknownWord',
  'show.oneScope',
  'scope.typedName',
  'scope.unknownEntry',
  'acks.notAllowed',
] as const;
export type TargetProblemCode = (typeof TARGET_PROBLEM_CODES)[number];

export interface TargetProblem {
  readonly code: TargetProblemCode;
  readonly params?: Readonly<Record<string, string | number>>;
  /** A problem found deeper (an amount that does not read), said first. */
  readonly cause?: Problem;
}

/** Thrown by the target rules and use cases; nothing was changed when it is. */
export class TargetRefused extends Error {
  constructor(readonly problem: TargetProblem) {
    super(`target refused: ${problem.code}`);
    this.name = 'TargetRefused';
  }
}

export const refuse = (
  code: TargetProblemCode,
  params?: Record<string, string | number>,
  cause?: Problem,
): TargetRefused => new TargetRefused({ code, ...(params ? { params } : {}), ...(cause ? { cause } : {}) });
