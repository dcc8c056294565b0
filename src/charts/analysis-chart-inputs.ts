import type { SliceLine } from '../domain/analysis/monthly-analysis.js';
import type { Locale } from '../i18n/locale.js';
import type { BarsChartInput, ChartInput, CumulativeChartInput } from './chart-inputs.js';

/** One step of the period (a day of a month, a month of a quarter or year): sold, and its share of target. */
export interface ChartStep {
  label: string;
  /** Sold in the step; null for a step still in the future. */
  actual: number | null;
  target: number | null;
  stretch: number | null;
}

export interface AnalysisChartWords {
  locale: Locale;
  currency: string;
  cumulativeTitle: string;
  regionsTitle: string;
  productsTitle: string;
  /** What a slice without a region / product line is called. */
  noRegion: string;
  noProduct: string;
}

function running(values: readonly number[]): number[] {
  let sum = 0;
  return values.map((v) => {
    sum += v;
    return sum;
  });
}

/**
 * The analysis' charts as plain data: cumulative revenue against target and stretch over the
 * period's steps, and bars by region and by product line against their targets. A series with no
 * target in any step is left out (null), as is a bar chart with no bars.
 */
export function analysisChartInputs(
  steps: readonly ChartStep[],
  regions: ReadonlyArray<SliceLine & { name: string | null }>,
  products: ReadonlyArray<SliceLine & { name: string | null }>,
  words: AnalysisChartWords,
): ChartInput[] {
  const base = { locale: words.locale, currency: words.currency };
  let sum = 0;
  const actual = steps.map((s) => {
    if (s.actual === null) return null;
    sum += s.actual;
    return sum;
  });
  const hasTarget = steps.some((s) => s.target !== null);
  const hasStretch = steps.some((s) => s.stretch !== null);
  const cumulative: CumulativeChartInput = {
    ...base,
    kind: 'cumulative',
    title: words.cumulativeTitle,
    labels: steps.map((s) => s.label),
    actual,
    target: hasTarget ? running(steps.map((s) => s.target ?? 0)) : null,
    stretch: hasTarget && hasStretch ? running(steps.map((s) => s.stretch ?? s.target ?? 0)) : null,
  };
  const bars = (title: string, slices: typeof regions, none: string): BarsChartInput => ({
    ...base,
    kind: 'bars',
    title,
    bars: slices.map((s) => ({ label: s.name ?? none, actual: s.current.revenueCents, target: s.target })),
  });
  const out: ChartInput[] = [cumulative];
  if (regions.length > 0) out.push(bars(words.regionsTitle, regions, words.noRegion));
  if (products.length > 0) out.push(bars(words.productsTitle, products, words.noProduct));
  return out;
}
