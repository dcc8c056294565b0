import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from '@slack/bolt';
import { systemClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { createPacer } from '../src/pacer.js';
import { createApiKey } from '../src/use-cases/api-keys.js';
import { BENCH_TOKEN, SECRET } from './secret.js';

/**
 * The servers the REST API load run hits, in their own process: Pacer as in production (file
 * database, the API on its HTTP server, key check, rate limit set out of the way, zod, the deal
 * rules, group commit), and a bare Bolt app whose one custom route answers 200, for the ratio.
 * Prints their origins and a key as one JSON line.
 */
const dir = mkdtempSync(join(tmpdir(), 'pacer-bench-api-'));
const config = loadConfig({
  SLACK_BOT_TOKEN: BENCH_TOKEN,
  SLACK_SIGNING_SECRET: SECRET,
  PORT: '0',
  DATABASE_PATH: join(dir, 'pacer.sqlite'),
  SLACK_API_URL: process.env.BENCH_SLACK_API_URL ?? '',
  PACER_ADMINS: 'UBENCH0',
  LOG_LEVEL: 'error',
  API_RATE_LIMIT_PER_MINUTE: '1000000',
});
const pacer = createPacer({
  config,
  clock: systemClock,
  logger: createLogger({ level: 'error', sink: () => {} }),
});
pacer.deps.products.add('Cloud', new Date());
const { port } = await pacer.start();
// The 50 owners are met once (users.info), as a running team's reps are.
for (let i = 0; i < 50; i++) await pacer.deps.directory.ensure(`UBENCH${i}`);
const admin = pacer.deps.directory.get('UBENCH0')!;
const created = createApiKey(pacer.deps, admin, 'bench');
if (!created.ok) throw new Error(`no bench key: ${created.error}`);

const bare = new App({
  token: BENCH_TOKEN,
  signingSecret: SECRET,
  clientOptions: { slackApiUrl: config.slackApiUrl },
  customRoutes: [
    {
      path: '/ok',
      method: ['POST'],
      handler: (req, res) => {
        req.resume();
        req.on('end', () => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end('{}');
        });
      },
    },
  ],
});
const bareServer = (await bare.start(0)) as { address(): AddressInfo };

process.stdout.write(
  `${JSON.stringify({ pacer: `http://127.0.0.1:${port}`, bare: `http://127.0.0.1:${bareServer.address().port}`, key: created.key })}\n`,
);

process.on('SIGTERM', async () => {
  // Every 201 must be a stored deal.
  const { n } = pacer.deps.db.prepare("SELECT COUNT(*) AS n FROM deals WHERE source = 'api'").get() as {
    n: number;
  };
  process.stderr.write(`Pacer stored ${n.toLocaleString('en-US')} API deals\n`);
  await pacer.stop();
  await bare.stop();
  process.exit(0);
});
