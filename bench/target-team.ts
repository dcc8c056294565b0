import { createHmac, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { measureAck } from './deal-ack.js';
import { SECRET } from './secret.js';
import { spawnServer } from './spawn-server.js';

/**
 * Issue #9's "no stalls": what a member can run, at 2,000 members and 1,000,000 deals (a database
 * seeded by bench/leaderboard.ts), against Pacer in its own process. Each command is sent alone and
 * waited for, so its latency is the event-loop time it took plus the HTTP round trip; the bare
 * Bolt `/ack` route of the same server, timed the same way in the same run, is that round trip.
 * Then `/deal` throughput alone and with 10 concurrent `/target team` readers.
 */

export const COMMANDS: Array<[string, string]> = [
  ['/target', 'team'],
  ['/target', 'team 2026'],
  ['/target', 'team 2026-W48'],
  ['/target', ''],
  ['/target', 'region:Region1'],
  ['/target', 'product:Product1 2026'],
  ['/leaderboard', ''],
  ['/leaderboard', 'year by attainment'],
  ['/leaderboard', 'week by attainment'],
  ['/leaderboard', 'year region:Region1'],
  ['/leaderboard', 'quarter product:Product1 by new-customers'],
  ['/pacer', 'settings'],
];

const RUNS = Number(process.env.BENCH_RUNS ?? 25);

function body(command: string, text: string, user: string, responseBase: string): string {
  return new URLSearchParams({
    command,
    text,
    user_id: user,
    user_name: 'bench',
    channel_id: 'CBENCH',
    team_id: 'T0PACER',
    trigger_id: 'bench',
    response_url: `${responseBase}/response/${randomUUID()}`,
  }).toString();
}

async function send(url: string, raw: string): Promise<{ ms: number; status: number; text: string }> {
  const ts = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${raw}`).digest('hex')}`;
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(ts),
      'x-slack-signature': signature,
    },
    body: raw,
  });
  const text = await response.text();
  return { ms: performance.now() - started, status: response.status, text };
}

export function stats(samples: number[]): { median: number; p99: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { median: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1]! };
}

const round = (ms: number) => Number(ms.toFixed(1));

export async function targetTeamBench(
  databasePath: string,
  now: string,
  baselines: Array<Record<string, string | number>>,
): Promise<void> {
  const slack = await spawnServer<{ url: string; origin: string }>('stand-in-server.ts');
  const { child: servers, info: urls } = await spawnServer<{ pacer: string; bare: string }>('targets.ts', {
    BENCH_SLACK_API_URL: slack.info.url,
    BENCH_DATABASE_PATH: databasePath,
    BENCH_NOW: now,
  });
  const responseBase = slack.info.origin;
  // The server prints each request's CPU and wall time (bench/targets.ts); taken in order.
  const timings: Array<{ cpuMs: number; wallMs: number }> = [];
  let wake: (() => void) | null = null;
  createInterface({ input: servers.stdout! }).on('line', (line) => {
    timings.push(JSON.parse(line) as { cpuMs: number; wallMs: number });
    wake?.();
  });
  const timing = async () => {
    while (timings.length === 0) await new Promise<void>((resolve) => (wake = resolve));
    return timings.shift()!;
  };
  try {
    const one = async (url: string, command: string, text: string, user: string) => {
      const answer = await send(url, body(command, text, user, responseBase));
      return { ...answer, ...(await timing()) };
    };
    const time = async (url: string, command: string, text: string, user: string) => {
      const first = await one(url, command, text, user);
      if (first.status !== 200 || (command !== '/ack' && !first.text.includes('"text"')))
        throw new Error(`${command} ${text} answered ${first.status}: ${first.text.slice(0, 200)}`);
      const cpu: number[] = [];
      const latency: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const r = await one(url, command, text, user);
        cpu.push(r.cpuMs);
        latency.push(r.ms);
      }
      return { first: first.cpuMs, cpu: stats(cpu), latency: stats(latency) };
    };
    const row = (command: string, r: Awaited<ReturnType<typeof time>>) => ({
      command,
      'first ms': round(r.first),
      'median ms': round(r.cpu.median),
      'p99 ms': round(r.cpu.p99),
      'latency median ms': round(r.latency.median),
      'latency p99 ms': round(r.latency.p99),
    });
    const rows: Array<Record<string, string | number>> = [...baselines];
    rows.push(row('bare Bolt app: /ack', await time(urls.bare, '/ack', '', 'UBENCH0')));
    // BENCH_COMMANDS=`/target team|/leaderboard year` times only those.
    const only = process.env.BENCH_COMMANDS?.split('|');
    for (const [command, text] of COMMANDS.filter(([c, x]) => !only || only.includes(`${c} ${x}`.trim()))) {
      // `/target` alone is a rep's own view: U1 has targets; everything else as an admin.
      const user = command === '/target' && text === '' ? 'U1' : 'UBENCH0';
      rows.push(row(`${command} ${text}`.trim(), await time(urls.pacer, command, text, user)));
    }
    console.warn(
      'Commands on the seeded database, each alone: event-loop (CPU) ms of the first (cold) ' +
        `run, then median and p99 of ${RUNS} more, and the latency seen by the sender (target: under 50 ms):`,
    );
    console.table(rows);

    // `/deal` while members read `/target team`: 10 readers, each sending the next as soon as the last answered.
    const seconds = Number(process.env.BENCH_READER_SECONDS ?? 5);
    if (seconds <= 0) return;
    const deal = (name: string) =>
      measureAck({
        name,
        url: urls.pacer,
        secret: SECRET,
        responseBase,
        connections: 50,
        seconds,
        command: '/deal',
        text: '12,500 "Customer {n}" product:Cloud note:bench',
      });
    const alone = await deal('/deal alone');
    timings.length = 0;
    let reading = true;
    const readerLatency: number[] = [];
    const reader = async () => {
      while (reading) {
        readerLatency.push((await send(urls.pacer, body('/target', 'team', 'UBENCH0', responseBase))).ms);
      }
    };
    const readers = Array.from({ length: 10 }, reader);
    const withReaders = await deal('/deal with 10 /target team readers');
    reading = false;
    await Promise.all(readers);
    timings.length = 0;
    const r = stats(readerLatency);
    console.warn(
      '/deal at 50 connections on the seeded database, alone and with 10 concurrent /target team readers:',
    );
    console.table(
      [alone, withReaders].map((d) => ({
        route: d.name,
        'req/s': Math.round(d.requestsPerSecond),
        'p50 ms': d.p50,
        'p99 ms': d.p99,
        'non-2xx': d.non2xx,
      })),
    );
    console.warn(
      `/target team under that load: ${readerLatency.length} answers, median ${round(r.median)} ms, ` +
        `p99 ${round(r.p99)} ms, max ${round(r.max)} ms (Slack gives up after 3,000 ms)`,
    );
  } finally {
    const exited = once(servers, 'exit');
    servers.kill('SIGTERM');
    slack.child.kill('SIGTERM');
    await exited;
  }
}
