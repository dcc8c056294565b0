import { startSlackApiStandIn } from '../src/slack-api-stand-in/index.js';
import { BENCH_TOKEN } from './secret.js';

// Slack is remote in production: the stand-in gets its own process so it does not eat Pacer's CPU.
const standIn = await startSlackApiStandIn({
  botToken: BENCH_TOKEN,
  users: [
    ...Array.from({ length: 50 }, (_, i) => ({ id: `UBENCH${i}`, name: `rep${i}`, tz: 'UTC' })),
    // A seeded member (bench/leaderboard.ts) with targets, for `/target` as a rep.
    { id: 'U1', name: 'rep 1', tz: 'UTC' },
  ],
});
process.stdout.write(`${JSON.stringify({ url: standIn.url, origin: standIn.origin })}\n`);
process.on('SIGTERM', async () => {
  await standIn.close();
  process.exit(0);
});
