import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SlackApiStandIn, startSlackApiStandIn } from '../src/slack-api-stand-in/index.js';
import { formBody, postSigned } from './helpers/signed-requests.js';
import { BOT_TOKEN, DEFAULT_USERS, REP, SIGNING_SECRET } from './helpers/test-pacer.js';

const root = join(import.meta.dirname, '..');

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function startPacer(env: Record<string, string>): Started {
  let output = '';
  // The process from its sources (test/build.test.ts runs `npm start` on the built dist/), in a clean
  // environment with no inherited Slack variables.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitForHealth(url: string, limitMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    try {
      const res = await fetch(url);
      if (res.status === 200) return Date.now() - started;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no 200 from ${url} within ${limitMs} ms`);
}

describe('the pacer process', () => {
  let standIn: SlackApiStandIn;
  let dir: string;
  beforeAll(async () => {
    standIn = await startSlackApiStandIn({ botToken: BOT_TOKEN, users: DEFAULT_USERS });
    dir = mkdtempSync(join(tmpdir(), 'pacer-main-'));
  });
  afterAll(async () => {
    await standIn.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('exits non-zero naming the missing bot token', async () => {
    const p = startPacer({ SLACK_SIGNING_SECRET: SIGNING_SECRET, DATABASE_PATH: join(dir, 'none.sqlite') });
    const code = await p.exited;
    expect(code).not.toBe(0);
    expect(p.output()).toContain('SLACK_BOT_TOKEN');
    expect(p.output()).toContain('.env.example');
  });

  it('serves /healthz, answers a signed /pacer help, refuses unsigned requests, and stops cleanly on SIGTERM', async () => {
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const p = startPacer({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: standIn.url,
      PORT: String(port),
      DATABASE_PATH: join(dir, 'data', 'pacer.sqlite'),
      PACER_ADMINS: 'UADMIN',
    });
    try {
      await waitForHealth(`http://127.0.0.1:${port}/healthz`, 20_000);
      const url = `http://127.0.0.1:${port}/slack/events`;
      const body = formBody({
        command: '/pacer',
        text: 'help',
        user_id: REP.id,
        // Slack names the workspace in every command; Pacer serves only its own (ADR 11).
        team_id: 'T0PACER',
        channel_id: 'CSALES',
        response_url: standIn.responseUrl('main-help'),
        trigger_id: 't1',
      });
      const sent = Date.now();
      const res = await postSigned(url, body, { secret: SIGNING_SECRET });
      expect(res.status).toBe(200);
      expect(Date.now() - sent).toBeLessThan(3_000);
      // The help is ready at once, so it travels in the ack itself.
      expect(String((JSON.parse(res.body) as { text: string }).text)).toContain('/pacer channel');
      expect((await postSigned(url, body, { secret: SIGNING_SECRET, signatureOverride: null })).status).toBe(
        401,
      );
      const stale = Math.floor(Date.now() / 1000) - 3_600;
      expect((await postSigned(url, body, { secret: SIGNING_SECRET, timestamp: stale })).status).toBe(401);

      const stopAt = Date.now();
      p.child.kill('SIGTERM');
      expect(await p.exited).toBe(0);
      expect(Date.now() - stopAt).toBeLessThan(5_000);
      // Pacer itself stopped, not only npm: nothing answers on its port any more.
      await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
      expect(p.output()).toContain('SIGTERM received, shutting down');
      expect(p.output()).not.toContain(SIGNING_SECRET);
      expect(p.output()).not.toContain(BOT_TOKEN);
    } finally {
      p.child.kill('SIGKILL');
    }
  }, 45_000);
});
