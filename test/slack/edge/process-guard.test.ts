import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRASH_LOOP_EXIT_CODE } from '../../../src/process-guards.js';
import { type SlackApiStandIn, startSlackApiStandIn } from '../../../src/slack-api-stand-in/index.js';
import { pacerProcessEnv } from '../../helpers/pacer-process-env.js';
import { formBody, postSigned } from '../../helpers/signed-requests.js';
import { BOT_TOKEN, DEFAULT_USERS, REP, SIGNING_SECRET } from '../../helpers/test-pacer.js';

const root = join(import.meta.dirname, '..', '..', '..');

interface Child {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
  port: Promise<number>;
}

let standIn: SlackApiStandIn;
let dir: string;
const children: ChildProcess[] = [];
beforeAll(async () => {
  standIn = await startSlackApiStandIn({ botToken: BOT_TOKEN, users: DEFAULT_USERS });
  dir = mkdtempSync(join(tmpdir(), 'pacer-guard-'));
});
afterAll(async () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  await standIn.close();
  rmSync(dir, { recursive: true, force: true });
});

function startGuarded(name: string, inject: number): Child {
  let output = '';
  const child = spawn(
    join(root, 'node_modules', '.bin', 'tsx'),
    [join(root, 'test', 'helpers', 'guarded-pacer-process.ts')],
    {
      cwd: root,
      env: pacerProcessEnv(standIn.url, join(dir, `${name}.sqlite`), { INJECT: String(inject) }),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  children.push(child);
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const lines = createInterface({ input: child.stdout! });
  const port = new Promise<number>((resolve) => {
    lines.on('line', (line) => {
      output += `${line}\n`;
      if (line.startsWith('{"port"')) resolve((JSON.parse(line) as { port: number }).port);
    });
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited, port };
}

async function waitFor(check: () => boolean, ms = 5_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('the process guard', () => {
  it('logs an uncaught exception and an unhandled rejection with a reference, and keeps serving', async () => {
    const p = startGuarded('survives', 1);
    const port = await p.port;
    await waitFor(
      () => p.output().includes('unhandled rejection') && p.output().includes('uncaught exception'),
    );
    // One JSON line each, at error level, with the reference and the error itself (in any field order).
    const line = (msg: RegExp) =>
      p
        .output()
        .split('\n')
        .find((l) => msg.test(l)) ?? '';
    const uncaught = line(/uncaught exception ERR-[0-9A-F]{8} \(kept running\)/);
    expect(uncaught).toContain('"level":"error"');
    expect(uncaught).toContain('injected crash 0');
    const rejection = line(/unhandled rejection ERR-[0-9A-F]{8}/);
    expect(rejection).toContain('"level":"error"');
    expect(rejection).toContain('injected rejection');
    const res = await postSigned(
      `http://127.0.0.1:${port}/slack/events`,
      formBody({
        command: '/pacer',
        text: 'help',
        user_id: REP.id,
        team_id: 'T0PACER',
        channel_id: 'CSALES',
        response_url: standIn.responseUrl('guard'),
      }),
      { secret: SIGNING_SECRET },
    );
    expect(res.status).toBe(200);
    expect(res.body).toContain('/pacer channel');
    expect(p.child.exitCode).toBeNull();
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(0);
  }, 30_000);

  it('does not hide a crash loop: many uncaught errors in a minute end the process with 70', async () => {
    const p = startGuarded('loop', 25);
    expect(await p.exited).toBe(CRASH_LOOP_EXIT_CODE);
    expect(p.output()).toContain('uncaught errors within 60 s: exiting (70)');
  }, 30_000);
});
