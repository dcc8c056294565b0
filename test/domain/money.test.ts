import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatMoney,
  isCurrencyCode,
  isCurrencyMarker,
  minorUnitExponent,
  parseAmount,
  plainAmount,
} from '../../src/domain/money.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { problemText } from '../../src/slack/problem-text.js';

// Problems are codes; the English catalog says them as Pacer always has, so these tests hold its words.
const inWords = (p: Parameters<typeof problemText>[1]) => problemText(createTranslator().speaker('en'), p);
const cents = (text: string, currency = 'USD') => {
  const result = parseAmount(text, currency);
  if (!result.ok) throw new Error(`expected ${text} to parse, got: ${inWords(result.problem)}`);
  return result.cents;
};
const error = (text: string, currency = 'USD') => {
  const result = parseAmount(text, currency);
  if (result.ok) throw new Error(`expected ${text} to be refused, got ${result.cents} cents`);
  return inWords(result.problem);
};

describe('parseAmount reads amounts as people type them', () => {
  it.each([
    ['12500', 1_250_000],
    ['12,500', 1_250_000],
    ['1,234,567', 123_456_700],
    ['12500.50', 1_250_050],
    ['12500.5', 1_250_050],
    ['12,500.05', 1_250_005],
    ['0.01', 1],
    ['12.5k', 1_250_000],
    ['12.5K', 1_250_000],
    ['12.5 k', 1_250_000],
    ['1.2m', 120_000_000],
    ['1.2M', 120_000_000],
    ['0.001k', 100],
    ['1.5万', 1_500_000],
    ['1.5萬', 1_500_000],
    ['3亿', 30_000_000_000],
    ['2億', 20_000_000_000],
    ['$12,500', 1_250_000],
    ['$ 12,500', 1_250_000],
    ['US$12,500', 1_250_000],
    ['12,500$', 1_250_000],
    ['USD 12,500', 1_250_000],
    ['USD12,500', 1_250_000],
    ['12,500 USD', 1_250_000],
    ['usd 12,500', 1_250_000],
    ['12.5k USD', 1_250_000],
    ['+12,500', 1_250_000],
    ['  12,500  ', 1_250_000],
    ['１２，５００', 1_250_000], // full-width digits from a Chinese or Japanese keyboard
    ['1000000000000', 100_000_000_000_000], // the largest amount allowed
  ])('%s → %i cents', (text, expected) => {
    expect(cents(text)).toBe(expected);
  });

  it("accepts the team currency's own symbols", () => {
    expect(cents('€12,500', 'EUR')).toBe(1_250_000);
    expect(cents('12,500 €', 'EUR')).toBe(1_250_000);
    expect(cents('£500', 'GBP')).toBe(50_000);
    expect(cents('CN¥15,000', 'CNY')).toBe(1_500_000);
    expect(cents('¥15,000', 'CNY')).toBe(1_500_000);
    expect(cents('￥15,000', 'CNY')).toBe(1_500_000);
    expect(cents('1.5万元', 'CNY')).toBe(1_500_000);
    expect(cents('RMB 100', 'CNY')).toBe(10_000);
    expect(cents('¥1,200', 'JPY')).toBe(1_200);
    expect(cents('1200円', 'JPY')).toBe(1_200);
    expect(cents('CA$500', 'CAD')).toBe(50_000);
    expect(cents('$500', 'CAD')).toBe(50_000); // Canadians write $ too
    expect(cents('CHF 12.50', 'CHF')).toBe(1_250);
  });

  it('scales to the currency: none for JPY and KRW, three decimals for BHD', () => {
    expect(cents('1,200', 'JPY')).toBe(1_200);
    expect(cents('1.5k', 'JPY')).toBe(1_500);
    expect(cents('₩50,000', 'KRW')).toBe(50_000);
    expect(cents('1.234', 'BHD')).toBe(1_234);
    expect(cents('1000000000000', 'JPY')).toBe(1_000_000_000_000);
  });

  it('is exact for every amount in cents it could print back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000_000_000_000 }), (c) => {
        const major = Math.floor(c / 100).toLocaleString('en-US');
        const minor = String(c % 100).padStart(2, '0');
        return cents(`${major}.${minor}`) === c && cents(`$${major}.${minor}`) === c;
      }),
    );
  });
});

