import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSlackText, escapeMrkdwn, mention, plainInline, truncate } from '../../src/slack/mrkdwn.js';

describe('decodeSlackText', () => {
  it('turns the entities Slack sends in command text back into what the user typed', () => {
    expect(decodeSlackText('Smith &amp; Sons &lt;3 &gt;_&lt;')).toBe('Smith & Sons <3 >_<');
  });

  it('leaves real mentions and other text alone', () => {
    expect(decodeSlackText('for:<@U1|ana> in <#C1|wins> &copy; &amp')).toBe(
      'for:<@U1|ana> in <#C1|wins> &copy; &amp',
    );
  });

  it('decodes once, so a typed entity survives', () => {
    // The user typed "&lt;" literally; Slack sent "&amp;lt;".
    expect(decodeSlackText('&amp;lt;')).toBe('&lt;');
    expect(decodeSlackText('&amp;amp;')).toBe('&amp;');
  });

  it('undoes what escaping does', () => {
    fc.assert(fc.property(fc.string(), (text) => decodeSlackText(escapeMrkdwn(text)) === text));
  });
});

describe('escapeMrkdwn', () => {
  it('stops user text from pinging, linking or mentioning', () => {
    expect(escapeMrkdwn('<!channel> <!here> <@U1> <https://evil.example|click> & co')).toBe(
      '&lt;!channel&gt; &lt;!here&gt; &lt;@U1&gt; &lt;https://evil.example|click&gt; &amp; co',
    );
  });

  it('leaves no angle bracket behind', () => {
    fc.assert(fc.property(fc.string(), (text) => !/[<>]/.test(escapeMrkdwn(text))));
  });
});

describe('plainInline', () => {
  it('neutralises formatting with look-alikes, so a name cannot restyle a public post', () => {
    const out = plainInline('*Evil* _Corp_ ~gone~ `code` ```block```');
    expect(out).not.toMatch(/[*_~`]/);
    expect(out).toBe('∗Evil∗ ˍCorpˍ ∼gone∼ ˋcodeˋ ˋˋˋblockˋˋˋ');
  });

  it('escapes too, and keeps the post on one line', () => {
    expect(plainInline('<!channel> & Co\n*Bold*\r\nline')).toBe('&lt;!channel&gt; &amp; Co ∗Bold∗ line');
  });

  it('leaves ordinary names as they are', () => {
    expect(plainInline('Acme, Inc. (EMEA)')).toBe('Acme, Inc. (EMEA)');
  });

  it('never lets a formatting or bracket character through', () => {
    fc.assert(fc.property(fc.string(), (text) => !/[*_~`<>\n]/.test(plainInline(text))));
  });
});

describe('mention and truncate', () => {
  it('mentions a user by id', () => {
    expect(mention('U123')).toBe('<@U123>');
  });

  it('cuts long text with an ellipsis, within the limit', () => {
    expect(truncate('Acme Corporation', 8)).toBe('Acme Co…');
    expect(truncate('Acme', 4)).toBe('Acme');
    expect(truncate('Acme', 1)).toBe('…');
    expect(truncate('Acme', 0)).toBe('');
  });

  it('never splits an emoji or a character outside the BMP', () => {
    expect(truncate('🚀🚀🚀🚀', 3)).toBe('🚀🚀…');
    expect(truncate('𠮷野家𠮷', 3)).toBe('𠮷野…');
  });

  it('never exceeds the limit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.integer({ min: 0, max: 50 }), (text, max) => {
        return [...truncate(text, max)].length <= max;
      }),
    );
  });
});
