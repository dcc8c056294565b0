import type { Locale } from '../i18n/locale.js';

/**
 * What a chart shows, as plain data: the analysis, the manager digest and App Home build these, the
 * renderer in src/charts turns them into PNGs. Amounts are integer minor units of `currency`.
 * Labels are already in the reader's language (the caller's Speaker made them); the renderer escapes
 * nothing and never builds a sentence of its own except from the catalog.
 */
interface ChartBase {
  /** Shown above the plot and used in the alt text. */
  title: string;
  locale: Locale;
  currency: string;
}

/** Cumulative revenue against target and stretch over a month, a quarter or a year. */
export interface CumulativeChartInput extends ChartBase {
  kind: 'cumulative';
  /** One label a point (a day, or a week for a quarter/year): x axis. */
  labels: string[];
  /** Cumulative actual to each point; null for points still in the future. */
  actual: (number | null)[];
  /** Cumulative target to each point, or null when no target is set. */
  target: number[] | null;
  /** Cumulative stretch to each point, or null when no target is set. */
  stretch: number[] | null;
}

/** Bars by region or product line against their targets. */
export interface BarsChartInput extends ChartBase {
  kind: 'bars';
  bars: { label: string; actual: number; target: number | null }[];
}

/** A rep's weekly trend: revenue each week against the week's target. */
export interface TrendChartInput extends ChartBase {
  kind: 'trend';
  weeks: { label: string; actual: number; target: number | null }[];
}

export type ChartInput = CumulativeChartInput | BarsChartInput | TrendChartInput;

export interface RenderedChart {
  png: Buffer;
  width: number;
  height: number;
  /** Says what the picture shows, in the chart's language (Slack's image alt_text, at most 2,000). */
  altText: string;
}

/**
 * Draws chart PNGs off the event loop (a worker thread, see chart-worker-renderer.ts): a render
 * never holds up the acks of other members' requests. Rejects when that one chart failed or timed out.
 */
export interface ChartRenderer {
  render(input: ChartInput): Promise<RenderedChart>;
}

/** Draws one chart synchronously (ECharts SVG rasterised by resvg, fonts bundled): the worker's engine. */
export interface ChartDrawer {
  draw(input: ChartInput): RenderedChart;
}

/**
 * Uploads a PNG the current Slack way (files.getUploadURLExternal, POST, files.completeUploadExternal)
 * and returns the file's ID, which an image block shows with `slack_file: { id }`.
 */
export interface ImageUploader {
  uploadImage(image: {
    png: Buffer;
    fileName: string;
    title: string;
    altText: string;
  }): Promise<{ fileId: string }>;
  /** Deletes an image uploaded earlier (files.delete); one already gone counts as deleted. */
  deleteImage(fileId: string): Promise<void>;
}
