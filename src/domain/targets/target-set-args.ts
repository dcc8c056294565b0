import { parseAmount, withinAmountLimit } from '../money.js';
import { type Period, parsePeriod } from '../periods.js';
import { stretchFromPercent } from './growth.js';
import { refuse } from './target-problem.js';

/** `40%`, `+40%`, `12.5%` → 40, 40, 12.5; null when not a percentage. */
export function parsePercent(word: string): number | null {
  const m = /^([+-]?\d{1,4}(?:\.\d{1,2})?)%$/.exec(word);
  return m ? Number(m[1]) : null;
}

export interface TargetSetWords {
  period: string;
  amount: string;
  /** What follows the amount: `stretch <amount>`, `stretch +N%`, `split:seasonal|even`, `announce`. */
  options: readonly string[];
  note: string | null;
}

export interface TargetSetArgs {
  period: Period;
  amountCents: number;
  stretchCents: number | null;
  split: 'even' | 'seasonal';
  note: string | null;
  /** `announce`: the team's and regions' targets for the period are posted to the channel too. */
  announce: boolean;
}

/**
 * The rules of `/target set <scope> <period> <amount> [stretch …] [split:…] [announce] [note:…]` after the
 * scope: a week, month, quarter or year; an amount in the team's currency; a stretch as an amount or
 * a percentage above the base, never below it; a seasonal split for a year only. Throws
 * TargetRefused with the first thing wrong.
 */
export function readTargetSet(words: TargetSetWords, currency: string): TargetSetArgs {
  const period = parsePeriod(words.period);
  if (!period || period.kind === 'day') throw refuse('set.badPeriod', { text: words.period });
  const amount = parseAmount(words.amount, currency);
  if (!amount.ok) throw refuse('set.amount', undefined, amount.problem);
  let stretchCents: number | null = null;
  let split: 'even' | 'seasonal' = 'even';
  let announce = false;
  const rest = words.options;
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i]!.toLowerCase();
    if (word === 'stretch') {
      const value = rest[++i] ?? '';
      const percent = parsePercent(value);
      if (percent !== null) {
        stretchCents = stretchFromPercent(amount.cents, percent);
        if (!withinAmountLimit(stretchCents, currency))
          throw refuse('set.stretchTooLarge', { percent, amountCents: amount.cents });
      } else {
        const stretch = parseAmount(value, currency);
        if (!stretch.ok) throw refuse('set.badStretch');
        stretchCents = stretch.cents;
      }
    } else if (word === 'announce') {
      announce = true;
    } else if (word === 'split:seasonal' || word === 'split:even') {
      if (period.kind !== 'year') throw refuse('set.splitNotYear');
      split = word === 'split:seasonal' ? 'seasonal' : 'even';
    } else {
      throw refuse('set.unknownWord', { word: rest[i]! });
    }
  }
  if (stretchCents !== null && stretchCents < amount.cents) throw refuse('set.stretchBelowBase');
  return {
    period,
    amountCents: amount.cents,
    stretchCents,
    split,
    note: words.note?.trim() || null,
    announce,
  };
}
