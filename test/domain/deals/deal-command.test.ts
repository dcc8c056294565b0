import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DealCommandContext, parseDealCommand } from '../../../src/domain/deals/deal-command.js';
import { createTranslator } from '../../../src/i18n/translator.js';
import { decodeSlackText, escapeMrkdwn } from '../../../src/slack/mrkdwn.js';
import { problemText } from '../../../src/slack/problem-text.js';

const TODAY = '2026-11-25';
const USD: DealCommandContext = { today: TODAY, currency: 'USD' };

/**
 * `sent` is the text as Slack sends it: &, < and > escaped except in real mentions. The listener
 * decodes it before parsing, and so does every test here.
 */

// Problems are codes; the English catalog says them as Pacer always has, so these tests hold its words.
const inWords = (p: Parameters<typeof problemText>[1]) => problemText(createTranslator().speaker('en'), p);
function parse(sent: string, context = USD) {
  return parseDealCommand(decodeSlackText(sent), context);
}

function deal(sent: string, context = USD) {
  const result = parse(sent, context);
  if (!result.ok) throw new Error(`expected “${sent}” to parse, got: ${inWords(result.problem)}`);
  return result.value;
}

function refusal(sent: string, context = USD) {
  const result = parse(sent, context);
  if (result.ok) throw new Error(`expected “${sent}” to be refused, got ${JSON.stringify(result.value)}`);
  return inWords(result.problem);
}

