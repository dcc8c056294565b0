import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMrkdwn } from '../../../src/slack/mrkdwn.js';
import { sections, textReply } from '../../../src/slack/views/blocks.js';
import {
  chunkLines,
  fitBlocks,
  listWithMore,
  paginate,
  plainText,
  splitMrkdwn,
  truncateMrkdwn,
  truncatePlain,
} from '../../../src/slack/views/fit.js';
import { validateMessage } from '../../../src/slack-api-stand-in/index.js';

/** A lone half of a surrogate pair: what a cut on UTF-16 units would leave behind. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** An `&` that does not start a whole entity: a cut through `&amp;`. */
const BROKEN_ENTITY = /&(?!amp;|lt;|gt;)/;

// Text as people type it in many languages: CJK outside the BMP, ZWJ emoji, flags, combining marks.
const pieces = ['&', '<', '>', 'a', ' ', '\n', '𠮷', '野', '👨‍👩‍👧‍👦', '🇯🇵', 'é', 'é', '<!here>', '*'];
const typed = fc.array(fc.constantFrom(...pieces), { maxLength: 400 }).map((a) => a.join(''));

describe('truncateMrkdwn', () => {
  it('keeps within the limit in UTF-16 units, never splitting a surrogate pair or an entity', () => {
    fc.assert(
      fc.property(typed, fc.integer({ min: 1, max: 300 }), (text, max) => {
        const out = truncateMrkdwn(escapeMrkdwn(text), max);
        return out.length <= max && !LONE_SURROGATE.test(out) && !BROKEN_ENTITY.test(out);
      }),
    );
  });

  it('ends a cut text with … and leaves a short one alone', () => {
    expect(truncateMrkdwn('Acme &amp; Sons', 9)).toBe('Acme…');
    expect(truncateMrkdwn('Acme', 4)).toBe('Acme');
  });

  it('never cuts inside a mention Pacer wrote, which would swallow the rest of the line', () => {
    expect(truncateMrkdwn('Thanks <@U12345678> a lot', 14)).toBe('Thanks…');
  });

  it('cuts between grapheme clusters: a family emoji or a flag stays whole', () => {
    const family = '👨‍👩‍👧‍👦';
    const out = truncatePlain(family.repeat(10), 20);
    expect(out.length).toBeLessThanOrEqual(20);
    expect(out.replace('…', '').length % family.length).toBe(0);
    expect(truncatePlain('🇯🇵🇯🇵🇯🇵', 5)).toBe('🇯🇵…'); // a flag is 4 UTF-16 units
    expect(truncatePlain('🇯🇵🇯🇵🇯🇵', 4)).toBe('…');
  });
});

describe('plainText', () => {
  it('never returns an empty text, which Slack refuses', () => {
    expect(plainText('   ', 10).text).toBe(' ');
    expect(plainText('x'.repeat(200), 150).text).toHaveLength(150);
  });
});

describe('splitMrkdwn and chunkLines', () => {
  it('split long escaped text into pieces that fit and lose nothing but the break they split at', () => {
    fc.assert(
      fc.property(typed, fc.integer({ min: 20, max: 200 }), (text, max) => {
        const escaped = escapeMrkdwn(text);
        const parts = splitMrkdwn(escaped, max);
        const ok = parts.every((p) => p.length <= max && !LONE_SURROGATE.test(p) && !BROKEN_ENTITY.test(p));
        const kept = parts.join('').replace(/[\n ]/g, '') === escaped.replace(/[\n ]/g, '');
        return ok && kept;
      }),
    );
  });

  it('pack short lines together and split a long one', () => {
    expect(chunkLines(['a', 'b', 'c'], 3)).toEqual(['a\nb', 'c']);
    expect(chunkLines(['&amp;'.repeat(1000)], 3000).every((c) => c.length <= 3000)).toBe(true);
  });
});

describe('listWithMore', () => {
  it('says how many were left out instead of cutting a name or a mention in half', () => {
    const ids = Array.from({ length: 500 }, (_, i) => `<@U${String(i).padStart(8, '0')}>`);
    const out = listWithMore(ids, 100);
    expect(out.length).toBeLessThanOrEqual(100);
    expect(out).toMatch(/, <@U\d{8}> and \d+ more$/);
  });
});

describe('fitBlocks and paginate', () => {
  const many = sections(Array.from({ length: 120 }, (_, i) => `${'x'.repeat(2_900)} ${i}`).join('\n'));

  it('fitBlocks keeps one message within count and text budget and says what it left out', () => {
    const blocks = fitBlocks(many);
    expect(validateMessage({ text: 'x', blocks })).toBeNull();
    expect(JSON.stringify(blocks.at(-1))).toMatch(/more not shown/);
  });

  it('paginate loses no block', () => {
    const pages = paginate(many);
    expect(pages.flat()).toHaveLength(many.length);
    for (const page of pages) expect(validateMessage({ text: 'x', blocks: page })).toBeNull();
  });

  it('a text reply of any length is one message Slack accepts', () => {
    expect(validateMessage({ ...textReply('&amp;'.repeat(20_000)) })).toBeNull();
  });
});

describe('cuts on graphemes, fast path or not', () => {
  it('never splits CR LF, a combining accent or an emoji sequence, and cuts plain ASCII exactly', () => {
    expect(truncatePlain(`${'a'.repeat(9)}\r\nb`, 11)).toBe(`${'a'.repeat(9)}…`);
    expect(truncatePlain(`${'a'.repeat(9)}e\u0301b`, 11)).toBe(`${'a'.repeat(9)}…`);
    expect(truncatePlain(`${'a'.repeat(9)}👩‍👩‍👧b`, 12)).toBe(`${'a'.repeat(9)}…`);
    expect(truncatePlain('abcdefghijkl', 6)).toBe('abcde…');
  });
});
