import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type SlackApiStandIn, startSlackApiStandIn } from '../../src/slack-api-stand-in/index.js';
import { pacerProcessEnv } from '../helpers/pacer-process-env.js';
import { ADMIN, BOT_TOKEN, DEFAULT_USERS } from '../helpers/test-pacer.js';

const RECIPIENTS = Array.from({ length: 300 }, (_, i) => `UFAN${String(i + 1).padStart(4, '0')}`);
const NOW = '2026-11-28T15:00:00Z';
const entry = join(import.meta.dirname, 'process', 'fan-out-pacer.ts');

interface Running {
  child: ChildProcess;
  exited: Promise<void>;
  output: () => string;
}

function spawnPacer(databasePath: string, standIn: SlackApiStandIn, run: boolean): Running {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    env: pacerProcessEnv(standIn.url, databasePath, {
      PACER_ADMINS: ADMIN.id,
      PACER_TIMEZONE: 'America/New_York',
      LOG_LEVEL: 'warn',
      FAN_OUT_NOW: NOW,
      FAN_OUT_RUN: run ? '1' : '0',
    }),
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

const dmsTo = (standIn: SlackApiStandIn, userId: string) =>
  standIn.messages(userId).filter((m) => m.text?.startsWith('Your 2026-W48 note'));
const delivered = (standIn: SlackApiStandIn) =>
  RECIPIENTS.filter((id) => dmsTo(standIn, id).length > 0).length;

/** Resolves once the stand-in has accepted `count` DMs in all (from now or before). */
function afterDms(standIn: SlackApiStandIn, count: number): Promise<void> {
  return new Promise((resolve) => {
    if (delivered(standIn) >= count) return resolve();
    const stop = standIn.onCall((call) => {
      if (call.method === 'chat.postMessage' && call.response.ok === true && delivered(standIn) >= count) {
        stop();
        resolve();
      }
    });
  });
}

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

describe('a Pacer process killed with SIGKILL in the middle of a 300-DM fan-out', () => {
  it('reaches every recipient exactly once after restarts', async () => {
    const users = [...DEFAULT_USERS, ...RECIPIENTS.map((id) => ({ id, name: id.toLowerCase() }))];
    const standIn = await startSlackApiStandIn({ botToken: BOT_TOKEN, users });
    standIn.useClock(() => new Date(NOW).getTime());
    const dir = mkdtempSync(join(tmpdir(), 'pacer-kill-'));
    cleanups.push(
      () => standIn.close(),
      () => rmSync(dir, { recursive: true, force: true }),
    );
    const databasePath = join(dir, 'pacer.sqlite');

    // Killed twice, at the moment Slack has just taken a DM (the window a crash can hit).
    const first = spawnPacer(databasePath, standIn, true);
    cleanups.push(() => first.child.kill('SIGKILL'));
    await afterDms(standIn, 60);
    first.child.kill('SIGKILL');
    await first.exited;
    const afterFirstKill = delivered(standIn);
    expect(afterFirstKill).toBeLessThan(RECIPIENTS.length);

    const second = spawnPacer(databasePath, standIn, false);
    cleanups.push(() => second.child.kill('SIGKILL'));
    await afterDms(standIn, afterFirstKill + 80);
    second.child.kill('SIGKILL');
    await second.exited;
    expect(delivered(standIn)).toBeLessThan(RECIPIENTS.length);

    const third = spawnPacer(databasePath, standIn, false);
    cleanups.push(() => third.child.kill('SIGKILL'));
    await afterDms(standIn, RECIPIENTS.length);
    // Start-up (with the resumed run) is over once the process says so.
    while (!third.output().includes('fan-out-pacer: idle')) await new Promise((r) => setTimeout(r, 50));
    for (const id of RECIPIENTS) expect(dmsTo(standIn, id), id).toHaveLength(1);
    expect(standIn.messages('CANNOUNCE')).toHaveLength(1);
  }, 180_000);
});
