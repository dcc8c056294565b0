import type { Problem, ProblemCode } from '../domain/problem.js';
import type { MessageKey } from '../i18n/catalog.js';
import type { Speaker } from '../i18n/translator.js';

// Exhaustive: a new code fails the typecheck until it has words in the catalog.
const KEYS: Record<ProblemCode, MessageKey> = {
  'amount.empty': 'problem.amount.empty',
  'amount.exponent': 'problem.amount.exponent',
  'amount.unreadable': 'problem.amount.unreadable',
  'amount.notPositive': 'problem.amount.notPositive',
  'amount.commas': 'problem.amount.commas',
  'amount.tooManyDecimals': 'problem.amount.tooManyDecimals',
  'amount.tooLarge': 'problem.amount.tooLarge',
  'amount.inexact': 'problem.amount.inexact',
  'amount.wrongCurrency': 'problem.amount.wrongCurrency',
  'closedOn.future': 'problem.closedOn.future',
  'closedOn.unreadable': 'problem.closedOn.unreadable',
  'closedOn.notOnCalendar': 'problem.closedOn.notOnCalendar',
  'closedOn.tooEarly': 'problem.closedOn.tooEarly',
  'customer.empty': 'problem.customer.empty',
  'customer.tooLong': 'problem.customer.tooLong',
  'customer.control': 'problem.customer.control',
  'note.control': 'problem.note.control',
  'note.tooLong': 'problem.note.tooLong',
  'deal.optionTwice': 'problem.deal.optionTwice',
  'deal.empty': 'problem.deal.empty',
  'deal.amountFirst': 'problem.deal.amountFirst',
  'deal.amount': 'problem.deal.amount',
  'deal.amountOrName': 'problem.deal.amountOrName',
  'deal.spacedAmount': 'problem.deal.spacedAmount',
  'deal.spacedUnit': 'problem.deal.spacedUnit',
  'deal.noCustomer': 'problem.deal.noCustomer',
  'deal.mentionInName': 'problem.deal.mentionInName',
  'deal.forNotMention': 'problem.deal.forNotMention',
  'deal.forEmpty': 'problem.deal.forEmpty',
  'deal.nameEmpty': 'problem.deal.nameEmpty',
  'deal.nameControl': 'problem.deal.nameControl',
  'deal.note': 'problem.deal.note',
  'deal.dateEmpty': 'problem.deal.dateEmpty',
  'deal.date': 'problem.deal.date',
};

/**
 * A domain problem in words, in the speaker's language, with its example. What the person typed
 * is quoted as given: UserFacingError neutralises `<!channel>` and links when it is shown.
 */
export function problemText(say: Speaker, problem: Problem): string {
  const params: Record<string, string | number> = { ...problem.params };
  if (problem.cause) params.cause = problemText(say, problem.cause);
  return say.t(KEYS[problem.code], params);
}
