import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { startPlayground } from './playground.js';
import { PortBusyError, startWebServer } from './web-server.js';

const SHUTDOWN_LIMIT_MS = 5_000;

/**
 * `npm run playground [-- --reset]`: the stand-in, the real Pacer and the page, in one process.
 * No .env, no token; SLACK_* variables are ignored and nothing is sent beyond 127.0.0.1.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const reset = args.includes('--reset');
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    console.error(`PORT must be a port number from 0 to 65535 (got ${process.env.PORT}).`);
    process.exit(78);
  }
  const host = process.env.PLAYGROUND_HOST ?? '127.0.0.1';
  const databasePath = resolve(process.env.PLAYGROUND_DATABASE ?? './data/playground.sqlite');

  let stop: () => Promise<void> = async () => {};
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.warn(`${signal}: stopping the playground`);
    setTimeout(() => process.exit(1), SHUTDOWN_LIMIT_MS).unref();
    stop().then(
      () => process.exit(0),
      (error) => {
        console.error('the playground did not stop cleanly:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));

  // Checked before the seed, which takes a while: a busy port should say so at once.
  const busy = await portBusy(port, host);
  if (busy) {
    console.error(
      `Port ${port} on ${host} is already in use. Stop what uses it, or start with PORT=3001 npm run playground.`,
    );
    process.exit(98);
  }
  console.warn(`Pacer playground: database ${databasePath}${reset ? ' (reset)' : ''}`);
  const started = Date.now();
  const playground = await startPlayground({
    databasePath,
    reset,
    logLevel:
      process.env.LOG_LEVEL === 'debug' || process.env.LOG_LEVEL === 'info' ? process.env.LOG_LEVEL : 'warn',
    onSeed: () => console.warn('First run: seeding the demo workspace through Pacer (about 20 s)…'),
  });
  stop = () => playground.stop();
  if (stopping) return;
  let web: Awaited<ReturnType<typeof startWebServer>>;
  try {
    web = await startWebServer(playground, { port, host });
  } catch (error) {
    await playground.stop();
    if (error instanceof PortBusyError) {
      console.error(error.message);
      process.exit(98);
    }
    throw error;
  }
  stop = async () => {
    await web.close();
    await playground.stop();
  };
  console.warn(`Ready in ${((Date.now() - started) / 1000).toFixed(1)} s. Open ${web.url} (Ctrl-C stops).`);
  console.warn('Everything stays on this machine: Slack is played by a local stand-in.');
}

function portBusy(port: number, host: string): Promise<boolean> {
  if (port === 0) return Promise.resolve(false);
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(true));
    probe.listen(port, host, () => probe.close(() => resolve(false)));
  });
}

main().catch((error) => {
  console.error('The playground stopped with an error:', error instanceof Error ? error.message : error);
  process.exit(1);
});
