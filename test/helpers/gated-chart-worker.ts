import { parentPort, workerData } from 'node:worker_threads';
import { createChartDrawer } from '../../src/charts/echarts-renderer.js';
import { serveCharts } from '../../src/charts/serve-charts.js';
import { createTranslator } from '../../src/i18n/translator.js';

/**
 * A chart worker entry for tests: the real drawer, served by the real loop, with controls a test
 * holds. A chart titled `hang` never finishes (a busy loop, as a stuck render would be); one titled
 * `crash` ends the thread. With a `gate` (see chartGate), every draw first counts itself in
 * gate[1] and then blocks this thread until the test opens gate[0]: a render as long as the test
 * wants, off the main thread.
 */
const { gate } = (workerData ?? {}) as { gate?: SharedArrayBuffer };
const drawer = createChartDrawer({ i18n: createTranslator() });
serveCharts(parentPort!, (input) => {
  if (input.title === 'hang') for (;;);
  if (input.title === 'crash') process.exit(3);
  if (gate) {
    const cells = new Int32Array(gate);
    Atomics.add(cells, 1, 1);
    Atomics.notify(cells, 1);
    Atomics.wait(cells, 0, 0);
  }
  return drawer.draw(input);
});