describe('parseAmount refuses with a message that shows the right form', () => {
  it.each([
    ['', /Give an amount/],
    ['   ', /Give an amount/],
    ['0', /more than zero/],
    ['0.00', /more than zero/],
    ['$0', /more than zero/],
    ['-5', /more than zero/],
    ['−5', /more than zero/], // a typographic minus
    ['-$5', /more than zero/],
    ['$-5', /more than zero/],
    ['12.345', /too many decimals.*at most 2/],
    ['0.001', /too many decimals/],
    ['1.234567891m', /too many decimals/], // 1,234,567.891 after scaling
    ['1000000000001', /more than 1,000,000,000,000/],
    ['1000000000000.01', /more than 1,000,000,000,000/],
    ['1.5m m', /couldn't read/],
    ['1e9', /exponents/],
    ['1E9', /exponents/],
    ['2.5e3', /exponents/],
    ['NaN', /couldn't read “NaN”/],
    ['Infinity', /couldn't read “Infinity”/],
    ['-Infinity', /couldn't read/],
    ['abc', /couldn't read “abc”/],
    ['12kk', /couldn't read/],
    ['12 500', /couldn't read/], // one style only: commas group thousands
    ['1,2,3', /commas are out of place/],
    ['12,50', /commas are out of place/],
    ['1,0000', /commas are out of place/],
    ['.5', /couldn't read/],
    ['5.', /couldn't read/],
    ['0x10', /couldn't read/],
    ['$', /couldn't read/],
    ['12.5.3', /couldn't read/],
  ])('%j', (text, message) => {
    const e = error(text);
    expect(e).toMatch(message);
    expect(e).toContain('12,500');
  });

  it('does not take a European thousands point for decimals', () => {
    // "€1.200" is twelve hundred to a German and 1.20 to the parser: neither guess is safe.
    expect(error('1.200')).toMatch(/too many decimals.*1,200 or 1\.20/);
    expect(error('€1.200', 'EUR')).toMatch(/too many decimals/);
  });

  it('explains that a currency without minor units has no decimals', () => {
    expect(error('1.5', 'JPY')).toMatch(/JPY has no decimals/);
    expect(error('1.50', 'JPY')).toMatch(/JPY has no decimals/);
  });

  it('keeps amounts exact in currencies with four decimals, where 10^12 would pass 2^53', () => {
    expect(cents('900000000000', 'CLF')).toBe(9_000_000_000_000_000);
    expect(error('950000000000', 'CLF')).toMatch(/more than I can count exactly in CLF/);
  });

  it("refuses another currency's code or symbol, naming both currencies", () => {
    expect(error('£500')).toMatch(/“£500” looks like GBP, but Pacer counts this team's deals in USD/);
    expect(error('£500')).toMatch(/one currency/);
    expect(error('¥500')).toMatch(/JPY or CNY.*USD/);
    expect(error('¥500', 'EUR')).toMatch(/JPY or CNY.*EUR/);
    expect(error('€12,500')).toMatch(/EUR.*USD/);
    expect(error('$500', 'EUR')).toMatch(/USD.*EUR/);
    expect(error('CA$500')).toMatch(/CAD.*USD/);
    expect(error('US$500', 'CAD')).toMatch(/USD.*CAD/);
    expect(error('500 EUR')).toMatch(/EUR.*USD/);
    expect(error('EUR 500')).toMatch(/EUR.*USD/);
    expect(error('-£5')).toMatch(/GBP/);
  });

  it('never returns a non-integer or unsafe amount, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789.,-+ kKmM万亿$€£¥eE') }), (text) => {
        const result = parseAmount(text, 'USD');
        return result.ok
          ? Number.isSafeInteger(result.cents) && result.cents > 0 && result.cents <= 1e14
          : inWords(result.problem).length > 0;
      }),
    );
  });
});

describe('formatMoney', () => {
  it('writes amounts the way the team reads them', () => {
    expect(formatMoney(1_250_000, 'USD')).toBe('$12,500');
    expect(formatMoney(1_250_050, 'USD')).toBe('$12,500.50');
    expect(formatMoney(1_250_005, 'USD')).toBe('$12,500.05');
    expect(formatMoney(1_500_000, 'CNY')).toBe('CN¥15,000');
    expect(formatMoney(120_000, 'EUR')).toBe('€1,200');
    expect(formatMoney(50_000, 'GBP')).toBe('£500');
    expect(formatMoney(1_200, 'JPY')).toBe('¥1,200');
    expect(formatMoney(50_000, 'KRW')).toBe('₩50,000');
    expect(formatMoney(1_234, 'BHD')).toBe('BHD\u00a01.234');
    expect(formatMoney(1_250, 'CHF')).toBe('CHF\u00a012.50');
    expect(formatMoney(0, 'USD')).toBe('$0');
    expect(formatMoney(5, 'USD')).toBe('$0.05');
    expect(formatMoney(-500, 'USD')).toBe('-$5');
  });

  it('shows cents always when asked', () => {
    expect(formatMoney(1_250_000, 'USD', { showCents: 'always' })).toBe('$12,500.00');
    expect(formatMoney(1_250_050, 'USD', { showCents: 'always' })).toBe('$12,500.50');
    expect(formatMoney(1_250_050, 'USD', { showCents: 'auto' })).toBe('$12,500.50');
    expect(formatMoney(1_200, 'JPY', { showCents: 'always' })).toBe('¥1,200');
  });

  it('is exact up to 10^14 cents and beyond, where floats would round', () => {
    expect(formatMoney(100_000_000_000_000, 'USD')).toBe('$1,000,000,000,000');
    expect(formatMoney(99_999_999_999_999, 'USD')).toBe('$999,999,999,999.99');
    expect(formatMoney(Number.MAX_SAFE_INTEGER, 'USD')).toBe('$90,071,992,547,409.91');
  });

  it('refuses what is not whole minor units, which is a bug upstream', () => {
    expect(() => formatMoney(0.5, 'USD')).toThrow(RangeError);
    expect(() => formatMoney(Number.NaN, 'USD')).toThrow(RangeError);
    expect(() => formatMoney(2 ** 53, 'USD')).toThrow(RangeError);
  });

  it('reads back what it writes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000_000_000_000 }),
        fc.constantFrom('USD', 'EUR', 'GBP', 'CNY', 'JPY', 'KRW', 'BHD'),
        fc.constantFrom('auto' as const, 'always' as const),
        (c, currency, showCents) => {
          if (c > 10 ** 12 * 10 ** minorUnitExponent(currency)) return true;
          return cents(formatMoney(c, currency, { showCents }), currency) === c;
        },
      ),
    );
  });
});

describe('plainAmount, for form fields', () => {
  it('writes digits and a point only', () => {
    expect(plainAmount(1_250_050, 'USD')).toBe('12500.50');
    expect(plainAmount(1_250_000, 'USD')).toBe('12500');
    expect(plainAmount(5, 'USD')).toBe('0.05');
    expect(plainAmount(1_200, 'JPY')).toBe('1200');
    expect(plainAmount(-1_250_050, 'USD')).toBe('-12500.50');
    expect(cents(plainAmount(1_250_050, 'USD'))).toBe(1_250_050);
  });
});

describe('currencies', () => {
  it('knows the minor units of each currency', () => {
    expect(minorUnitExponent('USD')).toBe(2);
    expect(minorUnitExponent('CNY')).toBe(2);
    expect(minorUnitExponent('JPY')).toBe(0);
    expect(minorUnitExponent('KRW')).toBe(0);
    expect(minorUnitExponent('BHD')).toBe(3);
  });

  it('accepts ISO 4217 codes in capitals only', () => {
    expect(isCurrencyCode('USD')).toBe(true);
    expect(isCurrencyCode('CNY')).toBe(true);
    expect(isCurrencyCode('usd')).toBe(false);
    expect(isCurrencyCode('XYZ')).toBe(false);
    expect(isCurrencyCode('US')).toBe(false);
    expect(isCurrencyCode('USDT')).toBe(false);
    expect(isCurrencyCode('')).toBe(false);
  });

  it('tells a currency code or symbol from other words', () => {
    expect(isCurrencyMarker('USD')).toBe(true);
    expect(isCurrencyMarker('eur')).toBe(true);
    expect(isCurrencyMarker('$')).toBe(true);
    expect(isCurrencyMarker('元')).toBe(true);
    expect(isCurrencyMarker('Acme')).toBe(false);
    expect(isCurrencyMarker('k')).toBe(false); // K is the kina's symbol, k a thousand
    expect(isCurrencyMarker('K')).toBe(true);
    expect(isCurrencyMarker('')).toBe(false);
  });
});
