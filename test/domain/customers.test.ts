import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closestNames, customerKey, validateCustomerName } from '../../src/domain/customers.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { problemText } from '../../src/slack/problem-text.js';

describe('customerKey', () => {
  it('treats names that differ only in case and spacing as one customer', () => {
    const key = customerKey('Acme Corp');
    expect(customerKey('ACME corp ')).toBe(key);
    expect(customerKey('acme  CORP')).toBe(key);
    expect(customerKey('\tAcme\u00a0Corp\n')).toBe(key);
    expect(key).toBe('acme corp');
  });

  it('folds full-width letters and invisible characters pasted from elsewhere', () => {
    expect(customerKey('Ａｃｍｅ　Corp')).toBe('acme corp'); // full-width letters and space
    expect(customerKey('Acme\u200b Corp\ufeff')).toBe('acme corp');
    expect(customerKey('ﬁnance co')).toBe('finance co'); // the fi ligature
  });

  it('keeps names that really differ apart', () => {
    expect(customerKey('Acme Corp')).not.toBe(customerKey('Acme Corp.'));
    expect(customerKey('Acme Corp')).not.toBe(customerKey('AcmeCorp'));
    expect(customerKey('Müller AG')).not.toBe(customerKey('Muller AG'));
    expect(customerKey('阿里巴巴')).toBe('阿里巴巴');
  });

  it('lower-cases the same way on every server (no Turkish dotless i)', () => {
    expect(customerKey('IKEA')).toBe('ikea');
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string(), (name) => customerKey(customerKey(name)) === customerKey(name)));
  });
});

// Problems are codes; the English catalog says them as Pacer always has.
const said = (name: string) => {
  const p = validateCustomerName(name);
  return p ? problemText(createTranslator().speaker('en'), p) : null;
};

describe('validateCustomerName', () => {
  it('accepts ordinary names, including punctuation and other scripts', () => {
    for (const name of [
      'Acme Corp',
      'Acme, Inc.',
      'O’Brien & Sons',
      '<!channel> *Evil*',
      '阿里巴巴',
      '🚀 Rockets',
    ]) {
      expect(validateCustomerName(name), name).toBeNull();
    }
  });

  it('refuses an empty name', () => {
    expect(said('')).toMatch(/Name the customer.*`\/deal 12,500 Acme Corp`/);
    expect(said('   ')).toMatch(/Name the customer/);
    expect(said('\u200b')).toMatch(/Name the customer/);
  });

  it('allows 200 characters, counted as people count them, and no more', () => {
    expect(validateCustomerName('x'.repeat(200))).toBeNull();
    expect(validateCustomerName(`  ${'x'.repeat(200)}  `)).toBeNull();
    expect(validateCustomerName('😀'.repeat(200))).toBeNull();
    expect(said('x'.repeat(201))).toMatch(/at most 200 characters \(this one has 201\)/);
    expect(said('x'.repeat(201))).toContain('`/deal 12,500 Acme Corp`');
  });

  it('refuses control characters and text-direction overrides', () => {
    for (const name of ['Acme\u0007Corp', 'Acme\u0000', 'Acme\nCorp', 'Acme\u001b[31m', 'Acme \u202eproC']) {
      expect(said(name), JSON.stringify(name)).toMatch(/control characters.*`\/deal/);
    }
  });
});

describe('closestNames', () => {
  const known = ['Acme Corp', 'Acme Labs', 'Globex', 'Initech', 'Umbrella', 'Acme Corporation'];

  it('suggests near misses, closest first', () => {
    expect(closestNames('Acme Crop', known)).toEqual(['Acme Corp']);
    expect(closestNames('Acme Lab', known)).toEqual(['Acme Labs']);
    expect(closestNames('globx', known)).toEqual(['Globex']);
    expect(closestNames('INITECH ', known)).toEqual(['Initech']);
  });

  it('suggests names that contain what was typed', () => {
    expect(closestNames('acme', known)).toEqual(['Acme Corp', 'Acme Corporation', 'Acme Labs']);
    expect(closestNames('acme', known, 2)).toEqual(['Acme Corp', 'Acme Corporation']);
  });

  it('suggests nothing unrelated', () => {
    expect(closestNames('Stark Industries', known)).toEqual([]);
    expect(closestNames('', known)).toEqual([]);
    expect(closestNames('Acme', [])).toEqual([]);
  });

  it('lists a customer once however its name was spelled', () => {
    expect(closestNames('globex', ['Globex', 'GLOBEX', 'globex '])).toEqual(['Globex']);
  });
});
