/**
 * A real Pacer process for the targets-told kill -9 test: the whole app (every job) on its own port
 * and database, with a clock pinned by TOLD_NOW. With TOLD_SEED=1 it first sets a November target for
 * each of TOLD_RECIPIENTS members, as `/target set` would (the notices committed with each target);
 * then it runs the target-told job's tick once, as cron does every minute after a start. Run with
 * `node --import tsx`.
 */
import { ManualClock } from '../../../src/clock.js';
import { loadConfig } from '../../../src/config.js';
import { parsePeriod } from '../../../src/domain/periods.js';
import { TARGET_TOLD_JOB } from '../../../src/jobs/target-told-job.js';
import { createLogger } from '../../../src/logger.js';
import { createPacer } from '../../../src/pacer.js';
import { setTarget } from '../../../src/use-cases/targets.js';

const count = Number(process.env.TOLD_RECIPIENTS ?? '200');
export const recipients = Array.from({ length: count }, (_, i) => `UTOLD${String(i + 1).padStart(4, '0')}`);

const config = loadConfig(process.env);
const logger = createLogger({ level: config.logLevel, secrets: [config.slackBotToken] });
const clock = new ManualClock(process.env.TOLD_NOW ?? '2026-11-25T15:00:00Z');
const pacer = createPacer({ config, clock, logger, sender: { perChannelIntervalMs: 0 }, cron: false });
await pacer.start();
if (process.env.TOLD_SEED === '1') {
  const admin = await pacer.deps.directory.ensure(config.admins[0]!);
  for (const id of recipients) {
    setTarget(pacer.deps, admin!, {
      scope: { kind: 'member', id },
      period: parsePeriod('2026-11')!,
      amountCents: 4_200_000,
      stretchCents: null,
      split: 'even',
      note: null,
    });
  }
}
const results = await pacer.deps.scheduler.tick(TARGET_TOLD_JOB);
logger.info(`told-pacer: ${results.length} notices run`);
process.stdout.write('told-pacer: idle\n');
