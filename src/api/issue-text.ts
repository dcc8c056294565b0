import type { ExternalDealIssue, ExternalDealIssueCode } from '../domain/deals/external-deal.js';
import type { Speaker } from '../i18n/translator.js';
import { problemText } from '../slack/problem-text.js';

/**
 * A field's problem in English for API clients (ADR 23: error bodies are for developers and
 * machines; `code` is the stable part). The deeper reasons (amount, date, customer, note) are the
 * words `/deal` uses.
 */
const WORDS: Record<ExternalDealIssueCode, (p: Readonly<Record<string, string | number>>) => string> = {
  required: () => 'is required',
  notText: () => 'must be a string',
  externalIdTooLong: (p) => `is longer than ${p.max} characters`,
  externalIdControl: () => 'has control characters in it',
  closedOn: (p) => `must be a date as YYYY-MM-DD${p.text ? `, not "${p.text}"` : ''}`,
  owner: (p) => `must be a Slack member ID (U…) or an email, not "${p.text}"`,
  customer: () => 'is not a valid customer name',
  amount: () => 'is not a valid amount',
  currency: (p) => `is "${p.given}" but the team counts in ${p.currency}`,
  name: (p) => `must be at most ${p.max} characters without control characters`,
  note: () => 'is not a valid note',
  ownerUnknown: (p) => `"${p.owner}" is not a member Pacer knows`,
  ownerInactive: (p) => `"${p.owner}" is deactivated in Slack or a bot`,
  productUnknown: (p) =>
    `"${p.name}" is not a product line Pacer knows${p.known ? ` (known: ${p.known})` : ' (none is set up)'}`,
  regionUnknown: (p) =>
    `"${p.name}" is not a region Pacer knows${p.known ? ` (known: ${p.known})` : ' (none is set up)'}`,
};

export function issueDetail(say: Speaker, issue: ExternalDealIssue): string {
  const words = WORDS[issue.code](issue.params ?? {});
  return issue.problem ? `${words}: ${problemText(say, issue.problem)}` : words;
}
