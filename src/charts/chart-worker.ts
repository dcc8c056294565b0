import { parentPort, workerData } from 'node:worker_threads';
import { createTranslator } from '../i18n/translator.js';
import { createChartDrawer, type RendererOptions } from './echarts-renderer.js';
import { serveCharts } from './serve-charts.js';

/**
 * The chart worker thread's entry (started by chart-worker-renderer.ts): one drawer for the thread's
 * life, so the font is read and subset once, and the catalogs for the chart's legends and alt text.
 */
const options = (workerData ?? {}) as Omit<RendererOptions, 'i18n'>;
const drawer = createChartDrawer({ ...options, i18n: createTranslator() });
serveCharts(parentPort!, (input) => drawer.draw(input));
