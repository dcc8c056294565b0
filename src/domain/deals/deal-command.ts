import { validateCustomerName } from '../customers.js';
import { isCurrencyMarker, parseAmount } from '../money.js';
import { type Problem, type ProblemCode, problem } from '../problem.js';
import { hasControlCharacters } from '../text.js';
import type { LocalDate } from '../time.js';
import { resolveClosedOn } from './closed-on.js';
import { scanDealText, unquote, type Word } from './deal-text.js';

export interface ParsedDeal {
  cents: number;
  /** As typed (quotes around the whole name removed); escaping happens only when it is shown. */
  customerName: string;
  product?: string;
  region?: string;
  closedOn: LocalDate;
  forUserId?: string;
  note?: string;
}

export type DealParse = { ok: true; value: ParsedDeal } | { ok: false; problem: Problem };

export interface DealCommandContext {
  /** Today in the team's timezone. */
  today: LocalDate;
  /** The team's one currency, e.g. `USD`. */
  currency: string;
}

export const MAX_NOTE = 2_000;

// The examples that end each refusal ("Try: `/deal 12,500 Acme Corp …`") are in the catalog.
const USER_MENTION = /<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/;
// Units that only make sense on a number, so `1.5 万` is one amount (a lone k or m could be a name).
const LONE_UNIT = /^[万萬亿億]$/;

/** The words that make the amount: `12,500`, or `USD 12,500`, `$ 12,500`, `12,500 USD`, `1.5 万`. */
function amountWords(words: Word[]): { count: number; codeAfter: boolean } {
  const [first, second] = words;
  if (!first || first.quoted) return { count: first ? 1 : 0, codeAfter: false };
  let count = 1;
  if (second && !/\d/.test(first.raw) && /^[+\-−]?\d/.test(second.raw) && isCurrencyMarker(first.raw)) {
    count = 2;
  }
  const next = words[count];
  if (next && !next.quoted && LONE_UNIT.test(next.raw)) count++;
  // Only a code in capitals joins from behind, and only with a customer after it: "USD" is then no name.
  const after = words[count];
  // A symbol (`12,500 € Acme`) is never part of a name: it joins, so a foreign one is refused.
  if (after && !after.quoted && words.length > count + 1 && isCurrencySymbol(after.raw)) {
    return { count: count + 1, codeAfter: false };
  }
  if (after && words.length > count + 1 && /^[A-Z]{3}$/.test(after.raw) && isCurrencyMarker(after.raw)) {
    return { count: count + 1, codeAfter: true };
  }
  return { count, codeAfter: false };
}

const isCurrencySymbol = (raw: string) => !/[\p{L}\d]/u.test(raw) && isCurrencyMarker(raw);

/**
 * `12 500 Acme` and `12.5 k Beta` read two ways (12,500, or 12 for “500 Acme”), so they are asked
 * about, not guessed: a wrong guess logs a wrong amount nobody notices.
 */
function spaceInsideAmount(words: Word[], taken: number): Problem | null {
  const [amount, next, ...rest] = [words[taken - 1], words[taken], ...words.slice(taken + 1)];
  if (!amount || !next || next.quoted || !/\d$/.test(amount.raw)) return null;
  const name = joinRaw([next, ...rest]);
  const quoted = { name, typed: joinRaw(words.slice(0, taken)) };
  // Only after 1–3 plain digits: `12,000 500 Startups` already has its thousands marked.
  if (/^\d{1,3}$/.test(amount.value) && /^\d{3}(?:[.,]\d+)?$/.test(next.raw))
    return problem('deal.spacedAmount', { amount: amount.raw, next: next.raw, ...quoted });
  if (/^[kKmM]$/.test(next.raw) && rest.length > 0)
    return problem('deal.spacedUnit', { amount: amount.raw, unit: next.raw.toLowerCase(), ...quoted });
  return null;
}

type Step<T> = { ok: true; value: T } | { ok: false; problem: Problem };
const failed = (
  code: ProblemCode,
  params?: Record<string, string | number>,
  cause?: Problem,
): { ok: false; problem: Problem } => ({ ok: false, problem: problem(code, params, cause) });
const refused = (p: Problem): { ok: false; problem: Problem } => ({ ok: false, problem: p });
const joinRaw = (words: Word[]) => words.map((w) => w.raw).join(' ');

