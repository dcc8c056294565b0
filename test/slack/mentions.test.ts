import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/i18n/translator.js';
import {
  findUserMentions,
  parseChannelMention,
  parseUserMention,
  readChannelMention,
  readUserMention,
} from '../../src/slack/mentions.js';

const en = createTranslator().speaker('en');
const zh = createTranslator().speaker('zh-CN');

describe('user mentions', () => {
  it('reads the escaped forms Slack sends', () => {
    expect(parseUserMention('<@U123ABC>')).toBe('U123ABC');
    expect(parseUserMention('<@U123ABC|ana>')).toBe('U123ABC');
    expect(parseUserMention('<@U123ABC|ana lee>')).toBe('U123ABC');
    expect(parseUserMention(' <@W0ENTERPRISE|ana> ')).toBe('W0ENTERPRISE');
  });

  it('refuses typed names and anything that is not one whole mention', () => {
    for (const token of [
      '@ana',
      'ana',
      'U123ABC',
      '<@u123abc>',
      '<#C123>',
      '<!channel>',
      '<@U123',
      '<@U1> x',
      '',
    ]) {
      expect(parseUserMention(token), token).toBeNull();
    }
  });

  it('finds every person mentioned in a text, once each, in order', () => {
    expect(findUserMentions('thanks <@U2|bo> and <@U1> and <@U2>, not @carl or <#C1|sales>')).toEqual([
      'U2',
      'U1',
    ]);
    expect(findUserMentions('nobody here')).toEqual([]);
  });

  it('explains how to turn a typed name into a mention', () => {
    const example = '`/deal 12,500 Acme Corp for:@ana`';
    expect(readUserMention('<@U1|ana>', example, en)).toEqual({ ok: true, id: 'U1' });
    const typed = readUserMention('@bob', example, en);
    expect(typed.ok).toBe(false);
    expect(!typed.ok && typed.error).toMatch(
      /“@bob” is a typed name, not a mention.*pick the person.*for:@ana/,
    );
    const other = readUserMention('bob', example, en);
    expect(!other.ok && other.error).toMatch(/“bob” is not a person/);
    const empty = readUserMention('', example, en);
    expect(!empty.ok && empty.error).toMatch(/^Mention the person/);
    // In the reader's language, with what was typed escaped: a typed <!channel> stays text.
    expect(readUserMention('<!channel>', example, zh)).toEqual({
      ok: false,
      error: `“&lt;!channel&gt;”不是一个人。请输入 @ 并从 Slack 弹出的列表里选人，例如 ${example}。`,
    });
  });
});

describe('channel mentions', () => {
  it('reads public and private channels', () => {
    expect(parseChannelMention('<#C123>')).toBe('C123');
    expect(parseChannelMention('<#C123|wins>')).toBe('C123');
    expect(parseChannelMention('<#G456|private>')).toBe('G456');
  });

  it('refuses typed channel names and user mentions', () => {
    for (const token of ['#wins', 'wins', '<@U1>', '<#c123>', '']) {
      expect(parseChannelMention(token), token).toBeNull();
    }
    const read = readChannelMention('#wins', '`/pacer announce #wins`', en);
    expect(!read.ok && read.error).toMatch(/“#wins” is not a channel.*pick the channel.*#wins/);
    expect(readChannelMention('<#C9|wins>', '', en)).toEqual({ ok: true, id: 'C9' });
  });
});
