import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../src/persistence/database.js';
import { measureAck } from './deal-ack.js';
import { leaderboardBench, SEEDED_AT, seedTimed } from './leaderboard.js';
import { SECRET } from './secret.js';
import { spawnServer } from './spawn-server.js';
import { stats, targetTeamBench } from './target-team.js';

/**
 * `npm run bench`: load figures that tests must not time. Targets (issue #3): p99 ack under 50 ms at
 * 50 concurrent /deal requests, and at least 0.3 of the throughput of a Bolt route that only acks.
 */
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);

const slack = await spawnServer<{ url: string; origin: string }>('stand-in-server.ts');
const { child: servers, info: urls } = await spawnServer<{ pacer: string; bare: string }>('targets.ts', {
  BENCH_SLACK_API_URL: slack.info.url,
});

try {
  const common = { secret: SECRET, responseBase: slack.info.origin, connections, seconds };
  // Warm both up so JIT and SQLite caches are not measured.
  await measureAck({ ...common, seconds: 2, name: 'warm-up', url: urls.bare, command: '/ack', text: '' });
  const warmDeals = await measureAck({
    ...common,
    seconds: 2,
    name: 'warm-up',
    url: urls.pacer,
    command: '/deal',
    text: '12,500 Warm Up Co',
  });
  const bare = await measureAck({
    ...common,
    name: 'bare Bolt ack',
    url: urls.bare,
    command: '/ack',
    text: '',
  });
  const deal = await measureAck({
    ...common,
    name: '/deal 12,500 Customer {n}',
    url: urls.pacer,
    command: '/deal',
    text: '12,500 "Customer {n}" product:Cloud note:bench',
  });
  const rows = [bare, deal].map((r) => ({
    route: r.name,
    'req/s': Math.round(r.requestsPerSecond),
    answered: r.answered,
    'p50 ms': r.p50,
    'p99 ms': r.p99,
    'non-2xx': r.non2xx,
    errors: r.errors,
  }));
  console.table(rows);
  const ratio = deal.requestsPerSecond / bare.requestsPerSecond;
  console.warn(
    `/deal throughput ratio against the ack-only route: ${ratio.toFixed(2)} (target ≥ 0.30); ` +
      `/deal p99 ack ${deal.p99} ms at ${connections} connections (target < 50 ms)`,
  );
  // autocannon drops the requests still in flight when a run ends: up to one per connection per run.
  console.warn(
    `/deal answered 200 ${(warmDeals.answered + deal.answered).toLocaleString('en-US')} times, ` +
      `plus up to ${2 * connections} cut off in flight; the stored count follows:`,
  );
} finally {
  const exited = once(servers, 'exit');
  servers.kill('SIGTERM');
  slack.child.kill('SIGTERM');
  await exited;
}

if (process.env.BENCH_ONLY !== 'deal') {
  const dir = mkdtempSync(join(tmpdir(), 'pacer-seeded-'));
  try {
    const file = join(dir, 'bench.sqlite');
    // One seeded database for both parts: seeding is most of their time.
    const db = seedTimed(file);
    const baselines = bareBaselines(db);
    db.close();
    await targetTeamBench(file, SEEDED_AT, baselines);
    console.warn('Leaderboards: 1,000,000 deals, 2,000 members, 3 years, file database (median of 7 runs):');
    console.table(leaderboardBench(file));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The bare SQL sums the commands start from, timed like them (a first run, then median and p99). */
function bareBaselines(db: Db): Array<Record<string, string | number>> {
  const sum = db.prepare(
    'SELECT SUM(amount_cents) FROM deals WHERE deleted_at IS NULL AND closed_on BETWEEN ? AND ?',
  );
  const runs = Number(process.env.BENCH_RUNS ?? 25);
  return (
    [
      ['bare SQL: SUM of the week 2026-W48', '2026-11-23', '2026-11-29'],
      ['bare SQL: SUM of the month 2026-11', '2026-11-01', '2026-11-30'],
      ['bare SQL: SUM of the year 2026', '2026-01-01', '2026-12-31'],
    ] as const
  ).map(([command, from, to]) => {
    const started = performance.now();
    sum.get(from, to);
    const first = performance.now() - started;
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const at = performance.now();
      sum.get(from, to);
      samples.push(performance.now() - at);
    }
    const s = stats(samples);
    const r = (ms: number) => Number(ms.toFixed(1));
    return { command, 'first ms': r(first), 'median ms': r(s.median), 'p99 ms': r(s.p99) };
  });
}
if (process.env.BENCH_ONLY !== 'deal') console.table(await (await import('./fanout.js')).fanOutBench());
if (process.env.BENCH_ONLY !== 'deal') {
  // Issue #14: importing 100,000 CSV rows, next to the same rows inserted with one bare prepared statement.
  console.warn('CSV import of 100,000 deals (file database; CPU time beside wall time on a shared machine):');
  console.table((await import('./import.js')).importBench());
}
// The REST API (issue #14): POST /api/v1/deals next to a bare route answering 200, same run.
if (process.env.BENCH_ONLY !== 'deal') console.table(await (await import('./api.js')).apiBench());

// App Home (issue #13): a rep's, a manager's and an admin's Home tab in the seeded 2,000-member,
// 1,000,000-deal database, from app_home_opened to views.publish, next to a bare Bolt app in the same
// run. Alone: `npx tsx bench/app-home.ts`.
if (process.env.BENCH_ONLY !== 'deal' && process.env.BENCH_ONLY !== 'no-home') {
  const { appHomeBench } = await import('./app-home.js');
  console.warn(
    'App Home: 1,000,000 deals, 2,000 members, app_home_opened sent to views.publish received ' +
      '(median and p99 of BENCH_RUNS runs; CPU time of the server beside it):',
  );
  console.table(await appHomeBench());
}

// The monthly analysis (issue #13): a year's analysis in the same seeded database, next to a bare
// SQL aggregate over the deals, in the same run.
if (process.env.BENCH_ONLY !== 'deal' && process.env.BENCH_ONLY !== 'no-analysis') {
  const { analysisBench } = await import('./analysis.js');
  console.warn('Analysis: 1,000,000 deals, 2,000 members (median of BENCH_RUNS runs; CPU beside wall):');
  console.table(analysisBench());
}

// Charts (issue #13): one 800×400 chart end to end next to resvg on a plain SVG, same run.
if (process.env.BENCH_ONLY !== 'deal') {
  const { chartsBench, eventLoopBench } = await import('./charts.js');
  console.warn('Charts: one 800×400 month chart, warm, median of BENCH_RUNS runs (target under 100 ms):');
  console.table(chartsBench());
  console.warn('Event-loop delay while charts are drawn (ADR 0030), beside the idle loop:');
  console.table(await eventLoopBench());
}
