/**
 * What is wrong with what someone typed, as a code with parameters: the domain says what, the Slack
 * layer says it in words (src/slack/problem-text.ts) in the reader's language. `cause` is a
 * problem found deeper (an amount inside a /deal command), said first.
 */
/** A value in a problem: a list (known region names) is put in words by the language that says it. */
export type ProblemParam = string | number | readonly string[];

export interface Problem {
  readonly code: ProblemCode;
  readonly params?: Readonly<Record<string, ProblemParam>>;
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
  // Refusals after parsing (use-cases/deals.ts): who may log, list or change which deal.
  'deal.forOthersNotAllowed',
  'deal.notTheirReport',
  'deal.ownerInactive',
  'deal.moveToSelf',
  'deal.gone',
  'deal.goneNothingChanged',
  'deal.notYours',
  'deal.listNotAllowed',
  'deal.listNotMention',
  'deal.nothingToUndo',
  // The deal form and its buttons.
  'form.closedOnEmpty',
  'form.outOfDate',
  'action.outOfDate',
  'caller.unknown',
  // Team setup (use-cases/team-setup.ts): regions, product lines, timezone, currency, structure.
  'catalog.unknown',
  'catalog.badName',
  'setting.timezone',
  'setting.currency',
  'member.ownManager',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export const problem = (
  code: ProblemCode,
  params?: Record<string, ProblemParam>,
  cause?: Problem,
): Problem => ({ code, ...(params ? { params } : {}), ...(cause ? { cause } : {}) });

/**
 * A refusal thrown by a rule or a use case: nothing was stored, and the Slack layer answers with the
 * problem in the reader's language (problem-text.ts), on the form field it belongs to (deal form).
 * The message is the code, for logs; it is never shown to anyone.
 */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.code);
    this.name = 'ProblemError';
  }
}

/** Throws `code` with its parameters: `throw refusal('deal.gone')`. */
export const refusal = (code: ProblemCode, params?: Record<string, ProblemParam>): ProblemError =>
  new ProblemError(problem(code, params));
