/**
 * A real Pacer process for the kill -9 test: the whole app on its own port and database, with a
 * clock pinned by FAN_OUT_NOW and one job, a fan-out DMing FAN_OUT_RECIPIENTS members. With
 * FAN_OUT_RUN=1 it runs the job once started; a restart resumes the open run (catch-up), as
 * `npm start` would. Run with `node --import tsx`.
 */
import { ManualClock } from '../../../src/clock.js';
import { loadConfig } from '../../../src/config.js';
import { createLogger } from '../../../src/logger.js';
import { createPacer } from '../../../src/pacer.js';
import { fanOutJob } from '../../helpers/fan-out-job.js';

const count = Number(process.env.FAN_OUT_RECIPIENTS ?? '300');
export const recipients = Array.from({ length: count }, (_, i) => `UFAN${String(i + 1).padStart(4, '0')}`);

const config = loadConfig(process.env);
const logger = createLogger({ level: config.logLevel, secrets: [config.slackBotToken] });
const clock = new ManualClock(process.env.FAN_OUT_NOW ?? '2026-11-28T15:00:00Z');
const pacer = createPacer({
  config,
  clock,
  logger,
  sender: { perChannelIntervalMs: 0 },
  jobs: (deps) => [fanOutJob(deps, recipients)],
  cron: false,
});
await pacer.start();
if (process.env.FAN_OUT_RUN === '1') {
  const result = await pacer.deps.scheduler.run('test-fan-out', 'manual');
  logger.info(`fan-out: ${result.status}`);
}
process.stdout.write('fan-out-pacer: idle\n');
