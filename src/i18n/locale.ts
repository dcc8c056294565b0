/** The languages Pacer speaks. `en` is the reference catalog; every other one has the same keys. */
export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(text: string): text is Locale {
  return (LOCALES as readonly string[]).includes(text);
}

/**
 * The Pacer language for a BCP 47 tag as Slack reports it (`en-US`, `zh-CN`) or a person types it
 * (`zh`, `ZH-cn`, `zh-Hans`), or null when Pacer does not speak it. Traditional Chinese (`zh-TW`,
 * `zh-HK`, `zh-Hant`) is not Simplified Chinese, so it is not matched.
 */
export function matchLocale(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  const lower = tag.trim().replace(/_/g, '-').toLowerCase();
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  if (/^zh(?:-hans)?(?:-(?:cn|sg|my))?$/.test(lower) || lower === 'zh-hans-cn') return 'zh-CN';
  return null;
}
