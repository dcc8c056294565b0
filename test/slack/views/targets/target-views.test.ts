import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../../src/domain/periods.js';
import type { ExplicitTarget } from '../../../../src/domain/targets/decompose.js';
import { resolveTarget } from '../../../../src/domain/targets/resolve.js';
import { createTranslator } from '../../../../src/i18n/translator.js';
import { explanationText, noteText } from '../../../../src/slack/views/targets/explanation-text.js';
import { progressView } from '../../../../src/slack/views/targets/target-views.js';
import type { Progress } from '../../../../src/use-cases/targets.js';

const translator = createTranslator();
const en = translator.speaker('en');
const zh = translator.speaker('zh-CN');
const usd = (say: typeof en) => (c: number) => say.money(c, 'USD');

function explain(explicit: ExplicitTarget[], key: string, say: typeof en, seasonal?: number[]) {
  const resolved = resolveTarget(explicit, parsePeriod(key)!, {
    workingWeekdays: [1, 2, 3, 4, 5],
    holidays: [],
    ...(seasonal ? { seasonalWeights: () => seasonal } : {}),
  });
  return explanationText(resolved!.explanation, say, usd(say));
}

describe('explanationText: how a target came about, in each language', () => {
  const year = [{ periodKey: '2026', amount: 1_200_000_000, stretch: null }];

  it('an even share', () => {
    expect(explain(year, '2026-11', en)).toBe('2026 ($12,000,000) ÷ 12 months');
    expect(explain(year, '2026-11', zh)).toBe('2026年（US$12,000,000） ÷ 12 个月');
  });

  it('the rest after a quarter set explicitly, and a conflict', () => {
    const withQ4 = [...year, { periodKey: '2026-Q4', amount: 450_000_000, stretch: null }];
    expect(explain(withQ4, '2026-Q1', en)).toBe(
      'the rest of 2026 ($12,000,000) after Q4 2026 set explicitly ($4,500,000), ÷ 3 quarters',
    );
    expect(explain(withQ4, '2026-Q1', zh)).toBe(
      '2026年（US$12,000,000）减去单独设定的2026年第4季度（US$4,500,000）后的余额 ÷ 3 个季度',
    );
    const over = [
      { periodKey: '2026', amount: 100_000, stretch: null },
      { periodKey: '2026-Q1', amount: 70_000, stretch: null },
      { periodKey: '2026-Q2', amount: 60_000, stretch: null },
    ];
    expect(explain(over, '2026-Q3', zh)).toBe(
      '0，因为单独设定的2026年第1季度和2026年第2季度（US$1,300）已超过2026年（US$1,000）',
    );
  });

  it('a seasonal month, a week of working days, and a roll-up', () => {
    const seasonal = [
      { periodKey: '2026', amount: 1_200_000_000, stretch: null, split: 'seasonal' as const },
    ];
    const weights = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 4];
    expect(explain(seasonal, '2026-12', en, weights)).toBe(
      "2026 ($12,000,000) × 26.7%, December's share of 2025 sales",
    );
    expect(explain(seasonal, '2026-12', zh, weights)).toBe(
      '2026年（US$12,000,000） × 26.7%，即12月在 2025 年销售额中的占比',
    );
    const month = [{ periodKey: '2026-10', amount: 100_000_000, stretch: null }];
    expect(explain(month, '2026-W43', zh)).toBe('2026年10月（US$1,000,000）共 22 个工作日，本期占其中 5 个');
    expect(explain(month, '2026', en)).toBe(
      "no target is set for 2026 itself; this adds up its days' shares of October 2026 ($1,000,000)",
    );
  });

  it('a note on a seasonal split without last year’s sales', () => {
    const note = {
      periodKey: '2026',
      code: 'seasonal.noSales' as const,
      splitPeriodKey: '2026',
      lastYear: 2025,
    };
    expect(noteText(note, en)).toBe('There were no sales in 2025 to split 2026 by, so it is split evenly.');
    expect(noteText(note, zh)).toBe('2025 年没有销售数据可用来按季节拆分2026年，因此改为平均拆分。');
  });
});

describe('progressView', () => {
  const target = resolveTarget(
    [{ periodKey: '2026-11', amount: 2_100_000, stretch: null }],
    parsePeriod('2026-11')!,
  )!;
  const progress: Progress = {
    target,
    actual: 500_000,
    reasoning: 'a <!channel> note & more',
    pace: {
      status: 'behind',
      percentOfTargetBp: 2380,
      percentOfStretchBp: null,
      remaining: 1_600_000,
      expectedToDate: 1_000_000,
      workingDaysLeft: 4,
      neededPerDay: 400_000,
      atRisk: true,
      noWorkingDays: false,
    },
  };

  it('says each row and the empty one in the language, escaping what was typed', () => {
    for (const [say, words] of [
      [en, ['$5,000 of $21,000', 'set explicitly', '_no target covers it_', ':warning: behind']],
      [zh, ['US$5,000 / US$21,000', '单独设定', '_尚无目标覆盖_', ':warning: 落后']],
    ] as const) {
      const view = progressView(
        'Heading',
        [
          { title: 'Row', progress },
          { title: 'Empty', progress: null },
        ],
        'USD',
        say,
      );
      for (const word of words) expect(view.text).toContain(word);
      expect(view.text).toContain('a &lt;!channel&gt; note &amp; more');
      expect(view.text).not.toContain('<!channel>');
    }
  });
});
