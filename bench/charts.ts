import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import type { CumulativeChartInput } from '../src/charts/chart-inputs.js';
import { createWorkerChartRenderer } from '../src/charts/chart-worker-renderer.js';
import {
  bundledFontFiles,
  chartSvg,
  createChartDrawer,
  rasterise,
  subsetFonts,
} from '../src/charts/echarts-renderer.js';
import { createTranslator } from '../src/i18n/translator.js';
import { stats } from './target-team.js';

/**
 * Issue #13's chart case: one 800×400 month chart end to end (ECharts SVG, then PNG by resvg with
 * the bundled font), warm, next to a bare baseline in the same run: resvg rasterising a fixed plain
 * SVG of the same size with a few labels in the same font. Target: under 100 ms median.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 25);
const WIDTH = 800;
const HEIGHT = 400;

const days = Array.from({ length: 30 }, (_, i) => String(i + 1));
const month = (locale: 'en' | 'zh-CN'): CumulativeChartInput => ({
  kind: 'cumulative',
  title: locale === 'en' ? 'This month · November 2026' : '本月 · 2026年11月',
  locale,
  currency: 'USD',
  labels: days,
  actual: days.map((_, i) => (i < 24 ? i * 4_000_000 : null)),
  target: days.map((_, i) => (i + 1) * 3_333_333),
  stretch: days.map((_, i) => (i + 1) * 4_666_667),
});

const PLAIN = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
<rect width="${WIDTH}" height="${HEIGHT}" fill="#1a1d21"/>
<path d="M90 360 L780 80" stroke="#4fc3f7" stroke-width="3"/>
<text x="16" y="30" font-family="Noto Sans SC" font-size="18" fill="#e8e8e8">本月 · November 2026</text>
<text x="16" y="380" font-family="Noto Sans SC" font-size="12" fill="#a0a4a8">US$0 · US$70,000</text>
</svg>`;

function timed(fn: () => void): number[] {
  for (let i = 0; i < 3; i++) fn(); // warm: JIT, the font read and its subset
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    fn();
    samples.push(performance.now() - started);
  }
  return samples;
}

const row = (name: string, samples: number[]) => {
  const s = stats(samples);
  return { case: name, 'median ms': Number(s.median.toFixed(1)), 'p99 ms': Number(s.p99.toFixed(1)) };
};

export function chartsBench(): Array<Record<string, string | number>> {
  const i18n = createTranslator();
  const renderer = createChartDrawer({ i18n });
  const fonts = subsetFonts(bundledFontFiles()[0]!);
  const svg = chartSvg(month('en'), i18n.speaker('en'), WIDTH, HEIGHT);
  const svgFont = fonts.covering(svg);
  const plainFont = fonts.covering(`${PLAIN}${svg}`);
  return [
    row(
      'bare: resvg, plain 800×400 SVG, same font',
      timed(() => rasterise(PLAIN, [plainFont], WIDTH)),
    ),
    row(
      'chart SVG only (ECharts)',
      timed(() => chartSvg(month('en'), i18n.speaker('en'), WIDTH, HEIGHT)),
    ),
    row(
      'chart PNG only (resvg)',
      timed(() => rasterise(svg, [svgFont], WIDTH)),
    ),
    row(
      'chart end to end, en (SVG + PNG)',
      timed(() => renderer.draw(month('en'))),
    ),
    row(
      'chart end to end, zh-CN (SVG + PNG)',
      timed(() => renderer.draw(month('zh-CN'))),
    ),
  ];
}

/** Charts drawn back to back in each event-loop case: a year's analysis and a few App Home tabs. */
const LOOP_CHARTS = Number(process.env.BENCH_LOOP_CHARTS ?? 20);

/**
 * How long the event loop is held (perf_hooks' monitorEventLoopDelay: how late a 1 ms timer fires)
 * while LOOP_CHARTS charts are drawn one after another: on the event loop (as before ADR 0030) and
 * in the chart worker (now), beside the bare loop doing nothing for as long. The worst delay is how
 * long a Slack ack could have waited behind a chart.
 */
export async function eventLoopBench(): Promise<Array<Record<string, string | number>>> {
  const drawer = createChartDrawer({ i18n: createTranslator() });
  const worker = createWorkerChartRenderer();
  drawer.draw(month('zh-CN')); // warm both: the font read, its subset, the JIT
  await worker.render(month('zh-CN'));
  const measure = async (name: string, work: () => Promise<void>) => {
    const histogram = monitorEventLoopDelay({ resolution: 1 });
    histogram.enable();
    const started = performance.now();
    await work();
    const wall = performance.now() - started;
    histogram.disable();
    const ms = (ns: number) => Number((ns / 1e6).toFixed(1));
    return {
      case: name,
      'wall ms': Number(wall.toFixed(0)),
      'loop delay mean ms': ms(histogram.mean),
      'p99 ms': ms(histogram.percentile(99)),
      'max ms': ms(histogram.max),
    };
  };
  const charts = Array.from({ length: LOOP_CHARTS }, (_, i) => month(i % 2 ? 'en' : 'zh-CN'));
  const onLoop = await measure(`${LOOP_CHARTS} charts on the event loop (before)`, async () => {
    for (const input of charts) {
      drawer.draw(input);
      await new Promise((resolve) => setImmediate(resolve)); // an upload's await between charts
    }
  });
  const inWorker = await measure(`${LOOP_CHARTS} charts in the chart worker (now)`, async () => {
    for (const input of charts) await worker.render(input);
  });
  const bare = await measure('bare: the event loop idle as long', () => sleep(inWorker['wall ms']));
  await worker.stop();
  return [bare, onLoop, inWorker];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.warn(`Charts: one 800×400 month chart, warm, median of ${RUNS} runs (target under 100 ms):`);
  console.table(chartsBench());
  console.warn('Event-loop delay while charts are drawn, beside the idle loop:');
  console.table(await eventLoopBench());
}
