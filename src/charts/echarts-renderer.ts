import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import type { MessageKey } from '../i18n/catalog.js';
import type { Speaker, Translator } from '../i18n/translator.js';
import type { ChartDrawer, ChartInput, RenderedChart } from './chart-inputs.js';
import { FontSubsetter } from './font-subset.js';

/** Past this many characters the subset starts afresh from the chart at hand instead of growing. */
const SUBSET_MAX_CHARS = 4_000;
/** Slack's image alt_text limit. */
const ALT_TEXT_MAX = 2_000;
const FONT_FAMILY = 'Noto Sans SC';

/**
 * Colours for Slack's dark theme that still read in the light one: the picture carries its own opaque
 * background (Slack's dark surface), light text, and series that keep 4.5:1 or more against it.
 */
const THEME = {
  background: '#1a1d21',
  text: '#e8e8e8',
  muted: '#a0a4a8',
  grid: '#3a3d42',
  actual: '#4fc3f7',
  target: '#ffb74d',
  stretch: '#81c784',
};

/** The bundled Noto Sans SC (Latin and CJK), so labels render on a server without any fonts installed. */
export function bundledFontFiles(): string[] {
  const require = createRequire(import.meta.url);
  return [require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf')];
}

export interface RendererOptions {
  i18n: Translator;
  width?: number;
  height?: number;
  /** A TrueType (glyf) font with Latin and CJK; the bundled Noto Sans SC by default. */
  fontFile?: string;
}

/**
 * ECharts renders the chart to SVG on the server (no DOM, no browser), resvg rasterises it to PNG with
 * only the bundled font: system fonts are never scanned. The font is read once; resvg is handed a
 * subset of the characters charts used so far (see font-subset.ts for why), rewritten only when a
 * chart brings a character the subset lacks. Synchronous CPU work (40–300 ms): Pacer runs it in the
 * chart worker (chart-worker.ts), never on the event loop that acks Slack's requests.
 */
export function createChartDrawer(options: RendererOptions): ChartDrawer {
  const width = options.width ?? 800;
  const height = options.height ?? 400;
  // Read on the first chart, not at start: most processes draw none for a while.
  let fonts: ReturnType<typeof subsetFonts> | undefined;
  return {
    draw(input: ChartInput): RenderedChart {
      fonts ??= subsetFonts(options.fontFile ?? bundledFontFiles()[0]!);
      const say = options.i18n.speaker(input.locale);
      const svg = chartSvg(input, say, width, height);
      const png = rasterise(svg, [fonts.covering(svg)], width);
      return { png, width, height, altText: altText(input, say) };
    },
  };
}

/** One subset font file per renderer, grown to cover the text it is asked for. */
export function subsetFonts(fontFile: string): { covering(text: string): string } {
  const subsetter = new FontSubsetter(readFileSync(fontFile));
  const path = join(mkdtempSync(join(tmpdir(), 'pacer-fonts-')), 'chart-font.ttf');
  let covered = new Set<string>();
  return {
    covering(text) {
      const chars = new Set(text);
      const missing = [...chars].some((c) => !covered.has(c));
      if (missing || covered.size === 0) {
        covered = covered.size + chars.size > SUBSET_MAX_CHARS ? chars : new Set([...covered, ...chars]);
        writeFileSync(path, subsetter.subset([...covered].join('')));
      }
      return path;
    },
  };
}

/** resvg with only the given fonts; exported for the benchmark's bare baseline. */
export function rasterise(svg: string, fontFiles: string[], width: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: {
      loadSystemFonts: false,
      fontFiles,
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
  });
  return resvg.render().asPng();
}

/** The chart as an SVG string (ECharts' server-side renderer). */
export function chartSvg(input: ChartInput, say: Speaker, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, ...baseOption(input, say), ...seriesOption(input, say) });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

const money = (say: Speaker, currency: string) => (value: number) => say.money(value, currency);

