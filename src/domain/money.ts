/**
 * Money is integer minor units (cents) in a safe-integer number. Parsing and formatting work on
 * digit strings and BigInt, never on floating point.
 */

export const MAX_MAJOR_UNITS = 1_000_000_000_000n;

export type AmountResult = { ok: true; cents: number } | { ok: false; error: string };

const MULTIPLIERS: Record<string, bigint> = { k: 1_000n, m: 1_000_000n, 万: 10_000n, 亿: 100_000_000n };

// Symbols people type, and the currencies they can mean.
const SYMBOLS: Record<string, string[]> = {
  $: ['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'MXN'],
  US$: ['USD'],
  '€': ['EUR'],
  '£': ['GBP'],
  '¥': ['JPY', 'CNY'],
  'CN¥': ['CNY'],
  '￥': ['JPY', 'CNY'],
  '₹': ['INR'],
  '₩': ['KRW'],
  R$: ['BRL'],
  CHF: ['CHF'],
};

const EXAMPLE = 'Try: `/deal 12,500 Acme Corp` (also 12.5k, 1.2m, 1.5万).';

export function isCurrencyCode(text: string): boolean {
  return /^[A-Z]{3}$/.test(text) && Intl.supportedValuesOf('currency').includes(text);
}

// Intl formatters are costly to build and currencies are few: one per currency, made once.
const currencyFormats = new Map<string, { exponent: number; symbol: string }>();
const grouping = new Intl.NumberFormat('en-US');

function currencyFormat(currency: string): { exponent: number; symbol: string } {
  let known = currencyFormats.get(currency);
  if (!known) {
    const format = new Intl.NumberFormat('en-US', { style: 'currency', currency });
    known = {
      exponent: format.resolvedOptions().maximumFractionDigits ?? 2,
      symbol: format.formatToParts(1).find((p) => p.type === 'currency')?.value ?? currency,
    };
    currencyFormats.set(currency, known);
  }
  return known;
}

/** Digits after the decimal point in this currency: 2 for USD, 0 for JPY. */
export function minorUnitExponent(currency: string): number {
  return currencyFormat(currency).exponent;
}

function currencySymbol(currency: string): string {
  return currencyFormat(currency).symbol;
}

/** Reads an amount as people type it; refuses anything ambiguous, with an example of the right form. */
export function parseAmount(input: string, currency: string): AmountResult {
  let text = input.trim().replace(/\s+/g, '');
  if (!text) return { ok: false, error: `Give an amount first. ${EXAMPLE}` };
  const quoted = `“${input.trim()}”`;

  // A currency code or symbol, before or after the number.
  const code = /^([A-Za-z]{3})(?=[\d.])|(?<=[\d.kKmM万亿])([A-Za-z]{3})$/.exec(text);
  if (code) {
    const found = (code[1] ?? code[2] ?? '').toUpperCase();
    if (isCurrencyCode(found)) {
      if (found !== currency) return wrongCurrency(found, currency);
      text = text.replace(code[0], '');
    }
  }
  const symbol = Object.keys(SYMBOLS)
    .sort((a, b) => b.length - a.length)
    .find((s) => text.startsWith(s) || text.endsWith(s));
  if (symbol) {
    const means = SYMBOLS[symbol] ?? [];
    if (!means.includes(currency) && currencySymbol(currency) !== symbol) {
      return wrongCurrency(means.length === 1 ? means[0]! : symbol, currency);
    }
    text = text.startsWith(symbol) ? text.slice(symbol.length) : text.slice(0, -symbol.length);
  }

  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?([kKmM万亿])?$/.exec(text);
  if (!m) {
    if (/^-/.test(text)) return { ok: false, error: `An amount must be more than zero. ${EXAMPLE}` };
    return { ok: false, error: `I couldn't read ${quoted} as an amount. ${EXAMPLE}` };
  }
  const whole = (m[1] ?? '0').replace(/,/g, '');
  const fraction = m[2] ?? '';
  const multiplier = MULTIPLIERS[(m[3] ?? '').toLowerCase()] ?? 1n;
  const exponent = minorUnitExponent(currency);
  // value = (whole.fraction) × multiplier × 10^exponent, exactly.
  const scaled = BigInt(whole + fraction) * multiplier * 10n ** BigInt(exponent);
  const divisor = 10n ** BigInt(fraction.length);
  if (scaled % divisor !== 0n) {
    return {
      ok: false,
      error: `${quoted} has more decimals than ${currency} has (${exponent}). ${EXAMPLE}`,
    };
  }
  const minor = scaled / divisor;
  if (minor <= 0n) return { ok: false, error: `An amount must be more than zero. ${EXAMPLE}` };
  if (minor > MAX_MAJOR_UNITS * 10n ** BigInt(exponent)) {
    return {
      ok: false,
      error: `${quoted} is more than 1,000,000,000,000, which I take for a typo. ${EXAMPLE}`,
    };
  }
  return { ok: true, cents: Number(minor) };
}

function wrongCurrency(found: string, currency: string): AmountResult {
  return {
    ok: false,
    error: `Pacer counts this team's deals in ${currency}, and ${found} is another currency (one currency per team). Give the amount in ${currency}, e.g. \`/deal 12,500 Acme Corp\`.`,
  };
}

/** `$12,500`, `$12,500.50`, `CN¥15,000`, `¥1,200` (JPY has no minor unit). */
export function formatMoney(
  cents: number,
  currency: string,
  options: { showCents?: 'auto' | 'always' } = {},
): string {
  const exponent = minorUnitExponent(currency);
  const value = BigInt(Math.trunc(cents));
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const base = 10n ** BigInt(exponent);
  const major = grouping.format(abs / base);
  const minor = exponent > 0 ? (abs % base).toString().padStart(exponent, '0') : '';
  const showMinor = exponent > 0 && (options.showCents === 'always' || /[1-9]/.test(minor));
  return `${negative ? '-' : ''}${currencySymbol(currency)}${major}${showMinor ? `.${minor}` : ''}`;
}

/** The amount as a plain number for a form field: `12500.5` → `12500.50`, no symbol or grouping. */
export function plainAmount(cents: number, currency: string): string {
  const exponent = minorUnitExponent(currency);
  const base = 10n ** BigInt(exponent);
  const value = BigInt(cents);
  const minor = (value % base).toString().padStart(exponent, '0');
  return exponent > 0 && /[1-9]/.test(minor) ? `${value / base}.${minor}` : `${value / base}`;
}
