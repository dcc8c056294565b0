import { describe, expect, it } from 'vitest';
import { matchLocale } from '../../src/i18n/locale.js';

describe('matchLocale', () => {
  it('reads the tags Slack reports and people type', () => {
    expect(matchLocale('en-US')).toBe('en');
    expect(matchLocale('en-GB')).toBe('en');
    expect(matchLocale('zh-CN')).toBe('zh-CN');
    expect(matchLocale('ZH_cn')).toBe('zh-CN');
    expect(matchLocale('zh')).toBe('zh-CN');
    expect(matchLocale('zh-Hans')).toBe('zh-CN');
  });

  it('does not take Traditional Chinese or other languages for a language Pacer speaks', () => {
    for (const tag of ['zh-TW', 'zh-HK', 'zh-Hant', 'ja-JP', 'fr-FR', '', null, undefined]) {
      expect(matchLocale(tag)).toBeNull();
    }
  });
});
