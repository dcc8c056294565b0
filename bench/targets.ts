import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from '@slack/bolt';
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
const dir = mkdtempSync(join(tmpdir(), 'pacer-bench-'));
const config = loadConfig({
  SLACK_BOT_TOKEN: TOKEN,
  SLACK_SIGNING_SECRET: SECRET,
  PORT: '0',
  DATABASE_PATH: join(dir, 'pacer.sqlite'),
  SLACK_API_URL: slackApiUrl,
  LOG_LEVEL: 'error',
});
const pacer = createPacer({
  config,
  clock: systemClock,
  logger: createLogger({ level: 'error', sink: () => {} }),
});
// A product line, so each /deal also resolves one from the catalog as real teams' deals do.
pacer.deps.products.add('Cloud', new Date());
const { port } = await pacer.start();

const bare = new App({
  token: TOKEN,
  signingSecret: SECRET,
  clientOptions: { slackApiUrl },
  logLevel: undefined,
});
bare.command('/ack', async ({ ack }) => {
  await ack();
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
