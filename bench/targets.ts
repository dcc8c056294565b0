import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AnyMiddlewareArgs, App, type Middleware } from '@slack/bolt';
import { systemClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { createPacer } from '../src/pacer.js';

/**
 * The servers a load run hits, in their own process so the load generator does not share their
 * event loop: Pacer as it runs in production (file database, HTTP receiver, signature check) and a
 * bare Bolt app whose only command acks, for the ratio. Prints their URLs as one JSON line. The Web
 * API stand-in runs in a third process (BENCH_SLACK_API_URL).
 */
import { BENCH_TOKEN, SECRET } from './secret.js';

const TOKEN = BENCH_TOKEN;
const slackApiUrl = process.env.BENCH_SLACK_API_URL ?? '';
// BENCH_DATABASE_PATH: a seeded database (bench/leaderboard.ts) instead of an empty one, seen at
// BENCH_NOW (the clock runs on from there), with no jobs so no catch-up DMs 2,000 members mid-run.
const seeded = process.env.BENCH_DATABASE_PATH;
const dir = seeded ? '' : mkdtempSync(join(tmpdir(), 'pacer-bench-'));
const config = loadConfig({
  SLACK_BOT_TOKEN: TOKEN,
  SLACK_SIGNING_SECRET: SECRET,
  PORT: '0',
  DATABASE_PATH: seeded ?? join(dir, 'pacer.sqlite'),
  SLACK_API_URL: slackApiUrl,
  PACER_ADMINS: 'UBENCH0',
  LOG_LEVEL: 'error',
});
const offset = process.env.BENCH_NOW ? Date.now() - new Date(process.env.BENCH_NOW).getTime() : 0;
const pacer = createPacer({
  config,
  clock: offset ? { now: () => new Date(Date.now() - offset) } : systemClock,
  logger: createLogger({ level: 'error', sink: () => {} }),
  ...(seeded ? { jobs: () => [], cron: false } : {}),
});
// A product line, so each /deal also resolves one from the catalog as real teams' deals do.
if (!pacer.deps.products.list().some((p) => p.name === 'Cloud')) pacer.deps.products.add('Cloud', new Date());
// Each request's own time on this process: CPU time (what the event loop spent on it, not the time
// the machine made it wait) and wall time, one JSON line each on stdout for bench/target-team.ts.
// Requests are sent one at a time there, so nothing else shares the interval.
const timed: Middleware<AnyMiddlewareArgs> = async ({ next, body }) => {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await next();
  const used = process.cpuUsage(cpu);
  const command =
    (body as { command?: string }).command ?? (body as { event?: { type?: string } }).event?.type ?? '';
  process.stdout.write(
    `${JSON.stringify({ command, cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - started })}\n`,
  );
};
if (seeded) pacer.app.use(timed);
const { port } = await pacer.start();

const bare = new App({
  token: TOKEN,
  signingSecret: SECRET,
  clientOptions: { slackApiUrl },
  logLevel: undefined,
});
if (seeded) bare.use(timed);
bare.command('/ack', async ({ ack }) => {
  await ack();
});
// App Home's baseline: the same event, answered with a fixed view through the same Web API stand-in.
bare.event('app_home_opened', async ({ event, client }) => {
  await client.views.publish({
    user_id: event.user,
    view: { type: 'home', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Home' } }] },
  });
});
const bareServer = (await bare.start(0)) as { address(): AddressInfo };

process.stdout.write(
  `${JSON.stringify({
    pacer: `http://127.0.0.1:${port}/slack/events`,
    bare: `http://127.0.0.1:${bareServer.address().port}/slack/events`,
  })}\n`,
);

process.on('SIGTERM', async () => {
  // Every 200 must be a stored deal, not an error politely answered.
  const { n } = pacer.deps.db.prepare('SELECT COUNT(*) AS n FROM deals WHERE deleted_at IS NULL').get() as {
    n: number;
  };
  process.stderr.write(`Pacer stored ${n.toLocaleString('en-US')} deals\n`);
  await pacer.stop();
  await bare.stop();
  process.exit(0);
});