describe('/deal <amount> <customer> [options]', () => {
  it('reads the amount and the customer, closing today by default', () => {
    expect(deal('12,500 Acme Corp')).toEqual({
      cents: 1_250_000,
      customerName: 'Acme Corp',
      closedOn: TODAY,
    });
    expect(deal('12.5k Acme Corp').cents).toBe(1_250_000);
    expect(deal('1.5万 阿里巴巴', { today: TODAY, currency: 'CNY' })).toEqual({
      cents: 1_500_000,
      customerName: '阿里巴巴',
      closedOn: TODAY,
    });
  });

  it('reads every option, anywhere after the amount, in any case', () => {
    expect(
      deal(
        '12.5k product:Cloud Acme REGION:North Corp date:yesterday For:<@U0REP|ana> note:renewal, 2 years',
      ),
    ).toEqual({
      cents: 1_250_000,
      customerName: 'Acme Corp',
      product: 'Cloud',
      region: 'North',
      closedOn: '2026-11-24',
      forUserId: 'U0REP',
      note: 'renewal, 2 years',
    });
  });

  it('takes quoted customer names and option values, with straight or curly quotes', () => {
    expect(deal('12,500 "Acme, Inc."').customerName).toBe('Acme, Inc.');
    expect(deal('12,500 “Acme, Inc.”').customerName).toBe('Acme, Inc.');
    expect(deal('12,500 "Acme, Inc. note: not a note"').customerName).toBe('Acme, Inc. note: not a note');
    const value = deal('12,500 Acme product:"Cloud Suite" region:“North America” note:"call back"');
    expect(value).toMatchObject({ product: 'Cloud Suite', region: 'North America', note: 'call back' });
  });

  it('keeps quotes that are part of the name', () => {
    expect(deal('100 Acme "Best" Corp').customerName).toBe('Acme "Best" Corp');
    expect(deal('100 Joe"s Bar').customerName).toBe('Joe"s Bar');
  });

  it('joins the words of the name with single spaces', () => {
    expect(deal('100   Acme    Corp  ').customerName).toBe('Acme Corp');
  });

  it('lets note: take the rest of the line, option-like text and newlines included', () => {
    expect(deal('100 Acme note:renewal product:none\nsigned by the CFO')).toMatchObject({
      customerName: 'Acme',
      note: 'renewal product:none\nsigned by the CFO',
    });
    expect(deal('100 Acme note:').note).toBeUndefined();
  });

  it('reads a value after a space following the colon', () => {
    expect(deal('100 Acme region: North').region).toBe('North');
  });

  it('accepts a currency code or symbol with the amount, in the team currency only', () => {
    expect(deal('USD 12,500 Acme').cents).toBe(1_250_000);
    expect(deal('$ 12,500 Acme').cents).toBe(1_250_000);
    expect(deal('12,500 USD Acme Corp')).toMatchObject({ cents: 1_250_000, customerName: 'Acme Corp' });
    expect(deal('1.5 万 阿里巴巴', { today: TODAY, currency: 'CNY' }).cents).toBe(1_500_000);
    expect(refusal('£500 Acme')).toMatch(/GBP.*USD/);
    expect(refusal('12,500 EUR Acme')).toMatch(/EUR.*USD/);
    // A symbol after a space is part of the amount, never of the name.
    expect(refusal('12,500 € Acme')).toMatch(/EUR.*USD/);
    expect(deal('12,500 $ Acme')).toMatchObject({ cents: 1_250_000, customerName: 'Acme' });
  });

  it('asks rather than guesses when a space splits what may be one amount', () => {
    expect(refusal('12 500 Acme')).toMatch(/Is “12 500” one amount\? .*`12,500`.*`\/deal 12 "500 Acme"`/);
    expect(refusal('12.5 k Beta')).toMatch(/Did you mean 12.5k\?.*`\/deal 12.5 "k Beta"`/);
    expect(deal('12 "500 Acme"')).toMatchObject({ cents: 1_200, customerName: '500 Acme' });
    expect(deal('12,000 500 Startups')).toMatchObject({ cents: 1_200_000, customerName: '500 Startups' });
    expect(deal('12.5k Beta').cents).toBe(1_250_000);
  });

  it('reads a customer that only looks like a currency code, when quoted', () => {
    expect(refusal('100 ALL Star')).toMatch(
      /If “ALL Star” is the customer, put the name in quotes: `\/deal 100 "ALL Star"`/,
    );
    expect(deal('100 "ALL Star"').customerName).toBe('ALL Star');
    expect(deal('100 All Star').customerName).toBe('All Star'); // not in capitals: a name
    expect(deal('100 USD')).toMatchObject({ customerName: 'USD' }); // nothing after it: the name
  });

  it('resolves dates against the team’s today', () => {
    expect(deal('100 Acme date:today').closedOn).toBe(TODAY);
    expect(deal('100 Acme date:YESTERDAY').closedOn).toBe('2026-11-24');
    expect(deal('100 Acme date:2026-11-01').closedOn).toBe('2026-11-01');
    expect(deal('100 Acme date:yesterday', { today: '2027-01-01', currency: 'USD' }).closedOn).toBe(
      '2026-12-31',
    );
  });

  it('keeps the mention’s id for for:, with or without the label', () => {
    expect(deal('100 Acme for:<@U0REP>').forUserId).toBe('U0REP');
    expect(deal('100 Acme for:<@W0ENT|ana lee>').forUserId).toBe('W0ENT');
  });
});

describe('what the user typed is kept as typed; escaping happens only when it is shown', () => {
  it('decodes Slack’s entities and keeps brackets, ampersands and formatting characters', () => {
    const sent = '7000 &lt;!channel&gt; *Evil* _Corp_ &amp; `Co` note:&lt;b&gt;hi&lt;/b&gt; &amp;amp; ~x~';
    expect(deal(sent)).toMatchObject({
      customerName: '<!channel> *Evil* _Corp_ & `Co`',
      note: '<b>hi</b> &amp; ~x~',
    });
  });

  it('keeps a user mention in a quoted customer name, as typed', () => {
    expect(deal('100 "Acme &lt;3 <@U0REP|ana>"').customerName).toBe('Acme <3 <@U0REP|ana>');
  });

  it('keeps a special mention Slack sent as one, for the renderer to escape', () => {
    const value = deal('100 <!channel> Corp');
    expect(value.customerName).toBe('<!channel> Corp');
    expect(escapeMrkdwn(value.customerName)).toBe('&lt;!channel&gt; Corp');
  });

  it('round-trips any printable name through Slack’s escaping', () => {
    const name = fc
      .string({ unit: fc.constantFrom(..."abcXYZ &<>*_~`!@#.,'-é阿"), minLength: 1, maxLength: 60 })
      .filter((s) => s.trim() !== '' && !/\s{2}/.test(s) && !/\b[a-z]+:/i.test(s) && !/^[A-Z]{3}\s/.test(s));
    fc.assert(
      fc.property(name, (typed) => {
        const result = parse(`100 ${escapeMrkdwn(typed)}`);
        return result.ok && result.value.customerName === typed.trim();
      }),
    );
  });
});

