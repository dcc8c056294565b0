/**
 * What is wrong with what someone typed, as a code with parameters: the domain says what, the Slack
 * layer says it in words (src/slack/problem-text.ts) in the reader's language. `cause` is a
 * problem found deeper (an amount inside a /deal command), said first.
 */
export interface Problem {
  readonly code: ProblemCode;
  readonly params?: Readonly<Record<string, string | number>>;
  readonly cause?: Problem;
}

export const PROBLEM_CODES = [
  'amount.empty',
  'amount.exponent',
  'amount.unreadable',
  'amount.notPositive',
  'amount.commas',
  'amount.tooManyDecimals',
  'amount.tooLarge',
  'amount.inexact',
  'amount.wrongCurrency',
  'closedOn.future',
  'closedOn.unreadable',
  'closedOn.notOnCalendar',
  'closedOn.tooEarly',
  'customer.empty',
  'customer.tooLong',
  'customer.control',
  'note.control',
  'note.tooLong',
  'deal.optionTwice',
  'deal.empty',
  'deal.amountFirst',
  'deal.amount',
  'deal.amountOrName',
  'deal.spacedAmount',
  'deal.spacedUnit',
  'deal.noCustomer',
  'deal.mentionInName',
  'deal.forNotMention',
  'deal.forEmpty',
  'deal.nameEmpty',
  'deal.nameControl',
  'deal.note',
  'deal.dateEmpty',
  'deal.date',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export const problem = (
  code: ProblemCode,
  params?: Record<string, string | number>,
  cause?: Problem,
): Problem => ({ code, ...(params ? { params } : {}), ...(cause ? { cause } : {}) });
