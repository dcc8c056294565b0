import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/persistence/database.js';
import { memberSpeaker } from '../src/services/language-settings.js';
import { COMMISSION_PLAN } from '../src/services/recognition-settings.js';
import { commissionLine } from '../src/slack/listeners/commands/leaderboard/commission-line.js';
import { homeView } from '../src/slack/views/home/home-view.js';
import { homeFor } from '../src/use-cases/home.js';
import { benchDeps, measure } from './bench-deps.js';
import { seedTimed } from './leaderboard.js';

/**
 * Issue #13's App Home case: a rep's Home tab in the 2,000-member, 1,000,000-deal database (seeded
 * by bench/leaderboard.ts in one transaction with prepared statements), gathered, built and
 * serialised as views.publish sends it; then a manager's with 20 reports. Next to it, in the same
 * run, the bare SQL a Home tab cannot do without: the rep's year sum and their 5 latest deals.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 25);

export function appHomeBench(file?: string): Array<Record<string, string | number>> {
  const dir = file ? null : mkdtempSync(join(tmpdir(), 'pacer-home-'));
  try {
    const db = file ? openDatabase(file) : seedTimed(join(dir!, 'bench.sqlite'));
    const deps = benchDeps(db);
    const { members, settings } = deps;
    // A manager with 20 reports, and a commission plan so the rep's own line is worked out too.
    db.prepare("UPDATE members SET role = 'manager' WHERE user_id = 'U0'").run();
    db.prepare(
      "UPDATE members SET manager_id = 'U0' WHERE user_id IN (" +
        Array.from({ length: 20 }, (_, i) => `'U${i + 1}'`).join(',') +
        ')',
    ).run();
    settings.set(
      COMMISSION_PLAN,
      { baseRateBp: 500, tiers: [{ fromAttainmentBp: 10_000, rateBp: 800 }], stretchBonus: 200_000 },
      'UADMIN',
    );
    const publishBody = (userId: string) => {
      const member = members.get(userId)!;
      const data = homeFor(deps, member);
      const say = memberSpeaker(deps, userId);
      const own = commissionLine(deps, userId, data.periods[1]!.period, say);
      return JSON.stringify({ user_id: userId, view: homeView({ data, ownCommission: own }, say) });
    };
    const yearSum = db.prepare(
      `SELECT SUM(amount_cents) FROM deals WHERE deleted_at IS NULL AND member_id = ? AND closed_on BETWEEN '2026-01-01' AND '2026-12-31'`,
    );
    const latest = db.prepare(
      'SELECT * FROM deals WHERE member_id = ? AND deleted_at IS NULL ORDER BY closed_on DESC, id DESC LIMIT 5',
    );
    // A different rep each run, so no member's result is simply reused from the run before.
    const time = (name: string, fn: (i: number) => unknown) => ({
      'App Home': name,
      ...measure(fn, RUNS),
      'target ms': 50,
    });
    const rep = (i: number) => `U${100 + i}`;
    const rows = [
      time('bare SQL: a rep’s year SUM + 5 latest deals', (i) => {
        yearSum.get(rep(i));
        latest.all(rep(i));
      }),
      time('a rep (gather, build, serialise)', (i) => publishBody(rep(i))),
      time('the same rep again', () => publishBody(rep(0))),
      time('a manager with 20 reports', () => publishBody('U0')),
    ];
    const size = publishBody(rep(0)).length;
    console.warn(`App Home view for a rep: ${size.toLocaleString('en-US')} bytes as sent to views.publish`);
    db.close();
    return rows;
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('app-home.ts')) console.table(appHomeBench());
