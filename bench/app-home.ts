import { createHmac } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ManualClock } from '../src/clock.js';
import { openDatabase } from '../src/persistence/database.js';
import { SettingsRepository } from '../src/persistence/settings-repository.js';
import { COMMISSION_PLAN } from '../src/services/recognition-settings.js';
import { SettingsService } from '../src/services/settings-service.js';
import { startSlackApiStandIn } from '../src/slack-api-stand-in/index.js';
import { SEEDED_AT, seedTimed } from './leaderboard.js';
import { BENCH_TOKEN, SECRET } from './secret.js';
import { spawnServer } from './spawn-server.js';
import { stats } from './target-team.js';

/**
 * Issue #13's App Home case, end to end: Pacer in its own process on the seeded 2,000-member,
 * 1,000,000-deal database (bench/leaderboard.ts), a signed app_home_opened event sent to it, and the
 * time until the Web API stand-in (in this process, so both ends read one clock) receives the
 * views.publish for that member. Next to it, in the same run and through the same stand-in, a bare
 * Bolt app publishing a fixed view on the same event. Each event is sent alone and waited for; the
 * server reports the CPU time its event loop spent on it.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 25);
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 2_000);
const REPORTS = 15;
const ADMIN = 'UBENCH0';

/** A manager (U0) with REPORTS reports, and a commission plan so the rep's own line is worked out too. */
function prepare(file: string): void {
  const db = openDatabase(file);
  db.prepare("UPDATE members SET role = 'manager' WHERE user_id = 'U0'").run();
  const reports = Array.from({ length: REPORTS }, (_, i) => `'U${i + 1}'`).join(',');
  db.prepare(`UPDATE members SET manager_id = 'U0' WHERE user_id IN (${reports})`).run();
  // Deals that wait (fair play): a few of the rep's and of the manager's reports among 500 across the
  // team, so both tabs read their waiting lists from real rows.
  const waiting = db.prepare(
    `INSERT INTO pending_deals (kind, member_id, logged_by, amount_cents, input_json, created_at)
     VALUES (?, ?, ?, 50000000, '{"customerName":"Bench Co","closedOn":"2026-11-02"}', ?)`,
  );
  db.transaction(() => {
    for (let i = 0; i < 500; i++) {
      const member = `U${i % MEMBERS}`;
      waiting.run(
        i % 2 ? 'confirm' : 'approval',
        member,
        member,
        new Date(Date.parse(SEEDED_AT) - i * 60_000).toISOString(),
      );
    }
  })();
  new SettingsService(
    new SettingsRepository(db),
    { timezone: 'UTC', currency: 'USD' },
    new ManualClock(SEEDED_AT),
  ).set(
    COMMISSION_PLAN,
    { baseRateBp: 500, tiers: [{ fromAttainmentBp: 10_000, rateBp: 800 }], stretchBonus: 200_000 },
    'UADMIN',
  );
  db.close();
}

function appHomeOpened(user: string, n: number): { body: string; headers: Record<string, string> } {
  const body = JSON.stringify({
    type: 'event_callback',
    team_id: 'T0PACER',
    api_app_id: 'A0PACER',
    event_id: `EvBENCH${n}`,
    event_time: Math.floor(Date.now() / 1000),
    event: {
      type: 'app_home_opened',
      user,
      channel: `D${user}`,
      tab: 'home',
      event_ts: `${Date.now() / 1000}`,
    },
  });
  const ts = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
  return {
    body,
    headers: {
      'content-type': 'application/json',
      'x-slack-request-timestamp': String(ts),
      'x-slack-signature': signature,
    },
  };
}

