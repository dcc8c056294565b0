import type { Period } from '../../../domain/periods.js';
import { parsePeriod } from '../../../domain/periods.js';
import type { Note } from '../../../domain/targets/decompose.js';
import type {
  Explanation,
  Labelled,
  OriginCount,
  SetExplicitly,
  Step,
  Whole,
} from '../../../domain/targets/explain.js';
import type { Speaker } from '../../../i18n/translator.js';

/** Amounts as the reader sees them, e.g. `(c) => say.money(c, 'USD')`. */
export type Money = (cents: number) => string;

// English keeps "A, B and C" as Pacer always wrote it (en-GB has no serial comma); Chinese "A、B和C".
const LIST_TAG = { en: 'en-GB', 'zh-CN': 'zh-CN' } as const;

/**
 * How a target's amount came about (src/domain/targets/explain.ts), in the speaker's language:
 * `Q1 2026 ($10,000,000) ÷ 3 months`, `2026年第1季度（US$10,000,000）÷ 3 个月`. No one typed any of it.
 */
export function explanationText(e: Explanation, say: Speaker, money: Money): string {
  const w = new Words(say, money);
  return w.explanation(e);
}

/** A note on how a target was split, e.g. a seasonal split that had no sales to go by. */
export function noteText(note: Note, say: Speaker): string {
  const period = parsePeriod(note.splitPeriodKey);
  return say.t('explain.noSalesToSplit', {
    lastYear: String(note.lastYear),
    period: period ? say.period(period) : note.splitPeriodKey,
  });
}

class Words {
  // Made when first needed: most explanations need neither, and each costs a fraction of a
  // millisecond to build, paid four times on every App Home.
  #lists: Intl.ListFormat | undefined;
  #months: Intl.DateTimeFormat | undefined;

  constructor(
    private readonly say: Speaker,
    private readonly money: Money,
  ) {}

  private get lists(): Intl.ListFormat {
    this.#lists ??= new Intl.ListFormat(LIST_TAG[this.say.locale], { type: 'conjunction' });
    return this.#lists;
  }

  // `December` in English; `12月` in Chinese, as the periods around it are written (2026年12月).
  private get months(): Intl.DateTimeFormat {
    this.#months ??= new Intl.DateTimeFormat(this.say.locale, {
      month: this.say.locale === 'en' ? 'long' : 'numeric',
      timeZone: 'UTC',
    });
    return this.#months;
  }

  explanation(e: Explanation): string {
    switch (e.kind) {
      case 'explicit':
        return this.say.t('progress.explicit');
      case 'step': {
        const step = this.step(e.step);
        if (!e.parent) return step;
        return this.say.t('explain.withParent', {
          step,
          period: this.say.period(e.parent.period),
          parent: this.explanation(e.parent.explanation),
        });
      }
      case 'days':
        if (e.origins.length === 0) return this.say.t('explain.noDays');
        if (e.origins.length === 1) return this.origin(e.origins[0]!);
        return this.say.t('explain.sumOfDays', { parts: e.origins.map((o) => this.origin(o)).join(' + ') });
      case 'rollUp':
        return this.say.t('explain.rollUp', {
          period: this.say.period(e.period),
          inside: this.list(e.inside.map((l) => this.labelled(l))),
        });
    }
  }

  private step(s: Step): string {
    const t = this.say.t;
    switch (s.rule) {
      case 'conflict':
        return t('explain.conflict', { set: this.set(s.set), of: this.labelled(s.of) });
      case 'even':
        return s.parts === 1
          ? this.whole(s.whole, true)
          : t('explain.even', { whole: this.whole(s.whole), parts: s.parts, unit: s.unit });
      case 'seasonal': {
        const params = {
          whole: this.whole(s.whole),
          percent: `${Math.floor(s.percentTenths / 10)}.${s.percentTenths % 10}`,
          name: this.shortName(s.period),
          lastYear: String(s.lastYear),
        };
        const step = s.within
          ? t('explain.seasonalWithin', { ...params, within: this.shortName(s.within) })
          : t('explain.seasonal', params);
        return s.among ? t('explain.among', { step, parts: s.among.parts, unit: s.among.unit }) : step;
      }
    }
  }

  private whole(w: Whole, alone = false): string {
    if (!w.after) return this.labelled(w.of);
    return this.say.t(alone ? 'explain.restOfAlone' : 'explain.restOf', {
      of: this.labelled(w.of),
      set: this.set(w.after),
    });
  }

  private origin(o: OriginCount): string {
    const t = this.say.t;
    if (o.kind === 'explicit') {
      return t('explain.explicitDays', {
        count: o.count,
        days: o.days,
        target: this.labelled(o.target),
        scaled: o.scaled ? 'yes' : 'no',
      });
    }
    const working = o.working ? 'yes' : 'no';
    if (!o.around)
      return t('explain.monthDays', { count: o.count, days: o.days, month: this.labelled(o.month), working });
    return t('explain.monthDaysAround', {
      count: o.count,
      days: o.days,
      period: this.say.period(o.month.period),
      working,
      around: this.periods(o.around.periods),
      spread: this.money(o.around.spread),
      amount: this.money(o.month.amount),
    });
  }

  private set(s: SetExplicitly): string {
    return this.say.t('explain.setExplicitly', {
      periods: this.periods(s.periods),
      amount: this.money(s.amount),
    });
  }

  private labelled(l: Labelled): string {
    return this.say.t('explain.labelled', {
      period: this.say.period(l.period),
      amount: this.money(l.amount),
    });
  }

  private periods(periods: readonly Period[]): string {
    return this.list(periods.map((p) => this.say.period(p)));
  }

  private list(items: readonly string[]): string {
    return this.lists.format(items);
  }

  /** `Q4` or `December` in English, `第4季度` or `12月` in Chinese. */
  private shortName(p: Period): string {
    if (p.kind === 'quarter') return this.say.t('explain.quarterName', { quarter: Number(p.key.slice(6)) });
    return this.months.format(new Date(`${p.start}T00:00:00Z`));
  }
}
