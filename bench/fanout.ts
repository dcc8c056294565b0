import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { systemClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { periodAt } from '../src/domain/periods.js';
import type { JobDefinition } from '../src/jobs/job.js';
import { createLogger } from '../src/logger.js';
import { createPacer } from '../src/pacer.js';
import { BENCH_TOKEN, SECRET } from './secret.js';

const root = join(import.meta.dirname, '..');

/**
 * Issue #9's fan-out case: one run DMs BENCH_FANOUT_DMS members (5,000) and posts once in a channel,
 * against a stand-in that enforces a workspace-wide message rate and Slack's per-channel rate and
 * adds a few 429s of its own. Pacer runs as in production (file database, ledger with intents,
 * 10 s timeouts, Retry-After honoured); IM channels are known already, as after the first week.
 * Reports the total time next to the bound the limits set: (messages − burst) / rate.
 */
export async function fanOutBench(): Promise<Record<string, string | number>[]> {
  const recipients = Number(process.env.BENCH_FANOUT_DMS ?? 5_000);
  const rate = Number(process.env.BENCH_FANOUT_RATE ?? 50);
  const child = spawn(
    join(root, 'node_modules', '.bin', 'tsx'),
    [join(root, 'bench', 'fanout-stand-in.ts')],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
      env: { ...process.env, BENCH_FANOUT_DMS: String(recipients), BENCH_FANOUT_RATE: String(rate) },
    },
  );
  const lines = createInterface({ input: child.stdout! });
  const nextLine = () => new Promise<string>((resolve) => lines.once('line', resolve));
  const slack = { child, info: JSON.parse(await nextLine()) as { url: string } };
  const dir = mkdtempSync(join(tmpdir(), 'pacer-fanout-'));
  const users = Array.from({ length: recipients }, (_, i) => `UFAN${String(i).padStart(5, '0')}`);
  const pacer = createPacer({
    config: loadConfig({
      SLACK_BOT_TOKEN: BENCH_TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      PORT: '0',
      DATABASE_PATH: join(dir, 'pacer.sqlite'),
      SLACK_API_URL: slack.info.url,
      LOG_LEVEL: 'error',
    }),
    clock: systemClock,
    logger: createLogger({ level: 'error', sink: () => {} }),
    jobs: () => [benchJob(users)],
    cron: false,
  });
  try {
    await pacer.start();
    // The IM channel of each member is known after their first DM; later fan-outs reuse it.
    for (const userId of users)
      pacer.deps.ledger.rememberImChannel(userId, `D${userId.slice(1)}`, new Date());
    const started = performance.now();
    const result = await pacer.deps.scheduler.run('bench-fan-out', 'manual');
    const seconds = (performance.now() - started) / 1000;
    slack.child.stdin?.write('count\n');
    const counts = JSON.parse(await nextLine()) as {
      accepted: number;
      ratelimited: number;
      channels: number;
      most: number;
      fewest: number;
    };
    const messages = recipients + 1;
    const bound = Math.max(0, messages - rate) / rate;
    return [
      {
        case: `bound: (${messages.toLocaleString('en-US')} − ${rate} burst) / ${rate} per s`,
        seconds: round(bound),
      },
      {
        case: `Pacer fan-out (${result.status})`,
        seconds: round(seconds),
        'of bound': `${(seconds / bound).toFixed(2)}×`,
        accepted: counts.accepted,
        '429s': counts.ratelimited,
        'per channel':
          counts.most === counts.fewest ? `${counts.most} each` : `${counts.fewest}–${counts.most}`,
      },
    ];
  } finally {
    await pacer.stop();
    const exited = once(slack.child, 'exit');
    slack.child.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  }
}

const round = (n: number) => Math.round(n * 10) / 10;

function benchJob(users: string[]): JobDefinition {
  return {
    name: 'bench-fan-out',
    description: 'one channel post and a DM to each member',
    defaultSchedule: { kind: 'weekly', weekday: 1, time: '09:00' },
    periodKey: (firedAt, tz) => periodAt('week', firedAt, tz).key,
    async run(ctx) {
      await ctx.deliver('channel', { to: { channel: 'CBENCH' }, message: { text: `Week ${ctx.periodKey}` } });
      const results = await ctx.deliverAll(
        users.map((user) => ({
          recipient: user,
          outgoing: { to: { user }, message: { text: `Your ${ctx.periodKey} note` } },
        })),
      );
      const sent = results.filter((r) => r === 'sent').length;
      return { complete: true, summary: `${sent} DMs sent.` };
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await fanOutBench());