export async function appHomeBench(file?: string): Promise<Array<Record<string, string | number>>> {
  const dir = mkdtempSync(join(tmpdir(), 'pacer-home-'));
  const path = join(dir, 'bench.sqlite');
  // Its own copy even of a database seeded for the other parts: the manager and the plan are written.
  if (file) {
    const source = openDatabase(file);
    source.exec(`VACUUM INTO '${path.replaceAll("'", "''")}'`);
    source.close();
  } else seedTimed(path).close();
  prepare(path);
  const standIn = await startSlackApiStandIn({
    botToken: BENCH_TOKEN,
    users: [
      { id: ADMIN, name: 'admin', tz: 'UTC' },
      ...Array.from({ length: MEMBERS }, (_, i) => ({ id: `U${i}`, name: `rep ${i}`, tz: 'UTC' })),
    ],
  });
  const { child, info: urls } = await spawnServer<{ pacer: string; bare: string }>('targets.ts', {
    BENCH_SLACK_API_URL: standIn.url,
    BENCH_DATABASE_PATH: path,
    BENCH_NOW: SEEDED_AT,
  });
  const cpuTimes: number[] = [];
  let wake: (() => void) | null = null;
  createInterface({ input: child.stdout! }).on('line', (line) => {
    const timing = JSON.parse(line) as { command: string; cpuMs: number };
    if (timing.command !== 'app_home_opened') return;
    cpuTimes.push(timing.cpuMs);
    wake?.();
  });
  const cpuOfLast = async () => {
    while (cpuTimes.length === 0) await new Promise<void>((resolve) => (wake = resolve));
    return cpuTimes.shift()!;
  };
  let sent = 0;
  // From the event leaving this process to the stand-in recording that member's views.publish.
  const open = async (url: string, user: string) => {
    const { body, headers } = appHomeOpened(user, sent++);
    const before = standIn.calls('views.publish').length;
    const started = performance.now();
    const published = standIn.waitForCall(
      (c) =>
        c.method === 'views.publish' &&
        c.body.user_id === user &&
        standIn.calls('views.publish').length > before,
      10_000,
    );
    const answer = await fetch(url, { method: 'POST', headers, body });
    if (answer.status !== 200) throw new Error(`app_home_opened for ${user} answered ${answer.status}`);
    const call = await published;
    const wall = performance.now() - started;
    if (call.status !== 200 || call.response.ok !== true)
      throw new Error(`views.publish for ${user} was refused: ${JSON.stringify(call.response)}`);
    return { wall, cpu: await cpuOfLast() };
  };
  const r = (ms: number) => Number(ms.toFixed(1));
  const time = async (name: string, url: string, user: (i: number) => string) => {
    const first = await open(url, user(0));
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let i = 1; i <= RUNS; i++) {
      const one = await open(url, user(i));
      wall.push(one.wall);
      cpu.push(one.cpu);
    }
    const w = stats(wall);
    const c = stats(cpu);
    return {
      'App Home': name,
      'first ms': r(first.wall),
      'median ms': r(w.median),
      'p99 ms': r(w.p99),
      'cpu median ms': r(c.median),
      'cpu p99 ms': r(c.p99),
      'target ms': 50,
    };
  };
  try {
    const rows = [
      await time('bare Bolt app: fixed view', urls.bare, (i) => `U${100 + i}`),
      // A different rep each run, so no member's result is simply reused from the run before.
      await time('a rep', urls.pacer, (i) => `U${100 + i}`),
      await time('the same rep again', urls.pacer, () => 'U100'),
      await time(`a manager with ${REPORTS} reports`, urls.pacer, () => 'U0'),
      await time('an admin', urls.pacer, () => ADMIN),
    ];
    const view = standIn.homeView('U100');
    console.warn(
      `App Home view for a rep: ${JSON.stringify(view).length.toLocaleString('en-US')} bytes as published`,
    );
    return rows;
  } finally {
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
    await standIn.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('app-home.ts')) {
  console.warn('App Home: 1,000,000 deals, 2,000 members, app_home_opened to views.publish received:');
  console.table(await appHomeBench(process.env.BENCH_DATABASE_PATH));
}
