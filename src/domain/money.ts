import { type Problem, type ProblemCode, problem } from './problem.js';

/**
 * Money is integer minor units (cents) in a safe-integer number. Parsing works on digit strings and
 * BigInt and formatting hands Intl an exact decimal string, so no amount ever passes through a float.
 */

/** The largest amount anyone may type, in major units: more than this is taken for a typo. */
export const MAX_MAJOR_UNITS = 1_000_000_000_000n;

/** Whether an amount in minor units is one Pacer stores: at most 10^12 major units, counted exactly. */
export function withinAmountLimit(minor: number, currency: string): boolean {
  return (
    Number.isSafeInteger(minor) &&
    BigInt(minor) <= MAX_MAJOR_UNITS * 10n ** BigInt(minorUnitExponent(currency))
  );
}

export type AmountResult = { ok: true; cents: number } | { ok: false; problem: Problem };

// 万 and 亿 are the Chinese units of ten thousand and a hundred million; 萬 and 億 are their
// traditional (and Japanese) forms.
const MULTIPLIERS: Record<string, bigint> = {
  k: 1_000n,
  m: 1_000_000n,
  万: 10_000n,
  萬: 10_000n,
  亿: 100_000_000n,
  億: 100_000_000n,
};

// Written forms people use that Intl does not produce (after NFKC, so ￥ is already ¥).
const EXTRA_SYMBOLS: Record<string, string[]> = {
  US$: ['USD'],
  RMB: ['CNY'],
  元: ['CNY'],
  円: ['JPY'],
};

let currencyCodes: Set<string> | undefined;

/** An ISO 4217 code this runtime knows, in capitals: `USD`, `EUR`, `CNY`. */
export function isCurrencyCode(text: string): boolean {
  currencyCodes ??= new Set(Intl.supportedValuesOf('currency'));
  return /^[A-Z]{3}$/.test(text) && currencyCodes.has(text);
}

interface CurrencyInfo {
  exponent: number;
  /** All the minor digits: `$12,500.50`, `$12,500.00`. */
  always: Intl.NumberFormat;
  /** None of them, for whole amounts under `auto`: `$12,500`. */
  auto: Intl.NumberFormat;
}

// Intl formatters are costly to build and a team has one currency: one set per currency and
// language, made once.
const currencyInfos = new Map<string, CurrencyInfo>();

function currencyInfo(currency: string, locale = 'en-US'): CurrencyInfo {
  const cacheKey = `${locale} ${currency}`;
  let info = currencyInfos.get(cacheKey);
  if (!info) {
    const standard = new Intl.NumberFormat(locale, { style: 'currency', currency });
    const exponent = standard.resolvedOptions().maximumFractionDigits ?? 2;
    info = {
      exponent,
      always: standard,
      auto: new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        minimumFractionDigits: 0,
        maximumFractionDigits: exponent,
      }),
    };
    currencyInfos.set(cacheKey, info);
  }
  return info;
}

/** Digits after the decimal point in this currency: 2 for USD, 0 for JPY and KRW, 3 for BHD. */
export function minorUnitExponent(currency: string): number {
  return currencyInfo(currency).exponent;
}

let symbolTable: Map<string, string[]> | undefined;

/**
 * Every symbol Intl writes in English, with the currencies it can stand for: the currency whose own
 * symbol it is comes first (`$` → USD, then CAD, AUD… whose narrow symbol it also is).
 */
function symbols(): Map<string, string[]> {
  if (symbolTable) return symbolTable;
  const table = new Map<string, string[]>();
  const add = (symbol: string, code: string) => {
    if (symbol === code || /\s/.test(symbol)) return;
    const codes = table.get(symbol) ?? [];
    if (!codes.includes(code)) table.set(symbol, [...codes, code]);
  };
  const codes = Intl.supportedValuesOf('currency');
  for (const display of ['symbol', 'narrowSymbol'] as const) {
    for (const code of codes) {
      const parts = new Intl.NumberFormat('en-US', {
        style: 'currency',
        currency: code,
        currencyDisplay: display,
      })
        .formatToParts(1)
        .find((p) => p.type === 'currency');
      if (parts) add(parts.value, code);
    }
  }
  for (const [symbol, meant] of Object.entries(EXTRA_SYMBOLS)) for (const code of meant) add(symbol, code);
  symbolTable = table;
  return table;
}

/** The currencies a code or symbol can mean (`usd` → USD, `¥` → JPY, CNY), or null when it is neither. */
function currenciesMeantBy(marker: string): string[] | null {
  // Codes are read in any case (usd); symbols only as written, so a k or m is never a kina or a manat.
  const code = /^[A-Za-z]{3}$/.test(marker) ? marker.toUpperCase() : marker;
  if (isCurrencyCode(code)) return [code];
  return symbols().get(code) ?? null;
}

/** Whether `text` is a currency code or symbol on its own (`USD`, `usd`, `$`, `€`, `元`). */
export function isCurrencyMarker(text: string): boolean {
  return currenciesMeantBy(text.normalize('NFKC').trim()) !== null;
}

