import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../src/domain/periods.js';
import { DEFAULT_CALENDAR, type ExplicitTarget, planLevels } from '../../../src/domain/targets/decompose.js';
import { dailyShares, resolveTarget } from '../../../src/domain/targets/resolve.js';
import { createTranslator } from '../../../src/i18n/translator.js';
import { explanationText, noteText } from '../../../src/slack/views/targets/explanation-text.js';

const target = (periodKey: string, amount: number, stretch: number | null = null): ExplicitTarget => ({
  periodKey,
  amount,
  stretch,
});
const money = (cents: number) =>
  `${Math.floor(cents / 100).toLocaleString('en-US')}.${String(cents % 100).padStart(2, '0')}`;
// The domain gives the explanation as data; these tests read it as English, as a user would.
const english = createTranslator().speaker('en');
const resolve = (explicit: ExplicitTarget[], key: string, calendar = DEFAULT_CALENDAR) => {
  const resolved = resolveTarget(explicit, parsePeriod(key)!, calendar);
  return (
    resolved && {
      ...resolved,
      explanation: explanationText(resolved.explanation, english, money),
      notes: resolved.notes.map((n) => noteText(n, english)),
    }
  );
};
const amountOf = (explicit: ExplicitTarget[], key: string, calendar = DEFAULT_CALENDAR) =>
  resolve(explicit, key, calendar)?.amount;
const weekKeys = (year: number, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `${year}-W${String(from + i).padStart(2, '0')}`);

describe("the playbook's quarter: 2026-Q1 of 10,000,000.00", () => {
  // The playbook says "about 2,500,000 a month"; a quarter has 3 months, and the bot is exact.
  const q1 = [target('2026-Q1', 1_000_000_000)];

  it('gives each month a third, the left-over cent to January, and says how it split', () => {
    expect(['2026-01', '2026-02', '2026-03'].map((k) => amountOf(q1, k))).toEqual([
      333_333_334, 333_333_333, 333_333_333,
    ]);
    expect(resolve(q1, '2026-02')).toMatchObject({
      source: 'implied',
      derivedFrom: '2026-Q1',
      stretch: null,
      explanation: 'Q1 2026 (10,000,000.00) ÷ 3 months',
    });
    expect(resolve(q1, '2026-Q1')).toMatchObject({ source: 'explicit', explanation: 'set explicitly' });
  });

  it("gives each week the sum of its working days' shares", () => {
    // January: 22 working days, 3,333,333.34 / 22 = 151,515.15 and 4 cents over, to Jan 1, 2, 5 and 6.
    expect(amountOf(q1, '2026-W02')).toBe(75_757_577); // Jan 5–9: 5 × 15,151,515 + 2
    expect(resolve(q1, '2026-W02')?.explanation).toBe(
      '5 of the 22 working days of January 2026 (3,333,333.34)',
    );
    expect(amountOf(q1, '2026-W01')).toBe(30_303_032); // Mon 29 Dec 2025 – Sun 4 Jan: Jan 1 and 2 only
    // February: 20 working days at 166,666.66, 13 cents over to the first 13; W09 holds the last 5.
    expect(amountOf(q1, '2026-W09')).toBe(83_333_330);
    // March: 22 working days, 3 cents over to Mar 2, 3 and 4; W14 holds Mar 30 and 31 only.
    expect(amountOf(q1, '2026-W10')).toBe(75_757_578);
    expect(amountOf(q1, '2026-W14')).toBe(30_303_030);
    const weeks = weekKeys(2026, 1, 14).map((k) => amountOf(q1, k)!);
    expect(weeks.reduce((a, b) => a + b, 0)).toBe(1_000_000_000);
  });

  it('implies nothing outside it, and a year without a target only adds up what is set', () => {
    expect(resolve(q1, '2026-Q2')).toBeNull();
    expect(resolve(q1, '2026-04')).toBeNull();
    expect(resolve(q1, '2026')).toMatchObject({
      amount: 1_000_000_000,
      derivedFrom: null,
      explanation:
        "no target is set for 2026 itself; this adds up its days' shares of Q1 2026 (10,000,000.00)",
    });
  });
});

