/** The options `/deal` understands after the amount. */
export const DEAL_OPTIONS = ['product', 'region', 'date', 'for', 'note'] as const;
export type DealOption = (typeof DEAL_OPTIONS)[number];

/** A word of the text as typed; `value` is the text inside the quotes when the whole word is quoted. */
export interface Word {
  raw: string;
  value: string;
  quoted: boolean;
}

export type ScannedDealText =
  | { ok: true; words: Word[]; options: Map<DealOption, string> }
  | { ok: false; twice: DealOption };

const OPTION = new RegExp(`^(${DEAL_OPTIONS.join('|')}):`, 'i');

// Straight and curly quotes both open and close: phones type “…”, and a mix (“…") still means a quote.
const QUOTES = '"“”';
const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

/**
 * Splits `/deal` text into words and `name:value` options. Quotes keep spaces together and hide
 * option-like text inside them; a quote with no closing partner is an ordinary character. A value
 * may follow its colon after spaces, may be quoted, and `<@U1|ann lee>` is read up to its `>`.
 * `note:` takes the rest of the text, newlines included.
 */
export function scanDealText(text: string): ScannedDealText {
  const words: Word[] = [];
  const options = new Map<DealOption, string>();
  let i = 0;

  // The end of a quote opened at `at`, or -1 when it is never closed.
  const closingQuote = (at: number): number => {
    for (let j = at + 1; j < text.length; j++) if (QUOTES.includes(text[j]!)) return j;
    return -1;
  };
  const toSpace = (from: number): number => {
    let j = from;
    while (j < text.length && !isSpace(text[j])) j++;
    return j;
  };

  const readWord = (): Word => {
    const start = i;
    const close = QUOTES.includes(text[i]!) ? closingQuote(i) : -1;
    if (close !== -1 && (close + 1 === text.length || isSpace(text[close + 1]))) {
      i = close + 1;
      return { raw: text.slice(start, i), value: text.slice(start + 1, close), quoted: true };
    }
    i = toSpace(close === -1 ? i : close + 1);
    const raw = text.slice(start, i);
    return { raw, value: raw, quoted: false };
  };

  const readValue = (): string => {
    let j = i;
    while (isSpace(text[j])) j++;
    // "product: region:North" leaves product empty rather than swallowing the next option.
    if (j === text.length || OPTION.test(text.slice(j))) return '';
    i = j;
    if (text[i] === '<') {
      const end = text.indexOf('>', i);
      if (end !== -1) {
        const value = text.slice(i, end + 1);
        i = end + 1;
        return value;
      }
    }
    return readWord().value;
  };

  while (i < text.length) {
    if (isSpace(text[i])) {
      i++;
      continue;
    }
    const option = OPTION.exec(text.slice(i));
    if (!option) {
      words.push(readWord());
      continue;
    }
    const name = option[1]!.toLowerCase() as DealOption;
    if (options.has(name)) return { ok: false, twice: name };
    i += option[0].length;
    if (name === 'note') {
      options.set(name, text.slice(i).trim());
      break;
    }
    options.set(name, readValue());
  }
  return { ok: true, words, options };
}

/** The text without one pair of quotes around all of it: `"Acme, Inc."` → `Acme, Inc.`. */
export function unquote(text: string): string {
  const t = text.trim();
  if (t.length >= 2 && QUOTES.includes(t[0]!) && QUOTES.includes(t.at(-1)!)) {
    const inner = t.slice(1, -1);
    // `"A" and "B"` is two quoted parts, not one quoted whole.
    if (![...inner].some((c) => QUOTES.includes(c))) return inner.trim();
  }
  return t;
}