// [currency] [sign] digits[.digits][unit] [currency]; the pieces are checked one by one below so each
// mistake gets its own message.
const AMOUNT =
  /^(?<before>[^\d\s.,+\-−]+)?\s*(?<sign>[+\-−])?\s*(?<before2>[^\d\s.,+\-−]+)?(?<whole>\d[\d,]*)?(?:\.(?<fraction>\d+))?(?:\s*(?<unit>[kKmM万萬亿億])(?![A-Za-z]))?\s*(?<after>[^\d\s.,]+)?$/u;

/**
 * Reads an amount as people type it into integer minor units of `currency`: `12500`, `12,500`,
 * `12500.50`, `12.5k`, `1.2M`, `1.5万`, `3亿`, `$12,500`, `USD 12,500`, `12,500 USD`.
 * A point marks decimals and commas group thousands, nothing else. Refuses, with an example of
 * the right form: zero, negatives, more decimals than the currency has, more than 10^12, exponents,
 * bad grouping, and another currency's code or symbol.
 */
export function parseAmount(input: string, currency: string): AmountResult {
  const text = input.normalize('NFKC').trim();
  // Every refusal carries an example of the right form (in the catalog): the text as typed is a param.
  const fail = (code: ProblemCode, params?: Record<string, string | number>): AmountResult => ({
    ok: false,
    problem: problem(code, params),
  });
  if (!text) return fail('amount.empty');
  const m = AMOUNT.exec(text)?.groups;
  if (!m?.whole || (m.before && m.before2)) {
    if (/^[+\-−]?\d+(?:\.\d+)?e[+\-−]?\d+$/i.test(text)) return fail('amount.exponent', { text });
    return fail('amount.unreadable', { text });
  }
  for (const marker of [m.before, m.before2, m.after]) {
    if (!marker) continue;
    const meant = currenciesMeantBy(marker);
    if (!meant) return fail('amount.unreadable', { text });
    if (!meant.includes(currency)) {
      // Two candidates are named ("JPY or CNY"); a symbol shared by more names its own currency.
      return fail('amount.wrongCurrency', {
        text,
        first: meant[0]!,
        second: meant.length === 2 ? meant[1]! : '',
        count: meant.length === 2 ? 2 : 1,
        currency,
      });
    }
  }
  if (m.sign === '-' || m.sign === '−') return fail('amount.notPositive');
  if (!/^(?:\d+|\d{1,3}(?:,\d{3})+)$/.test(m.whole)) return fail('amount.commas', { text });
  const whole = m.whole.replace(/,/g, '');
  const fraction = m.fraction ?? '';
  const multiplier = m.unit ? MULTIPLIERS[m.unit.toLowerCase()]! : 1n;
  const exponent = minorUnitExponent(currency);
  // Without a unit, "1.200" is more likely a thousands point than a 1.20 with a stray zero.
  const tooManyDecimals = () => fail('amount.tooManyDecimals', { text, currency, exponent });
  if (multiplier === 1n && fraction.length > exponent) return tooManyDecimals();
  // (whole.fraction) × unit × 10^exponent, exactly.
  const scaled = BigInt(whole + fraction) * multiplier * 10n ** BigInt(exponent);
  const divisor = 10n ** BigInt(fraction.length);
  if (scaled % divisor !== 0n) return tooManyDecimals();
  const minor = scaled / divisor;
  if (minor === 0n) return fail('amount.notPositive');
  if (minor > MAX_MAJOR_UNITS * 10n ** BigInt(exponent)) return fail('amount.tooLarge', { text });
  // Four-decimal currencies (CLF) pass 2^53 below 10^12 major units, and the number must stay exact.
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) return fail('amount.inexact', { text, currency });
  return { ok: true, cents: Number(minor) };
}

/** The exact decimal `-12500.50` for minor units, as a string so no float touches it. */
function decimalString(cents: number, exponent: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Money must be whole minor units, got ${cents}`);
  const digits = Math.abs(cents)
    .toString()
    .padStart(exponent + 1, '0');
  const major = digits.slice(0, digits.length - exponent);
  const minor = digits.slice(digits.length - exponent);
  return `${cents < 0 ? '-' : ''}${major}${exponent > 0 ? `.${minor}` : ''}`;
}

/**
 * `$12,500`, `$12,500.50`, `CN¥15,000`, `€1,200`, `¥1,200` (JPY has no minor unit), `CHF 12.50`.
 * With `showCents: 'auto'` (the default) whole amounts drop `.00`; `always` keeps them. `locale`
 * (a BCP 47 tag, `en-US` unless given) picks the symbol and grouping: `US$12,500` in `zh-CN`.
 * Exact for every safe integer; throws a RangeError for anything else, which is a bug in the caller.
 */
export function formatMoney(
  cents: number,
  currency: string,
  options: { showCents?: 'auto' | 'always'; locale?: string } = {},
): string {
  const info = currencyInfo(currency, options.locale);
  const whole = cents % 10 ** info.exponent === 0;
  const format = options.showCents === 'always' || !whole ? info.always : info.auto;
  // A decimal string is formatted exactly (ECMA-402 reads it as a decimal, not a double).
  return format.format(decimalString(cents, info.exponent) as `${number}`);
}

/** The amount as a plain number for a form field: `12500.50`, `12500`; no symbol or grouping. */
export function plainAmount(cents: number, currency: string): string {
  const text = decimalString(cents, minorUnitExponent(currency));
  return /\.0+$/.test(text) ? text.replace(/\.0+$/, '') : text;
}