describe('a year of 12,000,000.00 with a 14,000,000.00 stretch', () => {
  const year = [target('2026', 1_200_000_000, 1_400_000_000)];

  it('gives quarters a quarter and months a twelfth, stretch alongside', () => {
    expect(resolve(year, '2026-Q3')).toMatchObject({
      amount: 300_000_000,
      stretch: 350_000_000,
      derivedFrom: '2026',
      explanation: '2026 (12,000,000.00) ÷ 4 quarters',
    });
    expect(resolve(year, '2026-11')).toMatchObject({
      amount: 100_000_000,
      explanation: '2026 (12,000,000.00) ÷ 12 months',
    });
    // 14,000,000.00 / 12 = 1,166,666.67 for Jan and Feb, 1,166,666.66 for March.
    expect(['2026-01', '2026-02', '2026-03'].map((k) => resolve(year, k)?.stretch)).toEqual([
      116_666_667, 116_666_667, 116_666_666,
    ]);
  });

  it('gives a week straddling October and November only its October working days', () => {
    // W44 is Mon 26 Oct – Sun 1 Nov; October's 22 working days share 1,000,000.00, 12 cents over
    // to the first 12, so Oct 26–30 carry 45,454.54 each. Sunday 1 November carries nothing.
    expect(resolve(year, '2026-W44')).toMatchObject({
      amount: 22_727_270,
      explanation: '5 of the 22 working days of October 2026 (1,000,000.00)',
    });
  });

  it('splits a straddling week by each month’s own rate when both halves work (Sun–Thu week)', () => {
    const sunToThu = { ...DEFAULT_CALENDAR, workingWeekdays: [7, 1, 2, 3, 4] };
    // October: 21 Sun–Thu days at 47,619.04 (16 cents over, to Oct 1–22); Oct 26–29 carry 47,619.04.
    // November: 22 days at 45,454.54 (12 cents over): Sunday 1 November carries 45,454.55.
    expect(resolve(year, '2026-W44', sunToThu)).toMatchObject({
      amount: 4 * 4_761_904 + 4_545_455,
      explanation:
        "the sum of its days' shares: 4 of the 21 working days of October 2026 (1,000,000.00) + " +
        '1 of the 22 working days of November 2026 (1,000,000.00)',
    });
  });
});

describe('ISO weeks straddling New Year', () => {
  it('gives 2026-W53 (Mon 28 Dec – Sun 3 Jan 2027) its days from both years', () => {
    const years = [target('2026', 1_200_000_000), target('2027', 2_400_000_000)];
    // December 2026: 23 working days at 43,478.26 (2 cents over, to Dec 1 and 2): Dec 28–31 = 173,913.04.
    // January 2027: 21 working days at 95,238.09, 11 cents over: Friday 1 January = 95,238.10.
    expect(amountOf(years, '2026-W53')).toBe(17_391_304 + 9_523_810);
    expect(amountOf(years.slice(0, 1), '2026-W53')).toBe(17_391_304);
  });

  it('gives 2020-W53 (Mon 28 Dec – Sun 3 Jan 2021) its days from both years', () => {
    const years = [target('2020', 1_200_000_000), target('2021', 1_200_000_000)];
    // January 2021: 21 working days at 47,619.04, 16 cents over: Friday 1 January = 47,619.05.
    expect(amountOf(years, '2020-W53')).toBe(17_391_304 + 4_761_905);
  });
});

describe('holidays and odd calendars', () => {
  const november = [target('2026-11', 2_100_000)];

  it('leaves a holiday out, so the other working days carry more', () => {
    expect(amountOf(november, '2026-W48')).toBe(500_000); // 21 working days × 1,000.00
    const thanksgiving = { ...DEFAULT_CALENDAR, holidays: ['2026-11-26'] };
    expect(amountOf(november, '2026-W48', thanksgiving)).toBe(420_000); // 4 days × 1,050.00
    expect(amountOf(november, '2026-11-26', thanksgiving)).toBeUndefined();
  });

  it('spreads a month with no working days over all its days', () => {
    const noWorkdays = { ...DEFAULT_CALENDAR, workingWeekdays: [] };
    const february = [target('2026-02', 2_800_000)];
    expect(resolve(february, '2026-W07', noWorkdays)).toMatchObject({
      amount: 700_000,
      explanation: '7 of the 28 days of February 2026 (28,000.00), which has no working days',
    });
  });
});

