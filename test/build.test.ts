import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SlackApiStandIn, startSlackApiStandIn } from '../src/slack-api-stand-in/index.js';
import { pacerProcessEnv } from './helpers/pacer-process-env.js';
import { formBody, postSigned } from './helpers/signed-requests.js';
import { ADMIN, BOT_TOKEN, DEFAULT_USERS, SIGNING_SECRET } from './helpers/test-pacer.js';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * The production install as the Dockerfile makes it: a build stage compiles src/ to dist/, and the
 * runtime gets `npm ci --omit=dev`, dist/ and migrations/ only. Then `npm start` must answer /healthz.
 */
describe('the production build', () => {
  let dir: string;
  let standIn: SlackApiStandIn;
  let child: ChildProcess | undefined;
  beforeAll(async () => {
    standIn = await startSlackApiStandIn({ botToken: BOT_TOKEN, users: DEFAULT_USERS });
    dir = mkdtempSync(join(tmpdir(), 'pacer-build-'));
  });
  afterAll(async () => {
    child?.kill('SIGKILL');
    await standIn.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts from dist/ after npm ci --omit=dev in a copy, answers /healthz and stops on SIGTERM', async () => {
    for (const file of ['package.json', 'package-lock.json', 'migrations']) {
      cpSync(join(root, file), join(dir, file), { recursive: true });
    }
    // Build stage: the compiler the repo pins, writing into the copy.
    await run(join(root, 'node_modules', '.bin', 'tsc'), [
      '-p',
      join(root, 'tsconfig.build.json'),
      '--outDir',
      join(dir, 'dist'),
    ]);
    expect(existsSync(join(dir, 'dist', 'main.js'))).toBe(true);
    // Runtime stage: exactly the locked production dependencies, from npm's cache where it has them
    // (else the registry). better-sqlite3 13 brings its prebuilt Node-API binary: nothing compiles.
    await run(
      npm,
      ['ci', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund', '--strict-allow-scripts'],
      {
        cwd: dir,
      },
    );
    for (const tool of ['tsx', 'typescript', 'esbuild', 'vitest']) {
      expect(existsSync(join(dir, 'node_modules', tool)), `${tool} is not a production dependency`).toBe(
        false,
      );
    }

    const port = 20_000 + Math.floor(Math.random() * 20_000);
    let output = '';
    child = spawn(npm, ['start', '--silent'], {
      cwd: dir,
      env: pacerProcessEnv(standIn.url, join(dir, 'data', 'pacer.sqlite'), { PORT: String(port) }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (d) => {
      output += d;
    });
    child.stderr?.on('data', (d) => {
      output += d;
    });
    const exited = new Promise<number | null>((resolve) => child?.on('exit', (code) => resolve(code)));
    const health = await waitFor200(`http://127.0.0.1:${port}/healthz`, 15_000, () => output);
    expect(health).toMatchObject({ status: 'ok' });
    // The migrations were found from dist/ (src/ is not in the copy).
    expect(existsSync(join(dir, 'src'))).toBe(false);
    expect(output).toContain('0001_foundation');
    // A chart drawn from dist/: the chart worker's compiled file starts beside its renderer, with
    // production dependencies only, and its thread does not keep the process from exiting.
    const events = `http://127.0.0.1:${port}/slack/events`;
    const deal = await postSigned(
      events,
      formBody({
        command: '/deal',
        text: '8,000 Acme Corp',
        user_id: ADMIN.id,
        user_name: ADMIN.name,
        channel_id: 'CSALES',
        team_id: 'T0PACER',
        response_url: standIn.responseUrl(),
        trigger_id: 'trigger-build',
      }),
      { secret: SIGNING_SECRET },
    );
    expect(deal.status).toBe(200);
    await postSigned(
      events,
      JSON.stringify({
        type: 'event_callback',
        team_id: 'T0PACER',
        api_app_id: 'A0PACER',
        event_id: 'EvBuildHome',
        event_time: Math.floor(Date.now() / 1000),
        event: { type: 'app_home_opened', user: ADMIN.id, channel: 'D0HOME', tab: 'home' },
      }),
      { secret: SIGNING_SECRET, contentType: 'application/json' },
    );
    const uploaded = await standIn.waitForCall((c) => c.method === 'files.completeUploadExternal', 60_000);
    expect(uploaded.response.ok).toBe(true);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 300_000);
});

async function waitFor200(url: string, limitMs: number, output: () => string): Promise<unknown> {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    try {
      const res = await fetch(url);
      if (res.status === 200) return res.json();
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no 200 from ${url} within ${limitMs} ms; output:\n${output()}`);
}
