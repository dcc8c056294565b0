import { validateCustomerName } from '../customers.js';
import { parseAmount } from '../money.js';
import { hasControlCharacters } from '../text.js';
import { addDays, isLocalDate, type LocalDate } from '../time.js';

export interface ParsedDeal {
  cents: number;
  customerName: string;
  product?: string;
  region?: string;
  closedOn: LocalDate;
  forUserId?: string;
  note?: string;
}

export type DealParse = { ok: true; value: ParsedDeal } | { ok: false; error: string };

const EXAMPLE = '`/deal 12,500 Acme Corp product:Cloud date:yesterday`';
const OPTION = /^(product|region|date|for|note):/i;
const USER_MENTION = /^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>$/;
const EARLIEST = '2000-01-01';

interface Scanned {
  words: string[];
  options: Map<string, string>;
}

/** Words and `key:value` options; quotes keep spaces; `note:` takes the rest of the line. */
function scan(text: string): Scanned {
  const words: string[] = [];
  const options = new Map<string, string>();
  let i = 0;
  const readValue = (): string => {
    const open = text[i];
    const close = open === '"' ? '"' : open === '“' ? '”' : null;
    if (close) {
      const end = text.indexOf(close, i + 1);
      const value = text.slice(i + 1, end === -1 ? text.length : end);
      i = end === -1 ? text.length : end + 1;
      return value;
    }
    const start = i;
    while (i < text.length && !/\s/.test(text[i]!)) i++;
    return text.slice(start, i);
  };
  while (i < text.length) {
    if (/\s/.test(text[i]!)) {
      i++;
      continue;
    }
    const option = OPTION.exec(text.slice(i));
    if (option) {
      const key = option[1]!.toLowerCase();
      i += option[0].length;
      if (key === 'note') {
        options.set(key, text.slice(i).trim());
        break;
      }
      options.set(key, readValue());
      continue;
    }
    words.push(readValue());
  }
  return { words, options };
}

function resolveDate(text: string, today: LocalDate): { date?: LocalDate; error?: string } {
  const word = text.toLowerCase();
  if (word === 'today') return { date: today };
  if (word === 'yesterday') return { date: addDays(today, -1) };
  if (!isLocalDate(text)) {
    return {
      error: `“${text}” is not a date I can read. Use YYYY-MM-DD, today or yesterday, e.g. ${EXAMPLE}.`,
    };
  }
  if (text > today)
    return { error: `A deal cannot close in the future (today is ${today}). E.g. ${EXAMPLE}.` };
  if (text < EARLIEST) return { error: `That date is before ${EARLIEST}. E.g. ${EXAMPLE}.` };
  return { date: text };
}

/**
 * Reads `/deal <amount> <customer> [product:…] [region:…] [date:…] [for:@user] [note:…]`.
 * The text is as the user typed it (Slack's &amp; entities already decoded); mentions are
 * `<@U…>` or `<@U…|name>`. Lists (products, regions, people) are checked by the caller.
 */
export function parseDealCommand(text: string, context: { today: LocalDate; currency: string }): DealParse {
  const fail = (error: string): DealParse => ({ ok: false, error });
  const { words, options } = scan(text.trim());
  const [first, ...rest] = words;
  if (!first) return fail(`Give an amount and a customer, e.g. ${EXAMPLE}.`);
  // "USD 12,500 Acme": a currency code before the number is part of the amount.
  const joinCode = /^[A-Za-z]{3}$/.test(first) && rest.length > 0 && /^[\d$€£¥]/.test(rest[0]!);
  const amountText = joinCode ? `${first}${rest.shift()}` : first;
  const amount = parseAmount(amountText, context.currency);
  if (!amount.ok) return fail(amount.error);

  const customerName = rest.join(' ').trim();
  if (!customerName) return fail(`Who was the customer? Put the name after the amount, e.g. ${EXAMPLE}.`);
  const nameProblem = validateCustomerName(customerName);
  if (nameProblem) return fail(nameProblem);

  const value: ParsedDeal = { cents: amount.cents, customerName, closedOn: context.today };
  const date = options.get('date');
  if (date !== undefined) {
    const resolved = resolveDate(date, context.today);
    if (!resolved.date) return fail(resolved.error ?? `Bad date. E.g. ${EXAMPLE}.`);
    value.closedOn = resolved.date;
  }
  const forUser = options.get('for');
  if (forUser !== undefined) {
    const id = USER_MENTION.exec(forUser)?.[1];
    if (!id) {
      return fail(
        `For someone else, mention them so Slack fills in who they are: type for:@ and pick the name from the list, e.g. \`/deal 12,500 Acme Corp for:@ana\`.`,
      );
    }
    value.forUserId = id;
  }
  for (const key of ['product', 'region'] as const) {
    const v = options.get(key)?.trim();
    if (v === '') return fail(`Give a name after ${key}:, e.g. ${EXAMPLE}.`);
    if (v) value[key] = v;
  }
  const note = options.get('note');
  if (note) {
    if (hasControlCharacters(note, { allowNewlines: true }))
      return fail(`The note has control characters in it. Type it plainly, e.g. ${EXAMPLE}.`);
    if (note.length > 2000) return fail(`A note is at most 2,000 characters. E.g. ${EXAMPLE} note:renewal`);
    value.note = note;
  }
  return { ok: true, value };
}