describe('seasonal split', () => {
  // 2025 sold 500,000.00 a month, and 1,500,000.00 in December: 7,000,000.00 in all.
  const lastYear = [...Array(11).fill(50_000_000), 150_000_000];
  const seasonal = [{ ...target('2026', 1_200_000_000), split: 'seasonal' as const }];

  it("splits the year by last year's monthly shares, exactly", () => {
    const calendar = { ...DEFAULT_CALENDAR, seasonalWeights: (y: number) => (y === 2026 ? lastYear : null) };
    // Q4 weighs 2,500,000 of 7,000,000: 4,285,714.29 after the year's left-over cent.
    expect(amountOf(seasonal, '2026-Q4', calendar)).toBe(428_571_429);
    expect(resolve(seasonal, '2026-12', calendar)).toMatchObject({
      amount: 257_142_857,
      explanation: "2026 (12,000,000.00) × 21.4%, December's share of 2025 sales",
      notes: [],
    });
    const months = Array.from({ length: 12 }, (_, i) =>
      amountOf(seasonal, `2026-${String(i + 1).padStart(2, '0')}`, calendar),
    );
    expect(months.slice(0, 3)).toEqual([85_714_286, 85_714_286, 85_714_285]);
    expect(months.reduce((a, b) => a! + b!, 0)).toBe(1_200_000_000);
  });

  it('falls back to even, and says so, when last year sold nothing', () => {
    const calendar = { ...DEFAULT_CALENDAR, seasonalWeights: () => Array(12).fill(0) };
    expect(resolve(seasonal, '2026-12', calendar)).toMatchObject({
      amount: 100_000_000,
      notes: ['There were no sales in 2025 to split 2026 by, so it is split evenly.'],
    });
  });
});

describe('explicit overrides', () => {
  const year = [target('2026', 1_200_000_000, 1_400_000_000)];

  it('lets an explicit quarter override and shares the rest of the year among the others', () => {
    const withQ4 = [...year, target('2026-Q4', 450_000_000)];
    expect(resolve(withQ4, '2026-Q1')).toMatchObject({
      amount: 250_000_000,
      explanation:
        'the rest of 2026 (12,000,000.00) after Q4 2026 set explicitly (4,500,000.00), ÷ 3 quarters',
    });
    const quarters = ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'].map((k) => amountOf(withQ4, k)!);
    expect(quarters.reduce((a, b) => a + b, 0)).toBe(1_200_000_000);
    // Q4 has no stretch of its own, so its months show none; the others share 14,000,000 − 4,500,000.
    expect(resolve(withQ4, '2026-11')).toMatchObject({ amount: 150_000_000, stretch: null });
    expect(resolve(withQ4, '2026-Q1')?.stretch).toBe(316_666_667);
  });

  it('lets an explicit month override inside its quarter', () => {
    const q1 = [target('2026-Q1', 1_000_000_000), target('2026-01', 400_000_000)];
    expect(['2026-01', '2026-02', '2026-03'].map((k) => amountOf(q1, k))).toEqual([
      400_000_000, 300_000_000, 300_000_000,
    ]);
  });

  it('reports a conflict instead of negative targets when explicit parts exceed the whole', () => {
    const over = [target('2026', 100_000_000), target('2026-Q1', 80_000_000), target('2026-Q2', 50_000_000)];
    const q3 = resolve(over, '2026-Q3')!;
    expect(q3).toMatchObject({
      amount: 0,
      explanation:
        '0, because Q1 2026 and Q2 2026 set explicitly (1,300,000.00) already exceed 2026 (1,000,000.00)',
    });
    expect(q3.conflicts).toEqual([
      { periodKey: '2026', explicitChildren: 130_000_000, amount: 100_000_000, kind: 'over', level: 'base' },
    ]);
    expect(amountOf(over, '2026-Q1')).toBe(80_000_000);
    expect(amountOf(over, '2026-08')).toBe(0);
  });

  it('reports explicit parts that leave some of the whole unplaced', () => {
    const under = [
      target('2026-Q1', 1_000_000_000),
      target('2026-01', 300_000_000),
      target('2026-02', 300_000_000),
      target('2026-03', 300_000_000),
    ];
    expect(resolve(under, '2026-02')?.conflicts).toEqual([
      {
        periodKey: '2026-Q1',
        explicitChildren: 900_000_000,
        amount: 1_000_000_000,
        kind: 'under',
        level: 'base',
      },
    ]);
  });

  it('fixes an explicit week and spreads the rest of its month over the other working days', () => {
    const november = [target('2026-11', 2_100_000), target('2026-W46', 1_000_000)];
    expect(amountOf(november, '2026-W46')).toBe(1_000_000);
    expect(amountOf(november, '2026-11')).toBe(2_100_000);
    expect(resolve(november, '2026-W47')).toMatchObject({
      amount: 343_750, // (21,000.00 − 10,000.00) over 16 days, × 5
      explanation:
        '5 of the 16 working days of November 2026 left after week 46 (Nov 9–15) set explicitly ' +
        '(11,000.00 of 21,000.00)',
    });
  });

  it('scales an explicit week over its days, so a week straddling two months keeps their rates', () => {
    // Nov: 21 days × 1,000.00; Dec: 23 days × 2,000.00. W49 (Mon 30 Nov – Sun 6 Dec) would be 9,000.00.
    const months = [target('2026-11', 2_100_000), target('2026-12', 4_600_000), target('2026-W49', 450_000)];
    expect(amountOf(months, '2026-11-30')).toBe(50_000);
    expect(amountOf(months, '2026-12-01')).toBe(100_000);
    // November's other 20 days share 21,000.00 − 500.00.
    expect(amountOf(months, '2026-W48')).toBe(5 * 102_500);
    const shares = dailyShares(months, parsePeriod('2026-12')!);
    expect([...shares.values()].reduce((a, b) => a + b, 0)).toBe(4_600_000);
  });

  it('reports an explicit week larger than its month, and gives the other days 0', () => {
    const november = [target('2026-11', 2_100_000), target('2026-W47', 3_000_000)];
    expect(amountOf(november, '2026-W47')).toBe(3_000_000);
    expect(amountOf(november, '2026-W48')).toBe(0);
    expect(resolve(november, '2026-W48')?.conflicts).toContainEqual({
      periodKey: '2026-11',
      explicitChildren: 3_000_000,
      amount: 2_100_000,
      kind: 'over',
      level: 'base',
    });
  });

  it('keeps a week straddling New Year the same seen from either year', () => {
    const explicit = [
      target('2026', 1_200_000_000),
      target('2027', 2_400_000_000),
      target('2026-W53', 1_000),
    ];
    const dec = dailyShares(explicit, parsePeriod('2026-12')!);
    const jan = dailyShares(explicit, parsePeriod('2027-01')!);
    const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    expect(sum(dec)).toBe(100_000_000);
    expect(sum(jan)).toBe(200_000_000);
    // 10.00 scaled over Dec 28–31 (43,478.26 each) and Jan 1 (95,238.10).
    const week = ['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01'];
    expect(week.map((d) => dec.get(d) ?? jan.get(d))).toEqual([162, 162, 161, 161, 354]);
  });
});

