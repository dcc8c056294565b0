import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import type { BarsChartInput } from '../../src/charts/chart-inputs.js';
import {
  createWorkerChartRenderer,
  type StoppableChartRenderer,
} from '../../src/charts/chart-worker-renderer.js';
import { chartGate, chartWorkerForTests } from '../helpers/chart-gate.js';
import { decodePng } from '../helpers/png.js';
import { ADMIN, MANAGER, REP, TestPacer } from '../helpers/test-pacer.js';

const run = promisify(execFile);

const bars = (title: string, locale: 'en' | 'zh-CN' = 'en'): BarsChartInput => ({
  kind: 'bars',
  title,
  locale,
  currency: 'USD',
  bars: [
    { label: 'North', actual: 4_500_000, target: 5_000_000 },
    { label: '华东', actual: 6_200_000, target: null },
  ],
});

const stops: StoppableChartRenderer[] = [];
const renderer = (r: StoppableChartRenderer) => {
  stops.push(r);
  return r;
};
afterEach(async () => {
  for (const r of stops.splice(0)) await r.stop();
});

describe('charts drawn in the chart worker', () => {
  it('draws PNGs that decode, in the reader language, one after another in one worker', async () => {
    const charts = renderer(createWorkerChartRenderer());
    const [en, zh] = await Promise.all([
      charts.render(bars('Regions')),
      charts.render(bars('地区', 'zh-CN')),
    ]);
    expect(decodePng(en.png)).toMatchObject({ width: 800, height: 400 });
    expect(decodePng(zh.png)).toMatchObject({ width: 800, height: 400 });
    expect(en.altText).toContain('North');
    expect(zh.altText).toContain('华东');
  }, 30_000);

  it('fails a chart that hangs, alone: the next chart is drawn by a fresh worker', async () => {
    const charts = renderer(chartWorkerForTests({ timeoutMs: 1_000 }));
    const hung = charts.render(bars('hang'));
    const next = charts.render(bars('After'));
    await expect(hung).rejects.toThrow('the chart took longer than 1000 ms');
    expect(decodePng((await next).png)).toMatchObject({ width: 800, height: 400 });
  }, 40_000);

  it('fails the chart whose worker died and draws the next in a new one', async () => {
    const charts = renderer(chartWorkerForTests());
    const crashed = charts.render(bars('crash'));
    const next = charts.render(bars('After'));
    await expect(crashed).rejects.toThrow('the chart worker stopped');
    expect((await next).altText).toContain('After');
  }, 40_000);

  it('fails a chart that throws, alone, and keeps the worker', async () => {
    const charts = renderer(createWorkerChartRenderer());
    const bad = charts.render({ ...bars('Half'), bars: [{ label: 'x', actual: 0.5, target: null }] });
    await expect(bad).rejects.toThrow('whole minor units');
    expect((await charts.render(bars('Whole'))).altText).toContain('Whole');
  }, 30_000);

  it('fails what is not drawn yet on stop, and nothing after', async () => {
    const gate = chartGate();
    const failed = (p: Promise<unknown>) =>
      p.then(
        () => null,
        (error: Error) => error.message,
      );
    const held = failed(gate.renderer.render(bars('Held')));
    const queued = failed(gate.renderer.render(bars('Queued')));
    await gate.drawing();
    await gate.renderer.stop();
    expect(await held).toContain('stopped');
    expect(await queued).toContain('stopped');
    await expect(gate.renderer.render(bars('Later'))).rejects.toThrow('stopped');
  }, 30_000);

  it('never keeps a process alive: a script that drew a chart and never stopped the renderer exits', async () => {
    const script = [
      `import { createWorkerChartRenderer } from ${JSON.stringify(join(import.meta.dirname, '../../src/charts/chart-worker-renderer.ts'))};`,
      'const charts = createWorkerChartRenderer();',
      `const chart = await charts.render(${JSON.stringify(bars('Exit'))});`,
      'console.log(chart.png.length > 0 ? "drawn" : "empty");',
    ].join('\n');
    const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      timeout: 30_000,
    });
    expect(stdout.trim()).toBe('drawn');
  }, 40_000);
});

describe('Slack requests while charts are drawn', () => {
  let t: TestPacer | undefined;
  afterEach(async () => {
    await t?.stop();
    t = undefined;
  });

  it('answers a /deal while a /report analysis is still drawing its charts', async () => {
    const gate = chartGate();
    t = await TestPacer.start({ now: '2026-11-25T15:00:00Z', charts: gate.renderer });
    await t.command(ADMIN.id, '/pacer', `member <@${MANAGER.id}> role:manager`);
    await t.command(ADMIN.id, '/target', 'set team 2026-11 30,000');
    await t.command(REP.id, '/deal', '8,000 Acme Corp');
    const report = t.send(ADMIN.id, '/report', 'year');
    // The analysis' first chart is in the worker, held there for as long as this test likes.
    await gate.drawing();
    const deal = await t.command(REP.id, '/deal', '2,500 Globex');
    expect(deal.text).toContain('Globex');
    // The analysis has not answered yet: its chart is still being drawn.
    const { responseId } = await report;
    expect(t.standIn.calls('response_url').some((c) => c.body.responseId === responseId)).toBe(false);
    gate.open();
    const answer = await t.standIn.waitForCall(
      (c) => c.method === 'response_url' && c.body.responseId === responseId,
      20_000,
    );
    const images = (answer.body.blocks as { type: string }[]).filter((b) => b.type === 'image');
    expect(images.length).toBeGreaterThanOrEqual(1);
  }, 60_000);
});
