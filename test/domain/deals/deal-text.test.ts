import { describe, expect, it } from 'vitest';
import { scanDealText, unquote } from '../../../src/domain/deals/deal-text.js';

function scan(text: string) {
  const result = scanDealText(text);
  if (!result.ok) throw new Error(`${result.twice} twice`);
  return { words: result.words.map((w) => w.raw), options: Object.fromEntries(result.options) };
}

describe('scanDealText', () => {
  it('splits words and options, wherever the options are', () => {
    expect(scan('12,500 product:Cloud Acme  Corp region:North')).toEqual({
      words: ['12,500', 'Acme', 'Corp'],
      options: { product: 'Cloud', region: 'North' },
    });
  });

  it('reads option names in any case', () => {
    expect(scan('1 A PRODUCT:Cloud Region:North DATE:today For:<@U1>').options).toEqual({
      product: 'Cloud',
      region: 'North',
      date: 'today',
      for: '<@U1>',
    });
  });

  it('reads quoted values, with straight or curly quotes', () => {
    expect(scan('1 A product:"Cloud Suite" region:“North America”').options).toEqual({
      product: 'Cloud Suite',
      region: 'North America',
    });
  });

  it('reads a value after spaces, but never takes the next option as a value', () => {
    expect(scan('1 A region: North').options).toEqual({ region: 'North' });
    expect(scan('1 A product: region:North').options).toEqual({ product: '', region: 'North' });
    expect(scan('1 A product:').options).toEqual({ product: '' });
  });

  it('reads a mention up to its closing bracket, even with a space in the label', () => {
    expect(scan('1 A for:<@U1|ana lee> B').options).toEqual({ for: '<@U1|ana lee>' });
    expect(scan('1 A for:<@U1|ana lee> B').words).toEqual(['1', 'A', 'B']);
  });

  it('gives note: the rest of the text, options and newlines included', () => {
    expect(scan('1 A note: renewal, product:x\nsecond line ').options).toEqual({
      note: 'renewal, product:x\nsecond line',
    });
  });

  it('keeps quoted words together and hides option-like text in them', () => {
    const result = scanDealText('1 "Acme, Inc. note: x" product:y');
    expect(result.ok && result.words[1]).toEqual({
      raw: '"Acme, Inc. note: x"',
      value: 'Acme, Inc. note: x',
      quoted: true,
    });
    expect(result.ok && Object.fromEntries(result.options)).toEqual({ product: 'y' });
  });

  it('treats a quote without a partner as an ordinary character', () => {
    expect(scan('1 "Acme Corp product:Cloud')).toEqual({
      words: ['1', '"Acme', 'Corp'],
      options: { product: 'Cloud' },
    });
    expect(scan('1 Joe"s Bar')).toEqual({ words: ['1', 'Joe"s', 'Bar'], options: {} });
  });

  it('does not take words that merely contain a colon for options', () => {
    expect(scan('1 Re:Source Ltd fornote:x')).toEqual({
      words: ['1', 'Re:Source', 'Ltd', 'fornote:x'],
      options: {},
    });
  });

  it('reports an option given twice', () => {
    expect(scanDealText('1 A product:a Product:b')).toEqual({ ok: false, twice: 'product' });
  });
});

describe('unquote', () => {
  it('removes one pair of quotes around the whole text only', () => {
    expect(unquote('"Acme, Inc."')).toBe('Acme, Inc.');
    expect(unquote('“Acme, Inc.”')).toBe('Acme, Inc.');
    expect(unquote(' "  spaced " ')).toBe('spaced');
    expect(unquote('"A" and "B"')).toBe('"A" and "B"');
    expect(unquote('Acme "Best" Corp')).toBe('Acme "Best" Corp');
    expect(unquote('"')).toBe('"');
  });
});
