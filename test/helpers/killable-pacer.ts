import { type ChildProcess, spawn } from 'node:child_process';
import type { SlackApiStandIn } from '../../src/slack-api-stand-in/index.js';
import { pacerProcessEnv } from './pacer-process-env.js';

/** A real Pacer started as a child process (for kill -9 tests), with what it printed so far. */
export interface RunningPacer {
  child: ChildProcess;
  exited: Promise<void>;
  output: () => string;
}

/** Starts `entry` (a test/jobs/process/*.ts file) with `node --import tsx` on this stand-in and database. */
export function spawnPacer(
  entry: string,
  standIn: SlackApiStandIn,
  databasePath: string,
  env: Record<string, string>,
): RunningPacer {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    env: pacerProcessEnv(standIn.url, databasePath, env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return { child, exited, output: () => output };
}

/** Resolves once `delivered()` (counted over what the stand-in holds) reaches `count`. */
export function afterDelivered(
  standIn: SlackApiStandIn,
  count: number,
  delivered: () => number,
): Promise<void> {
  return new Promise((resolve) => {
    if (delivered() >= count) return resolve();
    const stop = standIn.onCall((call) => {
      if (call.method === 'chat.postMessage' && call.response.ok === true && delivered() >= count) {
        stop();
        resolve();
      }
    });
  });
}

/** Waits until the process has printed `line` (its start-up, with the resumed work, is over). */
export async function untilPrinted(running: RunningPacer, line: string): Promise<void> {
  while (!running.output().includes(line)) await new Promise((r) => setTimeout(r, 50));
}
