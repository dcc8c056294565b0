import { once } from 'node:events';
import autocannon from 'autocannon';
import { spawnServer } from './spawn-server.js';

interface Row {
  route: string;
  'req/s': number;
  answered: number;
  'p50 ms': number;
  'p99 ms': number;
  'non-2xx': number;
  errors: number;
}

async function run(
  name: string,
  url: string,
  path: string,
  body: () => string,
  headers: Record<string, string>,
  connections: number,
  seconds: number,
): Promise<Row> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: [{ method: 'POST', path, headers, setupRequest: (req) => ({ ...req, body: body() }) }],
  });
  return {
    route: name,
    'req/s': Math.round(result.requests.average),
    answered: result['2xx'],
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    'non-2xx': result.non2xx,
    errors: result.errors,
  };
}

/**
 * `POST /api/v1/deals` throughput next to a bare Bolt custom route that only answers 200, in the
 * same run (issue #14). Every API request is a new deal (a fresh external_id, 50 owners, 500
 * customers), so each one is checked, stored and counted.
 */
export async function apiBench(): Promise<Row[]> {
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
  const slack = await spawnServer<{ url: string }>('stand-in-server.ts');
  const { child, info } = await spawnServer<{ pacer: string; bare: string; key: string }>('api-server.ts', {
    BENCH_SLACK_API_URL: slack.info.url,
  });
  const run0 = Date.now().toString(36);
  let n = 0;
  const deal = () => {
    const i = n++;
    return JSON.stringify({
      external_id: `bench-${run0}-${i}`,
      amount: '12500.00',
      customer: `Customer ${i % 500}`,
      owner: `UBENCH${i % 50}`,
      closed_on: '2026-01-15',
      product: 'Cloud',
      note: 'bench',
    });
  };
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${info.key}` };
  try {
    await run('warm-up', info.bare, '/ok', deal, headers, connections, 2);
    await run('warm-up', info.pacer, '/api/v1/deals', deal, headers, connections, 2);
    const bare = await run(
      'bare Bolt route answering 200',
      info.bare,
      '/ok',
      deal,
      headers,
      connections,
      seconds,
    );
    const api = await run(
      'POST /api/v1/deals (new deal each)',
      info.pacer,
      '/api/v1/deals',
      deal,
      headers,
      connections,
      seconds,
    );
    console.warn(
      `POST /api/v1/deals throughput ratio against the bare route: ${(api['req/s'] / bare['req/s']).toFixed(2)}; ` +
        `p99 ${api['p99 ms']} ms at ${connections} connections`,
    );
    return [bare, api];
  } finally {
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    slack.child.kill('SIGTERM');
    await exited;
  }
}
