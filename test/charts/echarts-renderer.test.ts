import { describe, expect, it } from 'vitest';
import type { ChartInput, CumulativeChartInput } from '../../src/charts/chart-inputs.js';
import { createChartDrawer } from '../../src/charts/echarts-renderer.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { decodePng, pngSize, region } from '../helpers/png.js';

const renderer = createChartDrawer({ i18n: createTranslator() });
const days = Array.from({ length: 30 }, (_, i) => String(i + 1));
const month = (title: string, locale: 'en' | 'zh-CN' = 'zh-CN'): CumulativeChartInput => ({
  kind: 'cumulative',
  title,
  locale,
  currency: 'USD',
  labels: days,
  actual: days.map((_, i) => (i < 24 ? i * 40_000 : null)),
  target: days.map((_, i) => (i + 1) * 33_333),
  stretch: days.map((_, i) => (i + 1) * 46_667),
});
// The title sits at the top left (16 px in, 12 px down, 18 px type).
const TITLE = { x: 16, y: 10, width: 300, height: 26 };
const BACKGROUND = [0x1a, 0x1d, 0x21];

describe('chart renderer', () => {
  it.each<ChartInput>([
    month('本月 · 2026年11月'),
    {
      kind: 'bars',
      title: 'Regions · November 2026',
      locale: 'en',
      currency: 'USD',
      // A region without a target gets a bar and no target mark.
      bars: (
        [
          ['North', 4_500_000, 5_000_000],
          ['华东', 6_200_000, 5_500_000],
          ['South', 2_000_000, null],
        ] as const
      ).map(([label, actual, target]) => ({ label, actual, target })),
    },
    {
      kind: 'trend',
      title: 'Rick · weekly',
      locale: 'en',
      currency: 'EUR',
      weeks: [1, 2, 3, 4, 5, 6].map((w) => ({ label: `W${w}`, actual: w * 300_000, target: 1_000_000 })),
    },
  ])('draws a $kind chart as an 800×400 PNG that decodes', (input) => {
    const chart = renderer.draw(input);
    expect(pngSize(chart.png)).toEqual({ width: 800, height: 400 });
    expect({ width: chart.width, height: chart.height }).toEqual({ width: 800, height: 400 });
    const image = decodePng(chart.png);
    // An opaque background of its own, Slack's dark surface, so it reads in the dark theme.
    expect([...image.rgba.subarray(0, 4)]).toEqual([...BACKGROUND, 0xff]);
    expect(chart.altText.length).toBeLessThanOrEqual(2_000);
  });

  it('renders Chinese titles with the bundled font, not as empty boxes', () => {
    const a = decodePng(renderer.draw(month('本月业绩 · 华东区')).png);
    const b = decodePng(renderer.draw(month('季度冲刺 · 华南区')).png);
    const blank = decodePng(renderer.draw(month('')).png);
    // Two different Chinese titles give different pixels where the title is drawn…
    expect(region(a, TITLE).equals(region(b, TITLE))).toBe(false);
    // …and a title is something other than background. (Missing glyphs would draw the same boxes.)
    expect(region(a, TITLE).equals(region(blank, TITLE))).toBe(false);
    const lit = (image: typeof a) => {
      const pixels = region(image, TITLE);
      let count = 0;
      for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! > 0x80) count += 1;
      return count;
    };
    expect(lit(blank)).toBe(0);
    expect(lit(a)).toBeGreaterThan(100);
  });

  it('says what the chart shows with its key figures, in the chart’s language', () => {
    expect(renderer.draw(month('This month · November 2026', 'en')).altText).toBe(
      'This month · November 2026: cumulative revenue by day, $9,200 so far against a target of $9,999.90 and a stretch of $14,000.10.',
    );
    expect(renderer.draw(month('本月 · 2026年11月')).altText).toBe(
      '本月 · 2026年11月：按日累计的业绩，目前 US$9,200，目标 US$9,999.90，冲刺目标 US$14,000.10。',
    );
    const many: ChartInput = {
      kind: 'bars',
      title: 'Product lines',
      locale: 'en',
      currency: 'USD',
      bars: Array.from({ length: 200 }, (_, i) => ({ label: `Line ${i}`, actual: i * 100, target: 50_000 })),
    };
    const alt = renderer.draw(many).altText;
    expect(alt.length).toBe(2_000);
    expect(alt.startsWith('Product lines: revenue against target. Line 0: $0 of $500.')).toBe(true);
  });

  it('draws a chart with characters the font lacks (emoji) without failing', () => {
    expect(pngSize(renderer.draw(month('🚀 本月')).png)).toEqual({ width: 800, height: 400 });
  });
});
