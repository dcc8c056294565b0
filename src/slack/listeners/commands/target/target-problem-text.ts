import type { TargetProblem, TargetProblemCode } from '../../../../domain/targets/target-problem.js';
import type { MessageKey } from '../../../../i18n/catalog.js';
import type { Speaker } from '../../../../i18n/translator.js';
import { escapeMrkdwn } from '../../../mrkdwn.js';
import { problemText } from '../../../problem-text.js';

// Exhaustive: a new code fails the typecheck until it has words in the catalog.
const KEYS: Record<TargetProblemCode, MessageKey> = {
  'set.scopeFirst': 'target.problem.scopeFirst',
  'set.notActiveMember': 'target.problem.notActiveMember',
  'set.badPeriod': 'target.problem.setBadPeriod',
  'set.amount': 'target.problem.setAmount',
  'set.stretchTooLarge': 'target.problem.stretchTooLarge',
  'set.badStretch': 'target.problem.badStretch',
  'set.splitNotYear': 'target.problem.splitNotYear',
  'set.unknownWord': 'target.problem.setUnknownWord',
  'set.stretchBelowBase': 'target.problem.stretchBelowBase',
  'permission.notYourReport': 'target.problem.notYourReport',
  'permission.managerScope': 'target.problem.managerScope',
  'permission.none': 'target.problem.notAllowed',
  'growth.first': 'target.problem.growthFirst',
  'growth.badStretch': 'target.problem.growthStretch',
  'growth.badYear': 'target.problem.growthYear',
  'growth.unknownWord': 'target.problem.growthUnknownWord',
  'growth.noHistory': 'target.problem.growthNoHistory',
  'growth.tooLow': 'target.problem.growthTooLow',
  'growth.stretchBelowBase': 'target.problem.growthStretchBelow',
  'show.badPeriod': 'target.problem.showBadPeriod',
  'show.unknownWord': 'target.problem.showUnknownWord',
  'show.oneScope': 'target.problem.oneScope',
  'acks.notAllowed': 'targetTold.problem.acksNotAllowed',
  'scope.typedName': 'target.problem.typedName',
  'scope.unknownEntry': 'target.problem.unknownEntry',
};

// What the person typed, quoted back: escaped so a typed <!channel> or link stays text.
const TYPED = new Set(['text', 'word', 'typed', 'name', 'known']);

/**
 * A refused `/target` in words, in the speaker's language, with its example. Amounts come in minor
 * units (`amountCents`) and are formatted for the language here; a deeper problem (the amount did
 * not read) is said first, without its `/deal` example.
 */
export function targetProblemText(say: Speaker, problem: TargetProblem, currency: string): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(problem.params ?? {})) {
    if (name.endsWith('Cents')) params[name.slice(0, -5)] = say.money(Number(value), currency);
    else params[name] = TYPED.has(name) ? escapeMrkdwn(String(value)) : value;
  }
  // The amount problems end with a `/deal` example; `/target` gives its own.
  if (problem.cause) params.cause = problemText(say, problem.cause).replace(/(Try: |试试：).*$/s, '');
  return say.t(KEYS[problem.code], params);
}
