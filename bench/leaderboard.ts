import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppDeps } from '../src/app-deps.js';
import { ManualClock } from '../src/clock.js';
import { parsePeriod } from '../src/domain/periods.js';
import { addDays } from '../src/domain/time.js';
import { type Db, openDatabase } from '../src/persistence/database.js';
import { DealsRepository } from '../src/persistence/deals-repository.js';
import { MembersRepository } from '../src/persistence/members-repository.js';
import { defaultMigrationsDir, migrate, readMigrations } from '../src/persistence/migrator.js';
import { SettingsRepository } from '../src/persistence/settings-repository.js';
import { TargetsRepository } from '../src/persistence/targets-repository.js';
import { SettingsService } from '../src/services/settings-service.js';
import { leaderboard, type Metric } from '../src/use-cases/leaderboard.js';

/**
 * Issue #5's leaderboard case: 1,000,000 deals over 2,000 members and 3 years in a file database,
 * every member with a year target. Month, quarter and year leaderboards by revenue and attainment,
 * each timed as the median of several runs, next to the bare SQL aggregate they start from.
 */
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 2_000);
const DEALS = Number(process.env.BENCH_DEALS ?? 1_000_000);
const CUSTOMERS = 50_000;
const YEARS = [2024, 2025, 2026];
const RUNS = 7;

/** The moment the data set is seen at: its deals run to 2026-11-27. */
export const SEEDED_AT = '2026-11-28T12:00:00Z';
const REGIONS = 8;
const PRODUCTS = 5;

/**
 * The data set in a file database: 2,000 members in 8 regions, 5 product lines, 50,000
 * customers, 1,000,000 deals over 3 years, a year target (with stretch) for every member and for the
 * team, each region and each product line. Deterministic (a fixed LCG), so runs compare.
 */
