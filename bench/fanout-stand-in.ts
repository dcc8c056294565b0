import { createInterface } from 'node:readline';
import { startSlackApiStandIn } from '../src/slack-api-stand-in/index.js';
import { BENCH_TOKEN } from './secret.js';

/**
 * The Web API stand-in for the fan-out bench, in its own process (Slack is remote in production),
 * enforcing Slack's message rate limits: BENCH_FANOUT_RATE posts per second workspace-wide (burst
 * of one second's worth) and one per second per channel (burst 3). On top, BENCH_FANOUT_EXTRA_429
 * posts spread over the run get a 429 with Retry-After: 1 anyway, as Slack sends at busy moments.
 * Prints its URL as one JSON line; answers `count` on stdin with what it received.
 */
const recipients = Number(process.env.BENCH_FANOUT_DMS ?? 5_000);
const rate = Number(process.env.BENCH_FANOUT_RATE ?? 50);
const extra429 = Number(process.env.BENCH_FANOUT_EXTRA_429 ?? 10);

const standIn = await startSlackApiStandIn({
  botToken: BENCH_TOKEN,
  users: Array.from({ length: recipients }, (_, i) => ({ id: fanOutUser(i), name: `rep${i}`, tz: 'UTC' })),
  rateLimits: { workspace: { perSecond: rate, burst: rate }, perChannel: { perSecond: 1, burst: 3 } },
});
const every = Math.floor(recipients / (extra429 + 1));
for (let i = 0; i < extra429; i++)
  standIn.failNext('chat.postMessage', { status: 429, retryAfter: 1, after: every });

process.stdout.write(`${JSON.stringify({ url: standIn.url })}\n`);
createInterface({ input: process.stdin }).on('line', (line) => {
  if (line.trim() !== 'count') return;
  const posts = standIn.calls('chat.postMessage');
  const perRecipient = new Map<string, number>();
  for (const channel of standIn.channels()) perRecipient.set(channel, standIn.messages(channel).length);
  const counts = [...perRecipient.values()];
  process.stdout.write(
    `${JSON.stringify({
      accepted: posts.filter((c) => c.response.ok === true).length,
      ratelimited: posts.filter((c) => c.status === 429).length,
      channels: perRecipient.size,
      most: Math.max(0, ...counts),
      fewest: Math.min(...counts),
    })}\n`,
  );
});
process.on('SIGTERM', async () => {
  await standIn.close();
  process.exit(0);
});

export function fanOutUser(i: number): string {
  return `UFAN${String(i).padStart(5, '0')}`;
}
