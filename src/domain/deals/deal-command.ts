import { validateCustomerName } from '../customers.js';
import { isCurrencyMarker, parseAmount } from '../money.js';
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

export type DealParse = { ok: true; value: ParsedDeal } | { ok: false; error: string };

export interface DealCommandContext {
  /** Today in the team's timezone. */
  today: LocalDate;
  /** The team's one currency, e.g. `USD`. */
  currency: string;
}

export const MAX_NOTE = 2_000;

const EXAMPLE = '`/deal 12,500 Acme Corp product:Cloud date:yesterday`';
const TRY = `Try: ${EXAMPLE}`;
const USER_MENTION = /<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/;
const NOTE_EXAMPLE = 'Try: `/deal 12,500 Acme Corp note:renewal, signed for two years`';
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
function spaceInsideAmount(words: Word[], taken: number): string | null {
  const [amount, next, ...rest] = [words[taken - 1], words[taken], ...words.slice(taken + 1)];
  if (!amount || !next || next.quoted || !/\d$/.test(amount.raw)) return null;
  const name = joinRaw([next, ...rest]);
  const quote = `If “${name}” is the customer, put it in quotes: \`/deal ${joinRaw(words.slice(0, taken))} "${name}"\``;
  // Only after 1–3 plain digits: `12,000 500 Startups` already has its thousands marked.
  if (/^\d{1,3}$/.test(amount.value) && /^\d{3}(?:[.,]\d+)?$/.test(next.raw))
    return `Is “${amount.raw} ${next.raw}” one amount? Write it without spaces, e.g. \`${amount.raw},${next.raw}\`. ${quote}.`;
  if (/^[kKmM]$/.test(next.raw) && rest.length > 0)
    return `Did you mean ${amount.raw}${next.raw.toLowerCase()}? Write the unit without a space. ${quote}.`;
  return null;
}

type Step<T> = { ok: true; value: T } | { ok: false; error: string };
const failed = (error: string): { ok: false; error: string } => ({ ok: false, error });
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
    if (ambiguous) return failed(ambiguous);
    return { ok: true, value: { cents: amount.cents, taken } };
  }
  if (!/\d/.test(amountText) && words.some((w) => parseAmount(w.value, currency).ok)) {
    return failed(`Put the amount first, then the customer. ${TRY}`);
  }
  if (codeAfter) {
    // "100 ALL Star": a customer whose name starts like a currency code.
    const name = joinRaw(words.slice(taken - 1));
    return failed(
      `${amount.error} If “${name}” is the customer, put the name in quotes: ` +
        `\`/deal ${joinRaw(words.slice(0, taken - 1))} "${name}"\``,
    );
  }
  return failed(`${amount.error} ${TRY}`);
}

function readCustomer(nameWords: Word[]): Step<string> {
  if (nameWords.length === 0) return failed(`Who was the customer? Put the name after the amount. ${TRY}`);
  const only = nameWords.length === 1 ? nameWords[0]! : undefined;
  const name = only?.quoted ? only.value.trim() : joinRaw(nameWords);
  // An unquoted mention is most likely a forgotten for:; a quoted name is kept as typed (and escaped
  // wherever it is shown, so it pings nobody).
  const mentioned = only?.quoted ? undefined : USER_MENTION.exec(name)?.[0];
  if (mentioned) {
    return failed(
      `The customer name has a mention in it (${mentioned}). To log the deal for someone, write ` +
        `for: right before the mention, e.g. \`/deal 12,500 Acme Corp for:@ana\`; to keep it in the ` +
        'name, put the whole name in quotes.',
    );
  }
  const problem = validateCustomerName(name);
  return problem ? failed(problem) : { ok: true, value: name };
}

function readForUser(given: string): Step<string> {
  const typed = given.trim();
  const mention = USER_MENTION.exec(typed);
  if (mention?.[0] === typed && mention[1]) return { ok: true, value: mention[1] };
  const how = 'type @ after for: and pick the person from the list Slack shows, so it becomes a mention';
  const what = typed ? `“${typed}” is not a mention` : 'Say who the deal is for';
  return failed(`${what}: ${how}. Try: \`/deal 12,500 Acme Corp for:@ana\``);
}

function readName(key: 'product' | 'region', given: string): Step<string> {
  const name = given.trim();
  if (!name) {
    return failed(`Give a name after ${key}:, e.g. ${key}:${key === 'product' ? 'Cloud' : 'North'}. ${TRY}`);
  }
  if (hasControlCharacters(name)) return failed(`The ${key} has control characters in it. ${TRY}`);
  return { ok: true, value: name };
}

/** What is wrong with a deal's note, in a sentence, or null: the command and the form share it. */
export function noteProblem(note: string): string | null {
  if (hasControlCharacters(note, { allowNewlines: true }))
    return 'The note has control characters in it; type it plainly.';
  if ([...note].length > MAX_NOTE) return `A note is at most ${MAX_NOTE.toLocaleString('en-US')} characters.`;
  return null;
}

function readNote(given: string): Step<string | undefined> {
  const note = unquote(given);
  if (!note) return { ok: true, value: undefined };
  const problem = noteProblem(note);
  return problem ? failed(`${problem} ${NOTE_EXAMPLE}`) : { ok: true, value: note };
}

/**
 * Reads `/deal <amount> <customer> [product:…] [region:…] [date:…] [for:<@U…>] [note:…]`.
 * `text` is what the user typed: Slack's &amp; &lt; &gt; already decoded (decodeSlackText), real
 * mentions as `<@U…|name>`. Sub-commands (list, undo, help, empty) are the caller's; so are the
 * product, region and person lists. Every error is a sentence with an example of the right form.
 */
export function parseDealCommand(text: string, context: DealCommandContext): DealParse {
  const scanned = scanDealText(text.trim());
  if (!scanned.ok) return failed(`You gave ${scanned.twice}: twice; give it once. ${TRY}`);
  const { words, options } = scanned;
  if (words.length === 0) return failed(`Give an amount and a customer. ${TRY}`);

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
    if (!date.trim()) return failed(`Give a date after date:, YYYY-MM-DD, today or yesterday. ${TRY}`);
    const closedOn = resolveClosedOn(date, context.today);
    if (!closedOn.ok) return failed(`${closedOn.error} ${TRY}`);
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
