import type { Problem, ProblemCode } from '../domain/problem.js';
import type { MessageKey } from '../i18n/catalog.js';
import type { Speaker } from '../i18n/translator.js';
import { neutralise } from './user-facing-error.js';

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
  'deal.forOthersNotAllowed': 'problem.deal.forOthersNotAllowed',
  'deal.notTheirReport': 'problem.deal.notTheirReport',
  'deal.ownerInactive': 'problem.deal.ownerInactive',
  'deal.moveToSelf': 'problem.deal.moveToSelf',
  'deal.gone': 'problem.deal.gone',
  'deal.goneNothingChanged': 'problem.deal.goneNothingChanged',
  'deal.notYours': 'problem.deal.notYours',
  'deal.listNotAllowed': 'problem.deal.listNotAllowed',
  'deal.listNotMention': 'problem.deal.listNotMention',
  'deal.nothingToUndo': 'problem.deal.nothingToUndo',
  'form.closedOnEmpty': 'problem.form.closedOnEmpty',
  'form.outOfDate': 'problem.form.outOfDate',
  'action.outOfDate': 'problem.action.outOfDate',
  'caller.unknown': 'problem.caller.unknown',
  'catalog.unknown': 'problem.catalog.unknown',
  'catalog.badName': 'problem.catalog.badName',
  'setting.timezone': 'problem.setting.timezone',
  'setting.currency': 'problem.setting.currency',
  'member.ownManager': 'problem.member.ownManager',
};

/**
 * A domain problem in words, in the speaker's language, with its example. What the person typed
 * is quoted as given: the answer goes through `neutralise` (user-facing-error.ts) before it is
 * shown, which keeps a typed `<!channel>` or link as text. A list (the known regions) is joined
 * the way the language writes one (`North, South`; `华东、华北`).
 */
export function problemText(say: Speaker, problem: Problem): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(problem.params ?? {})) {
    params[name] = typeof value === 'object' ? listFormat(say.locale).format(value) : value;
  }
  if (problem.cause) params.cause = problemText(say, problem.cause);
  return say.t(KEYS[problem.code], params);
}

const lists = new Map<string, Intl.ListFormat>();
function listFormat(locale: string): Intl.ListFormat {
  let format = lists.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { type: 'conjunction', style: 'narrow' });
    lists.set(locale, format);
  }
  return format;
}

/** The words for a refusal, neutralised for Slack: what the person typed stays text. */
export function refusalText(say: Speaker, problem: Problem): string {
  return neutralise(problemText(say, problem));
}
