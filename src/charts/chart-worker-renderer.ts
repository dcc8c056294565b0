import { Worker } from 'node:worker_threads';
import type { ChartInput, ChartRenderer, RenderedChart } from './chart-inputs.js';
import type { RendererOptions } from './echarts-renderer.js';
import type { ChartReply, ChartRequest } from './serve-charts.js';

/** Far above a chart's 40–300 ms, even on a loaded machine: only a render that is stuck gets here. */
const DEFAULT_TIMEOUT_MS = 10_000;
/** A fresh worker loads ECharts (1–4 s here) before it is ready; one that never gets there is stuck. */
const STARTUP_MS = 60_000;

export interface WorkerRendererOptions extends Omit<RendererOptions, 'i18n'> {
  /** How long one chart may take before it fails and the worker is replaced (default 10 s). */
  timeoutMs?: number;
  /** The worker's entry module; chart-worker.ts (or .js in dist/) by default. Tests give their own. */
  entry?: URL;
  /** More data for the worker's entry (a test entry's controls); the drawer's options are added. */
  workerData?: Record<string, unknown>;
}

/** A ChartRenderer that owns a thread: stop it when Pacer stops. */
export interface StoppableChartRenderer extends ChartRenderer {
  /** Fails the charts not drawn yet and ends the worker; later renders fail at once. */
  stop(): Promise<void>;
}

interface Job {
  id: number;
  input: ChartInput;
  resolve(chart: RenderedChart): void;
  reject(error: Error): void;
}

/** Beside this module: the .ts source under tsx and vitest, the compiled .js in dist/. */
function defaultEntry(): URL {
  const ext = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
  return new URL(`./chart-worker.${ext}`, import.meta.url);
}

/**
 * Draws charts in one long-lived worker thread, so ECharts and resvg (40–300 ms of synchronous CPU a
 * chart) never hold the event loop that acks Slack's requests (ADR 0030). The worker starts on the
 * first chart, reads the font once, and takes one chart at a time; each chart's clock starts when the
 * worker gets it. A chart that throws fails alone; one that takes longer than `timeoutMs` fails
 * alone too and the worker, stuck in it, is terminated; a worker that dies fails the chart it was
 * drawing. Either way the next chart starts a fresh worker. The thread is unref'd while idle and
 * terminated by stop(): it never keeps the process alive.
 */
export function createWorkerChartRenderer(options: WorkerRendererOptions = {}): StoppableChartRenderer {
  const { timeoutMs = DEFAULT_TIMEOUT_MS, entry = defaultEntry(), workerData, ...drawer } = options;
  const queue: Job[] = [];
  let current: { job: Job; timer: NodeJS.Timeout } | null = null;
  let worker: Worker | null = null;
  let ready = false;
  let stopped = false;
  let nextId = 1;

  const finish = (id: number, outcome: { chart: RenderedChart } | { error: Error }) => {
    if (current?.job.id !== id) return; // a late answer from a worker already given up on
    clearTimeout(current.timer);
    const { job } = current;
    current = null;
    if ('chart' in outcome) job.resolve(outcome.chart);
    else job.reject(outcome.error);
    if (queue.length === 0) worker?.unref();
    pump();
  };

  const start = (): Worker => {
    // The thread takes the process' flags (--enable-source-maps…) but --input-type, which only a
    // -e script may carry; the source needs tsx's loader in the thread too, dist/ is plain JavaScript.
    const inherited = process.execArgv.filter((flag) => !flag.startsWith('--input-type'));
    const thread = new Worker(entry, {
      workerData: { ...drawer, ...workerData },
      execArgv: entry.pathname.endsWith('.ts') ? [...inherited, '--import', 'tsx'] : inherited,
    });
    let crash: Error | null = null;
    thread.on('message', (reply: ChartReply) => {
      if ('ready' in reply) {
        if (worker !== thread) return;
        ready = true;
        if (current) arm(current.job); // the chart's own time starts now
      } else if ('error' in reply) finish(reply.id, { error: new Error(reply.error) });
      else {
        const { png, ...rest } = reply.chart;
        finish(reply.id, {
          chart: { ...rest, png: Buffer.from(png.buffer, png.byteOffset, png.byteLength) },
        });
      }
    });
    thread.on('error', (error) => {
      crash = error;
    });
    thread.on('exit', (code) => {
      if (worker !== thread) return; // terminated on purpose (timeout, stop)
      worker = null;
      const why = crash?.message ?? `exit code ${code}`;
      if (current) finish(current.job.id, { error: new Error(`the chart worker stopped: ${why}`) });
    });
    return thread;
  };

  const pump = () => {
    if (current || stopped) return;
    const job = queue.shift();
    if (!job) return;
    if (!worker) {
      ready = false;
      worker = start();
    }
    worker.ref();
    arm(job);
    worker.postMessage({ id: job.id, input: job.input } satisfies ChartRequest);
  };

  /** (Re)starts the clock of the chart in the worker: its own limit once the worker is ready. */
  const arm = (job: Job) => {
    if (current) clearTimeout(current.timer);
    const limit = ready ? timeoutMs : STARTUP_MS;
    const timer = setTimeout(() => {
      const stuck = worker;
      worker = null;
      void stuck?.terminate();
      const why = ready
        ? `the chart took longer than ${limit} ms`
        : `the chart worker did not start in ${limit} ms`;
      finish(job.id, { error: new Error(why) });
    }, limit);
    timer.unref();
    current = { job, timer };
  };

  return {
    render(input) {
      if (stopped) return Promise.reject(new Error('the chart renderer is stopped'));
      return new Promise<RenderedChart>((resolve, reject) => {
        queue.push({ id: nextId++, input, resolve, reject });
        pump();
      });
    },
    async stop() {
      stopped = true;
      const stoppedError = new Error('the chart renderer is stopped');
      if (current) {
        clearTimeout(current.timer);
        current.job.reject(stoppedError);
        current = null;
      }
      for (const job of queue.splice(0)) job.reject(stoppedError);
      const thread = worker;
      worker = null;
      await thread?.terminate();
    },
  };
}
