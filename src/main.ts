import { existsSync } from 'node:fs';
import { systemClock } from './clock.js';
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { createPacer } from './pacer.js';
import { installProcessGuards } from './process-guards.js';

const SHUTDOWN_LIMIT_MS = 4_000;

async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78);
    }
    throw error;
  }
  const logger = createLogger({
    level: config.logLevel,
    format: config.logFormat,
    secrets: [
      config.slackBotToken,
      config.slackSigningSecret ?? '',
      config.slackAppToken ?? '',
      config.hubspotClientSecret ?? '',
    ],
  });
  installProcessGuards(logger.child('process'));
  const pacer = createPacer({ config, clock: systemClock, logger });

  // Installed before start: a SIGTERM while missed posts are caught up (which may wait on Slack's
  // rate limits) still shuts down cleanly.
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal} received, shutting down`);
    // Whatever happens, the process ends within the limit.
    setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_LIMIT_MS).unref();
    pacer.stop().then(
      () => process.exit(0),
      (error) => {
        logger.error('shutdown failed', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  try {
    await pacer.start();
  } catch (error) {
    if (!stopping) throw error;
  }
}

main().catch((error) => {
  console.error('Pacer stopped with an error:', error instanceof Error ? error.message : error);
  process.exit(1);
});
