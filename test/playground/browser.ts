import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { type Playground, startPlayground } from '../../src/playground/playground.js';
import { startWebServer, type WebServer } from '../../src/playground/web-server.js';

/** Debian's Chromium, as CI installs it (`apt-get install -y chromium`). */
export const CHROMIUM = process.env.PLAYGROUND_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: run apt-get install -y chromium (or set PLAYGROUND_CHROMIUM).`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export interface RunningPlayground {
  playground: Playground;
  web: WebServer;
  stop(): Promise<void>;
}

/** A freshly seeded playground in a temporary folder, its page on a free port of 127.0.0.1. */
export async function startSeededPlayground(): Promise<RunningPlayground> {
  const dir = mkdtempSync(join(tmpdir(), 'pacer-playground-'));
  const playground = await startPlayground({ databasePath: join(dir, 'playground.sqlite') });
  const web = await startWebServer(playground, { port: 0 });
  return {
    playground,
    web,
    async stop() {
      await web.close();
      await playground.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Opens the page as `user` in `channel` ('CSALES' or 'dm') and waits until it has drawn the workspace. */
export async function openAs(page: Page, url: string, user: string, channel = 'CSALES'): Promise<number> {
  const started = performance.now();
  await page.goto(`${url}/?as=${user}&c=${channel}`);
  await page.waitForSelector(
    'body[data-ready="true"] [data-testid="message"], body[data-ready="true"] .empty',
  );
  return performance.now() - started;
}

/** Types into the composer as a person would, and sends. */
export async function typeCommand(page: Page, text: string): Promise<void> {
  const input = page.getByTestId('composer');
  await input.fill(text);
  await input.press('Escape');
  await input.press('Enter');
}

/** Moves simulated time with one of the time travel buttons and waits until the jump is done. */
export async function travel(page: Page, label: string | RegExp): Promise<void> {
  const before = await page.getByTestId('clock').getAttribute('data-now');
  await page.getByRole('button', { name: label }).click();
  await page.waitForFunction(
    `!document.body.dataset.travelling && document.querySelector('[data-testid="clock"]').dataset.now !== ${JSON.stringify(before)}`,
    undefined,
    { timeout: 90_000 },
  );
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Opens Pacer's Home tab as `user` and waits until the tab Pacer published on opening is drawn. */
export async function openHome(page: Page, url: string, user: string): Promise<void> {
  await page.goto(`${url}/?as=${user}&c=home`);
  await page.getByTestId('home').waitFor();
}
