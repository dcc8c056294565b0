import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BarsChartInput, CumulativeChartInput } from '../src/charts/chart-inputs.js';
import { createChartDrawer } from '../src/charts/echarts-renderer.js';
import { createTranslator } from '../src/i18n/translator.js';

/**
 * `npm run charts`: the README's chart pictures, drawn by Pacer's own renderer (docs/images/). A
 * rep's month in App Home (24 days in, target $100,000, stretch +40%) and a manager's reports.
 */
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'images');
mkdirSync(out, { recursive: true });
const renderer = createChartDrawer({ i18n: createTranslator() });

const daily = [0, 4, 0, 6, 3, 0, 0, 9, 2, 5, 0, 7, 0, 0, 3, 11, 4, 0, 6, 0, 0, 2, 8, 5];
const days = Array.from({ length: 30 }, (_, i) => String(i + 1));
const runningTotals = daily.map((_, i) => daily.slice(0, i + 1).reduce((a, b) => a + b, 0) * 100_000);
const month: CumulativeChartInput = {
  kind: 'cumulative',
  title: 'This month · November 2026',
  locale: 'en',
  currency: 'USD',
  labels: days,
  actual: days.map((_, i) => runningTotals[i] ?? null),
  target: days.map((_, i) => Math.round(((i + 1) * 10_000_000) / 30)),
  stretch: days.map((_, i) => Math.round(((i + 1) * 14_000_000) / 30)),
};
const regions: BarsChartInput = {
  kind: 'bars',
  title: '下属本月业绩 · 2026年11月',
  locale: 'zh-CN',
  currency: 'CNY',
  bars: [
    { label: '王芳', actual: 42_000_00, target: 50_000_00 },
    { label: '李雷', actual: 61_500_00, target: 55_000_00 },
    { label: 'Noah Kim', actual: 18_000_00, target: 40_000_00 },
    { label: '陈静', actual: 33_000_00, target: 30_000_00 },
    { label: 'Sam Rivera', actual: 27_500_00, target: null },
  ],
};
for (const [name, input] of [
  ['chart-month.png', month],
  ['chart-reports.png', regions],
] as const) {
  const chart = renderer.draw(input);
  writeFileSync(join(out, name), chart.png);
  console.warn(`${name}: ${chart.width}×${chart.height}, ${chart.png.length} bytes — ${chart.altText}`);
}