export function seedBenchDatabase(file: string): Db {
  const db = openDatabase(file);
  const now = new Date(SEEDED_AT);
  migrate(db, readMigrations(defaultMigrationsDir()), now);
  const at = now.toISOString();
  let rng = 42;
  const random = () => {
    rng = (rng * 1_103_515_245 + 12_345) % 2_147_483_648;
    return rng / 2_147_483_648;
  };
  db.transaction(() => {
    for (let r = 1; r <= REGIONS; r++) {
      db.prepare('INSERT INTO regions (id, name, name_key, created_at) VALUES (?, ?, ?, ?)').run(
        r,
        `Region${r}`,
        `region${r}`,
        at,
      );
    }
    for (let p = 1; p <= PRODUCTS; p++) {
      db.prepare('INSERT INTO product_lines (id, name, name_key, created_at) VALUES (?, ?, ?, ?)').run(
        p,
        `Product${p}`,
        `product${p}`,
        at,
      );
    }
    const member = db.prepare(
      `INSERT INTO members (user_id, name, tz, region_id, fetched_at, created_at) VALUES (?, ?, 'UTC', ?, ?, ?)`,
    );
    for (let i = 0; i < MEMBERS; i++) member.run(`U${i}`, `rep ${i}`, 1 + (i % REGIONS), at, at);
    const customer = db.prepare('INSERT INTO customers (name, name_key, created_at) VALUES (?, ?, ?)');
    for (let i = 0; i < CUSTOMERS; i++) customer.run(`Customer ${i}`, `customer ${i}`, at);
    const deal = db.prepare(
      `INSERT INTO deals (member_id, customer_id, amount_cents, currency, closed_on, product_id, region_id,
         logged_by, created_at, updated_at)
       VALUES (?, ?, ?, 'USD', ?, ?, ?, ?, ?, ?)`,
    );
    const first = '2024-01-01';
    for (let i = 0; i < DEALS; i++) {
      const index = Math.floor(random() * MEMBERS);
      const m = `U${index}`;
      deal.run(
        m,
        1 + Math.floor(random() * CUSTOMERS),
        1_000 + Math.floor(random() * 5_000_000),
        addDays(first, Math.floor(random() * 1_061)),
        1 + Math.floor(random() * PRODUCTS),
        1 + (index % REGIONS),
        m,
        at,
        at,
      );
    }
    // Bulk-loaded rows bypass the repository, so the summaries are built the way migrations 0006 and
    // 0012 do.
    db.exec(`UPDATE customers SET (first_deal_id, first_deal_on, first_member_id, first_region_id, first_product_id) =
             (SELECT id, closed_on, member_id, region_id, product_id FROM deals
              WHERE customer_id = customers.id AND deleted_at IS NULL ORDER BY closed_on, id LIMIT 1)`);
    db.exec(`INSERT INTO member_month_totals (member_id, month, revenue_cents, deals)
             SELECT member_id, substr(closed_on, 1, 7), SUM(amount_cents), COUNT(*) FROM deals
             WHERE deleted_at IS NULL GROUP BY member_id, substr(closed_on, 1, 7)`);
    db.exec(`INSERT INTO slice_month_totals (region_id, product_id, month, member_id, revenue_cents, deals)
             SELECT COALESCE(region_id, 0), COALESCE(product_id, 0), substr(closed_on, 1, 7), member_id,
               SUM(amount_cents), COUNT(*) FROM deals WHERE deleted_at IS NULL
             GROUP BY COALESCE(region_id, 0), COALESCE(product_id, 0), substr(closed_on, 1, 7), member_id`);
    const target = db.prepare(
      `INSERT INTO targets (scope_kind, scope_id, period_key, amount_cents, stretch_cents, set_by, set_at)
       VALUES (?, ?, ?, ?, ?, 'UADMIN', ?)`,
    );
    for (let i = 0; i < MEMBERS; i++) {
      for (const year of YEARS) target.run('member', `U${i}`, String(year), 1_200_000_000, 1_400_000_000, at);
    }
    for (const year of YEARS) {
      target.run('team', '', String(year), 2_500_000_000_000, 3_000_000_000_000, at);
      for (let r = 1; r <= REGIONS; r++)
        target.run('region', String(r), String(year), 300_000_000_000, null, at);
      for (let p = 1; p <= PRODUCTS; p++)
        target.run('product', String(p), String(year), 500_000_000_000, 600_000_000_000, at);
    }
  })();
  db.pragma('optimize');
  return db;
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(fn: () => unknown): number {
  fn(); // warm
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    fn();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

/** Bump when seedBenchDatabase writes different rows, so an old cached copy is not reused. */
const SEED_VERSION = 1;

/**
 * Seeds a database, timed. Seeding takes minutes on a busy machine, so the seeded file is kept under
 * the tmp dir, keyed on what it holds, and copied from there on later runs (BENCH_SEED_CACHE=0 seeds
 * afresh); migrations landed since it was seeded are applied to the copy.
 */
export function seedTimed(file: string): Db {
  const seededAt = performance.now();
  const cacheDir = join(tmpdir(), 'pacer-bench-seed-cache');
  const cached = join(cacheDir, `v${SEED_VERSION}-${MEMBERS}-members-${DEALS}-deals.sqlite`);
  if (process.env.BENCH_SEED_CACHE !== '0' && existsSync(cached)) {
    copyFileSync(cached, file);
    const db = openDatabase(file);
    migrate(db, readMigrations(defaultMigrationsDir()), new Date(SEEDED_AT));
    console.warn(
      `copied the seeded database from ${cached} in ${Math.round(performance.now() - seededAt)} ms`,
    );
    return db;
  }
  const db = seedBenchDatabase(file);
  console.warn(
    `seeded ${DEALS.toLocaleString()} deals, ${MEMBERS} members in ${Math.round(performance.now() - seededAt)} ms`,
  );
  if (process.env.BENCH_SEED_CACHE !== '0') {
    // Copied whole (WAL folded in) and renamed into place, so a half-written cache is never read.
    mkdirSync(cacheDir, { recursive: true });
    const partial = `${cached}.${process.pid}.partial`;
    db.exec(`VACUUM INTO '${partial.replaceAll("'", "''")}'`);
    renameSync(partial, cached);
  }
  return db;
}

/** The leaderboard figures; on `file` when given (an already seeded database), else on a fresh one. */
export function leaderboardBench(file?: string): Array<Record<string, string | number>> {
  const dir = mkdtempSync(join(tmpdir(), 'pacer-lb-'));
  try {
    const db = file ? openDatabase(file) : seedTimed(join(dir, 'bench.sqlite'));
    const clock = new ManualClock('2026-11-28T12:00:00Z');
    const deps = {
      deals: new DealsRepository(db),
      members: new MembersRepository(db),
      targets: new TargetsRepository(db),
      settings: new SettingsService(new SettingsRepository(db), { timezone: 'UTC', currency: 'USD' }, clock),
    } as Pick<AppDeps, 'deals' | 'members' | 'targets' | 'settings'>;
    const bare = db.prepare(
      `SELECT member_id, SUM(amount_cents) AS revenue FROM deals
       WHERE deleted_at IS NULL AND closed_on BETWEEN ? AND ? GROUP BY member_id`,
    );
    const rows: Array<Record<string, string | number>> = [];
    for (const key of ['2026-11', '2026-Q4', '2026']) {
      const period = parsePeriod(key)!;
      const bareMs = time(() => bare.all(period.start, period.end));
      for (const metric of ['revenue', 'attainment'] as Metric[]) {
        const ms = time(() => leaderboard(deps, { period, metric }));
        rows.push({
          leaderboard: `${key} by ${metric}`,
          'median ms': Number(ms.toFixed(1)),
          'bare SQL ms': Number(bareMs.toFixed(1)),
          ratio: Number((ms / bareMs).toFixed(2)),
          'target ms': 50,
        });
      }
    }
    // Worst case: every member's target differs, so nothing is shared between members.
    db.exec('UPDATE targets SET amount_cents = amount_cents + rowid, stretch_cents = stretch_cents + rowid');
    for (const key of ['2026-11', '2026']) {
      const period = parsePeriod(key)!;
      const ms = time(() => leaderboard(deps, { period, metric: 'attainment' }));
      rows.push({
        leaderboard: `${key} by attainment, 2,000 distinct targets`,
        'median ms': Number(ms.toFixed(1)),
        'bare SQL ms': '',
        ratio: '',
        'target ms': 50,
      });
    }
    db.close();
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('leaderboard.ts')) console.table(leaderboardBench());