describe('dailyShares', () => {
  it('gives any range its days, for a target to date', () => {
    const shares = dailyShares([target('2026-11', 2_100_000)], { start: '2026-11-23', end: '2026-11-25' });
    expect([...shares]).toEqual([
      ['2026-11-23', 100_000],
      ['2026-11-24', 100_000],
      ['2026-11-25', 100_000],
    ]);
  });
});

describe('planLevels (the leaderboard fast path)', () => {
  it('gives the same year, quarter and month amounts as resolveTarget', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 1, max: 12 }),
        (year, q, pct, month) => {
          const explicit = [
            { periodKey: '2026', amount: year, stretch: null },
            { periodKey: `2026-Q${q}`, amount: Math.floor((year * pct) / 400), stretch: null },
          ];
          const levels = planLevels(explicit, (t) => t.amount, 2026);
          for (const key of ['2026', `2026-Q${q}`, `2026-${String(month).padStart(2, '0')}`, '2026-Q2']) {
            const full = resolveTarget(explicit, parsePeriod(key)!);
            if ((levels.get(key)?.amount ?? null) !== (full?.amount ?? null)) return false;
          }
          // Splitting only the month's own quarter gives the same month.
          const monthKey = `2026-${String(month).padStart(2, '0')}`;
          const onlyQuarter = planLevels(
            explicit,
            (t) => t.amount,
            2026,
            undefined,
            Math.floor((month - 1) / 3) + 1,
          );
          if (onlyQuarter.get(monthKey)?.amount !== levels.get(monthKey)?.amount) return false;
          return true;
        },
      ),
      { numRuns: 50 },
    );
  });
});
