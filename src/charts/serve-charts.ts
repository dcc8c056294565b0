import type { MessagePort } from 'node:worker_threads';
import type { ChartInput, RenderedChart } from './chart-inputs.js';

/** What the main thread asks the chart worker: one chart, by id. */
export interface ChartRequest {
  id: number;
  input: ChartInput;
}

/** What the chart worker answers: the chart (its PNG copied across as bytes) or why it failed. */
export type ChartReply =
  | { ready: true }
  | { id: number; chart: Omit<RenderedChart, 'png'> & { png: Uint8Array } }
  | { id: number; error: string };

/**
 * The chart worker's loop: draws each requested chart in turn and answers with its id. A chart that
 * throws is answered with the error and the worker carries on with the next one. `ready` goes first,
 * once the modules (ECharts alone takes 1–4 s to load) are in: a chart's time limit starts then.
 */
export function serveCharts(port: MessagePort, draw: (input: ChartInput) => RenderedChart): void {
  port.on('message', ({ id, input }: ChartRequest) => {
    let reply: ChartReply;
    try {
      reply = { id, chart: draw(input) };
    } catch (error) {
      reply = { id, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
  port.postMessage({ ready: true } satisfies ChartReply);
}
