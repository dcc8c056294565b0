import { systemClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createPacer } from '../../src/pacer.js';
import { installProcessGuards } from '../../src/process-guards.js';

/**
 * A real Pacer process with the process guards main.ts installs, for test/slack/edge/process-guard.
 * Once listening it prints `{"port":…}`; then it throws INJECT times from timers (an exception nothing
 * catches) and rejects a promise nothing awaits, as a bug that slips past every handler would.
 */
const config = loadConfig(process.env);
const logger = createLogger({ level: 'info', secrets: [config.slackSigningSecret ?? ''] });
installProcessGuards(logger.child('process'));
const pacer = createPacer({ config, clock: systemClock, logger, cron: false });
const { port } = await pacer.start();
process.stdout.write(`${JSON.stringify({ port })}\n`);

const times = Number(process.env.INJECT ?? 1);
for (let i = 0; i < times; i++) {
  setTimeout(() => {
    throw new Error(`injected crash ${i}`);
  }, 10 * i);
}
void Promise.reject(new Error('injected rejection'));
process.on('SIGTERM', () => {
  pacer.stop().then(() => process.exit(0));
});