describe('bad input is refused with a sentence and a correct example', () => {
  const cases: Array<[string, RegExp]> = [
    ['', /Give an amount and a customer/],
    ['   ', /Give an amount and a customer/],
    ['12500', /Who was the customer\? Put the name after the amount/],
    ['12500 product:Cloud', /Who was the customer/],
    ['abc Acme', /I couldn't read “abc” as an amount/],
    ['0 Acme', /more than zero/],
    ['-5 Acme', /more than zero/],
    ['1e9 Acme', /exponents like “1e9”/],
    ['NaN Acme', /couldn't read “NaN”/],
    ['Infinity Acme', /couldn't read “Infinity”/],
    ['1000000000001 Acme', /more than 1,000,000,000,000/],
    ['12.345 Acme', /too many decimals/],
    ['1,2,3 Acme', /commas are out of place/],
    ['Acme 12,500', /Put the amount first/],
    ['100 Acme date:2026-02-30', /2026-02-30 is not a day on the calendar/],
    ['100 Acme date:tomorrow', /cannot close in the future \(today is 2026-11-25\)/],
    ['100 Acme date:2026-11-26', /cannot close in the future/],
    ['100 Acme date:1999-12-31', /before 2000-01-01/],
    ['100 Acme date:next-week', /couldn't read “next-week” as a date/],
    ['100 Acme date:', /Give a date after date:/],
    ['100 Acme for:@bob', /“@bob” is not a mention.*pick the person/],
    ['100 Acme for:bob', /“bob” is not a mention/],
    ['100 Acme for:<#C1|wins>', /is not a mention/],
    ['100 Acme for:', /Say who the deal is for/],
    ['100 Acme <@U0REP|ana>', /mention in it.*write for: right before the mention/],
    [`100 ${'x'.repeat(201)}`, /at most 200 characters \(this one has 201\)/],
    ['100 Acme\u0007Corp', /control characters/],
    ['100 Acme product:', /Give a name after product:/],
    ['100 Acme product: region:North', /Give a name after product:/],
    ['100 Acme region:""', /Give a name after region:/],
    ['100 Acme product:a product:b', /You gave product: twice/],
    ['100 Acme note:bell\u0007', /note has control characters/],
    [`100 Acme note:${'n'.repeat(2001)}`, /at most 2,000 characters/],
  ];

  it.each(cases)('/deal %j', (sent, message) => {
    const error = refusal(sent);
    expect(error).toMatch(message);
    // A sentence, then an example the user can copy.
    expect(error).toMatch(/^[A-Z“`0-9(].*[.?:;]\s.*`\/deal \S.*`/s);
  });

  it('puts a word after a mention into the name, not the mention', () => {
    expect(deal('100 Acme for:<@U1> Corp')).toMatchObject({ customerName: 'Acme Corp', forUserId: 'U1' });
  });

  it('allows the longest name and note', () => {
    expect(deal(`100 ${'x'.repeat(200)}`).customerName).toHaveLength(200);
    expect(deal(`100 Acme note:${'n'.repeat(2000)}`).note).toHaveLength(2000);
    expect(deal('100 Acme note:line one\n\tline two').note).toBe('line one\n\tline two');
  });

  it('never throws and always answers with a value or a sentence', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const result = parse(text);
        return result.ok
          ? result.value.cents > 0 && result.value.customerName !== ''
          : inWords(result.problem).length > 20;
      }),
    );
  });
});
