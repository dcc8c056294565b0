import { IntlMessageFormat } from 'intl-messageformat';
import { formatMoney } from '../domain/money.js';
import { type Period, periodLabel } from '../domain/periods.js';
import type { LocalDate } from '../domain/time.js';
import { type Catalogs, type MessageKey, messages } from './catalog.js';
import type { Locale } from './locale.js';

/** Values for a message's placeholders; strings are inserted as they are (escape mrkdwn first). */
export type Params = Record<string, string | number>;

/** Words and formats of one language: what a view builder is given instead of English. */
export interface Speaker {
  readonly locale: Locale;
  /** The catalog message `key`, formatted with ICU MessageFormat (plurals, selects). */
  t(key: MessageKey, params?: Params): string;
  /** `$12,500` in `en`, `US$12,500` in `zh-CN`: exact, whole amounts without `.00`. */
  money(cents: number, currency: string): string;
  /** `12,500` grouped for the language. */
  number(value: number): string;
  /** `November 2026`, `week 49 (Nov 30–Dec 6)`; `2026年11月`, `第49周（11月30日–12月6日）`. */
  period(period: Period): string;
  /** A calendar date: `2026-12-01` in `en` (as Pacer always wrote it), `12月1日周二` in `zh-CN`. */
  date(date: LocalDate): string;
}

/** Turns a language into a Speaker; built once (in pacer.ts) and passed in, never a module singleton. */
export interface Translator {
  speaker(locale: Locale): Speaker;
}

/** The BCP 47 tag Intl is given for each Pacer language. */
const INTL_TAG: Record<Locale, string> = { en: 'en-US', 'zh-CN': 'zh-CN' };

const utc = (date: LocalDate) => new Date(`${date}T00:00:00Z`);

/**
 * A translator over `catalogs` (the app's own unless a test gives others). Each message is parsed
 * once, on first use, and its compiled format kept: messages are formatted on every reply.
 */
export function createTranslator(catalogs: Catalogs = messages): Translator {
  const compiled = new Map<string, IntlMessageFormat>();
  const speakers = new Map<Locale, Speaker>();

  function format(locale: Locale, key: MessageKey, params?: Params): string {
    const id = `${locale}\u0000${key}`;
    let message = compiled.get(id);
    if (!message) {
      const source = catalogs[locale][key] ?? catalogs.en[key];
      if (source === undefined) throw new Error(`no message ${key} in the catalog`);
      // ignoreTag: `<@U123>` and `<#C123>` are Slack mentions, not ICU rich-text tags.
      message = new IntlMessageFormat(source, INTL_TAG[locale], undefined, { ignoreTag: true });
      compiled.set(id, message);
    }
    return String(message.format(params));
  }

  function build(locale: Locale): Speaker {
    const tag = INTL_TAG[locale];
    const numbers = new Intl.NumberFormat(tag);
    const dayMonth = new Intl.DateTimeFormat(tag, { month: 'long', day: 'numeric', timeZone: 'UTC' });
    const monthYear = new Intl.DateTimeFormat(tag, { year: 'numeric', month: 'long', timeZone: 'UTC' });
    const weekday = new Intl.DateTimeFormat(tag, {
      month: 'long',
      day: 'numeric',
      weekday: 'short',
      timeZone: 'UTC',
    });
    const t = (key: MessageKey, params?: Params) => format(locale, key, params);
    return {
      locale,
      t,
      money: (cents, currency) => formatMoney(cents, currency, { locale: tag }),
      number: (value) => numbers.format(value),
      period(period) {
        // English keeps the domain's label, byte for byte, so English posts read as they always did.
        if (locale === 'en') return periodLabel(period);
        const year = Number(period.key.slice(0, 4));
        switch (period.kind) {
          case 'year':
            return t('period.year', { year: String(year) });
          case 'quarter':
            return t('period.quarter', { year: String(year), quarter: Number(period.key.slice(6)) });
          case 'month':
            return monthYear.format(utc(period.start));
          case 'week':
            return t('period.week', {
              week: Number(period.key.slice(6)),
              from: dayMonth.format(utc(period.start)),
              to: dayMonth.format(utc(period.end)),
            });
          case 'day':
            return weekday.format(utc(period.start));
        }
      },
      date: (date) => (locale === 'en' ? date : weekday.format(utc(date))),
    };
  }

  return {
    speaker(locale) {
      let speaker = speakers.get(locale);
      if (!speaker) {
        speaker = build(locale);
        speakers.set(locale, speaker);
      }
      return speaker;
    },
  };
}
