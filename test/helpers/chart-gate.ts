import {
  createWorkerChartRenderer,
  type StoppableChartRenderer,
  type WorkerRendererOptions,
} from '../../src/charts/chart-worker-renderer.js';

/** The test side of gated-chart-worker.ts: the real chart worker, with draws the test holds. */
export interface ChartGate {
  renderer: StoppableChartRenderer;
  /** Resolves once a draw has started (and is held) in the worker. */
  drawing(): Promise<void>;
  /** Lets every held and later draw go on. */
  open(): void;
}

/** Node 22 has Atomics.waitAsync; the compiler's ES2022 lib does not know it yet. */
interface AtomicsWaitAsync {
  waitAsync(
    cells: Int32Array,
    index: number,
    value: number,
    timeoutMs: number,
  ): { async: false; value: string } | { async: true; value: Promise<string> };
}

export function chartWorkerForTests(options: WorkerRendererOptions = {}): StoppableChartRenderer {
  return createWorkerChartRenderer({
    entry: new URL('./gated-chart-worker.ts', import.meta.url),
    ...options,
  });
}

export function chartGate(): ChartGate {
  const gate = new SharedArrayBuffer(8);
  const cells = new Int32Array(gate);
  return {
    renderer: chartWorkerForTests({ workerData: { gate } }),
    async drawing() {
      const waited = (Atomics as unknown as AtomicsWaitAsync).waitAsync(cells, 1, 0, 20_000);
      if (waited.async) await waited.value;
      if (Atomics.load(cells, 1) === 0) throw new Error('no chart started drawing');
    },
    open() {
      Atomics.store(cells, 0, 1);
      Atomics.notify(cells, 0);
    },
  };
}