function baseOption(input: ChartInput, say: Speaker) {
  return {
    backgroundColor: THEME.background,
    textStyle: { fontFamily: FONT_FAMILY, color: THEME.text },
    title: {
      text: input.title,
      left: 16,
      top: 12,
      textStyle: { fontFamily: FONT_FAMILY, color: THEME.text, fontSize: 18, fontWeight: 'normal' },
    },
    legend: {
      top: 14,
      right: 16,
      textStyle: { fontFamily: FONT_FAMILY, color: THEME.text, fontSize: 13 },
    },
    grid: { left: 24, right: 24, top: 64, bottom: 16, containLabel: true },
    yAxis: {
      type: 'value',
      axisLabel: {
        color: THEME.muted,
        fontFamily: FONT_FAMILY,
        fontSize: 12,
        formatter: money(say, input.currency),
      },
      splitLine: { lineStyle: { color: THEME.grid } },
    },
  };
}

const categoryAxis = (labels: string[]) => ({
  type: 'category',
  data: labels,
  axisLabel: { color: THEME.muted, fontFamily: FONT_FAMILY, fontSize: 12 },
  axisLine: { lineStyle: { color: THEME.grid } },
  axisTick: { show: false },
});

function seriesOption(input: ChartInput, say: Speaker) {
  const line = (name: MessageKey, data: (number | null)[], color: string, dashed: boolean) => ({
    type: 'line',
    name: say.t(name),
    data,
    showSymbol: false,
    lineStyle: { color, width: dashed ? 2 : 3, type: dashed ? 'dashed' : 'solid' },
    itemStyle: { color },
  });
  switch (input.kind) {
    case 'cumulative':
      return {
        xAxis: { ...categoryAxis(input.labels), boundaryGap: false },
        series: [
          line('charts.actual', input.actual, THEME.actual, false),
          ...(input.target ? [line('charts.target', input.target, THEME.target, true)] : []),
          ...(input.stretch ? [line('charts.stretch', input.stretch, THEME.stretch, true)] : []),
        ],
      };
    case 'bars':
    case 'trend': {
      const items = input.kind === 'bars' ? input.bars : input.weeks;
      const hasTarget = items.some((i) => i.target !== null);
      return {
        xAxis: categoryAxis(items.map((i) => i.label)),
        series: [
          {
            type: 'bar',
            name: say.t('charts.actual'),
            data: items.map((i) => i.actual),
            itemStyle: { color: THEME.actual },
            barMaxWidth: 48,
          },
          ...(hasTarget
            ? [
                input.kind === 'bars'
                  ? {
                      type: 'scatter',
                      name: say.t('charts.target'),
                      data: items.map((i) => i.target),
                      symbol: 'rect',
                      symbolSize: [56, 4],
                      itemStyle: { color: THEME.target },
                    }
                  : line(
                      'charts.target',
                      items.map((i) => i.target),
                      THEME.target,
                      true,
                    ),
              ]
            : []),
        ],
      };
    }
  }
}

/** What the picture shows, with its key figures, from the catalog; never past Slack's 2,000. */
export function altText(input: ChartInput, say: Speaker): string {
  const m = money(say, input.currency);
  let text: string;
  if (input.kind === 'cumulative') {
    const last = <T>(values: T[]) => values[values.length - 1];
    const actual = last(input.actual.filter((v): v is number => v !== null)) ?? 0;
    const target = input.target ? last(input.target) : undefined;
    const stretch = input.stretch ? last(input.stretch) : undefined;
    const params = { title: input.title, actual: m(actual) };
    if (target === undefined) text = say.t('charts.cumulativeAltNoTarget', params);
    else if (stretch === undefined)
      text = say.t('charts.cumulativeAltNoStretch', { ...params, target: m(target) });
    else text = say.t('charts.cumulativeAlt', { ...params, target: m(target), stretch: m(stretch) });
  } else {
    const items = (input.kind === 'bars' ? input.bars : input.weeks)
      .map((i) =>
        i.target === null
          ? say.t('charts.itemNoTarget', { label: i.label, actual: m(i.actual) })
          : say.t('charts.itemWithTarget', { label: i.label, actual: m(i.actual), target: m(i.target) }),
      )
      .join(say.t('charts.itemSeparator'));
    text = say.t(input.kind === 'bars' ? 'charts.barsAlt' : 'charts.trendAlt', { title: input.title, items });
  }
  return text.length <= ALT_TEXT_MAX ? text : `${text.slice(0, ALT_TEXT_MAX - 1)}…`;
}