function readAmount(words: Word[], currency: string): Step<{ cents: number; taken: number }> {
  const { count: taken, codeAfter } = amountWords(words);
  const amountText = words
    .slice(0, taken)
    .map((w) => w.value)
    .join(' ');
  const amount = parseAmount(amountText, currency);
  if (amount.ok) {
    const ambiguous = spaceInsideAmount(words, taken);
    if (ambiguous) return refused(ambiguous);
    return { ok: true, value: { cents: amount.cents, taken } };
  }
  if (!/\d/.test(amountText) && words.some((w) => parseAmount(w.value, currency).ok)) {
    return failed('deal.amountFirst');
  }
  if (codeAfter) {
    // "100 ALL Star": a customer whose name starts like a currency code.
    const name = joinRaw(words.slice(taken - 1));
    return failed('deal.amountOrName', { name, typed: joinRaw(words.slice(0, taken - 1)) }, amount.problem);
  }
  return failed('deal.amount', undefined, amount.problem);
}

function readCustomer(nameWords: Word[]): Step<string> {
  if (nameWords.length === 0) return failed('deal.noCustomer');
  const only = nameWords.length === 1 ? nameWords[0]! : undefined;
  const name = only?.quoted ? only.value.trim() : joinRaw(nameWords);
  // An unquoted mention is most likely a forgotten for:; a quoted name is kept as typed (and escaped
  // wherever it is shown, so it pings nobody).
  const mentioned = only?.quoted ? undefined : USER_MENTION.exec(name)?.[0];
  if (mentioned) {
    return failed('deal.mentionInName', { mention: mentioned });
  }
  const invalid = validateCustomerName(name);
  return invalid ? refused(invalid) : { ok: true, value: name };
}

function readForUser(given: string): Step<string> {
  const typed = given.trim();
  const mention = USER_MENTION.exec(typed);
  if (mention?.[0] === typed && mention[1]) return { ok: true, value: mention[1] };
  return typed ? failed('deal.forNotMention', { typed }) : failed('deal.forEmpty');
}

function readName(key: 'product' | 'region', given: string): Step<string> {
  const name = given.trim();
  if (!name) return failed('deal.nameEmpty', { key });
  if (hasControlCharacters(name)) return failed('deal.nameControl', { key });
  return { ok: true, value: name };
}

/** What is wrong with a deal's note, or null: the command and the form share it. */
export function noteProblem(note: string): Problem | null {
  if (hasControlCharacters(note, { allowNewlines: true })) return problem('note.control');
  if ([...note].length > MAX_NOTE) return problem('note.tooLong', { max: MAX_NOTE });
  return null;
}

function readNote(given: string): Step<string | undefined> {
  const note = unquote(given);
  if (!note) return { ok: true, value: undefined };
  const invalid = noteProblem(note);
  return invalid ? failed('deal.note', undefined, invalid) : { ok: true, value: note };
}

/**
 * Reads `/deal <amount> <customer> [product:…] [region:…] [date:…] [for:<@U…>] [note:…]`.
 * `text` is what the user typed: Slack's &amp; &lt; &gt; already decoded (decodeSlackText), real
 * mentions as `<@U…|name>`. Sub-commands (list, undo, help, empty) are the caller's; so are the
 * product, region and person lists. Every refusal is coded; its words carry an example of the right form.
 */
export function parseDealCommand(text: string, context: DealCommandContext): DealParse {
  const scanned = scanDealText(text.trim());
  if (!scanned.ok) return failed('deal.optionTwice', { option: scanned.twice });
  const { words, options } = scanned;
  if (words.length === 0) return failed('deal.empty');

  const amount = readAmount(words, context.currency);
  if (!amount.ok) return amount;
  const customer = readCustomer(words.slice(amount.value.taken));
  if (!customer.ok) return customer;
  const value: ParsedDeal = {
    cents: amount.value.cents,
    customerName: customer.value,
    closedOn: context.today,
  };

  const date = options.get('date');
  if (date !== undefined) {
    if (!date.trim()) return failed('deal.dateEmpty');
    const closedOn = resolveClosedOn(date, context.today);
    if (!closedOn.ok) return failed('deal.date', undefined, closedOn.problem);
    value.closedOn = closedOn.date;
  }
  const forUser = options.get('for');
  if (forUser !== undefined) {
    const id = readForUser(forUser);
    if (!id.ok) return id;
    value.forUserId = id.value;
  }
  for (const key of ['product', 'region'] as const) {
    const given = options.get(key);
    if (given === undefined) continue;
    const name = readName(key, given);
    if (!name.ok) return name;
    value[key] = name.value;
  }
  const note = readNote(options.get('note') ?? '');
  if (!note.ok) return note;
  if (note.value) value.note = note.value;
  return { ok: true, value };
}
