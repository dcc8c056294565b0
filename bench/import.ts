import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '../src/clock.js';
import { AuditRepository } from '../src/persistence/audit-repository.js';
import { CatalogRepository } from '../src/persistence/catalog-repository.js';
import { type Db, inTransaction, openDatabase } from '../src/persistence/database.js';
import { DealsRepository } from '../src/persistence/deals-repository.js';
import { ExportRepository } from '../src/persistence/export-repository.js';
import { MembersRepository } from '../src/persistence/members-repository.js';
import { defaultMigrationsDir, migrate, readMigrations } from '../src/persistence/migrator.js';
import { PendingDealsRepository } from '../src/persistence/pending-deals-repository.js';
import { SettingsRepository } from '../src/persistence/settings-repository.js';
import { SettingsService } from '../src/services/settings-service.js';
import { exportData } from '../src/use-cases/data-export.js';
import { importDeals } from '../src/use-cases/data-import.js';

/**
 * Import of 100,000 CSV rows (issue #14) on a file database, next to a bare baseline: the same rows
 * inserted with one bare prepared statement in one transaction (no parsing, no checks, no customers,
 * summaries or first deals). Also the check alone (--dry-run), a second import of the same file (a
 * no-op) and an export of the imported deals.
 */
const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const MEMBERS = 200;
const AT = new Date('2026-11-25T12:00:00Z');

function freshDatabase(dir: string, name: string): Db {
  const db = openDatabase(join(dir, name));
  migrate(db, readMigrations(defaultMigrationsDir()), AT);
  inTransaction(db, () => {
    const member = db.prepare(
      'INSERT INTO members (user_id, name, fetched_at, created_at, email) VALUES (?, ?, ?, ?, ?)',
    );
    for (let i = 0; i < MEMBERS; i++) {
      member.run(`UBENCH${i}`, `rep ${i}`, AT.toISOString(), AT.toISOString(), `rep${i}@example.com`);
    }
    for (const table of ['regions', 'product_lines']) {
      const add = db.prepare(`INSERT INTO ${table} (name, name_key, created_at) VALUES (?, ?, ?)`);
      for (const name of ['North', 'South', 'East', 'West', 'Central'])
        add.run(name, name.toLowerCase(), AT.toISOString());
    }
  });
  return db;
}

interface Row {
  id: string;
  closedOn: string;
  owner: string;
  memberId: string;
  customer: string;
  cents: number;
  product: string;
  region: string;
}

function rows(): Row[] {
  const out: Row[] = [];
  const regions = ['North', 'South', 'East', 'West', 'Central'];
  for (let i = 0; i < ROWS; i++) {
    const m = i % MEMBERS;
    const day = new Date(Date.UTC(2025, 0, 1) + (i % 690) * 86_400_000).toISOString().slice(0, 10);
    out.push({
      id: `crm-${i}`,
      closedOn: day,
      // Half by Slack ID, half by email: both lookups are measured.
      owner: i % 2 === 0 ? `UBENCH${m}` : `rep${m}@example.com`,
      memberId: `UBENCH${m}`,
      customer: `Customer ${i % 30_000}, Inc`,
      cents: 100_000 + ((i * 7919) % 5_000_000),
      product: regions[i % 5]!,
      region: regions[(i >> 3) % 5]!,
    });
  }
  return out;
}

function csv(data: Row[]): Buffer {
  const lines = ['external_id,closed_on,owner,customer,amount,currency,product,region,note'];
  for (const r of data) {
    const amount = `${Math.floor(r.cents / 100)}.${String(r.cents % 100).padStart(2, '0')}`;
    lines.push(
      `${r.id},${r.closedOn},${r.owner},"${r.customer}",${amount},USD,${r.product},${r.region},imported`,
    );
  }
  return Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8');
}

function deps(db: Db) {
  return {
    db,
    deals: new DealsRepository(db),
    audit: new AuditRepository(db),
    members: new MembersRepository(db),
    pendingDeals: new PendingDealsRepository(db),
    config: { admins: [] },
    regions: new CatalogRepository(db, 'region'),
    products: new CatalogRepository(db, 'product'),
    settings: new SettingsService(
      new SettingsRepository(db),
      { timezone: 'UTC', currency: 'USD' },
      systemClock,
    ),
    clock: { now: () => AT },
  };
}

// CPU time as well as wall time: on a loaded machine the wall clock measures the neighbours.
const timed = <T>(work: () => T): { ms: number; cpuMs: number; value: T } => {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const value = work();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, value };
};

export function importBench(): Array<Record<string, string | number>> {
  const dir = mkdtempSync(join(tmpdir(), 'pacer-import-bench-'));
  try {
    const data = rows();
    const file = csv(data);
    const context = { today: '2026-11-25', currency: 'USD' };
    const options = { actor: 'UBENCH0', dryRun: false, skipInvalid: false, fileName: 'bench.csv' };

    const bareDb = freshDatabase(dir, 'bare.sqlite');
    const bare = timed(() => {
      const customer = Number(
        bareDb
          .prepare("INSERT INTO customers (name, name_key, created_at) VALUES ('c', 'c', ?)")
          .run(AT.toISOString()).lastInsertRowid,
      );
      const insert = bareDb.prepare(
        `INSERT INTO deals (member_id, customer_id, amount_cents, currency, closed_on, logged_by, created_at, updated_at, external_id, source)
         VALUES (?, ?, ?, 'USD', ?, 'UBENCH0', ?, ?, ?, 'import')`,
      );
      const at = AT.toISOString();
      inTransaction(bareDb, () => {
        for (const r of data) insert.run(r.memberId, customer, r.cents, r.closedOn, at, at, r.id);
      });
    });
    bareDb.close();

    const db = freshDatabase(dir, 'pacer.sqlite');
    const d = deps(db);
    const check = timed(() => importDeals(d, file, context, { ...options, dryRun: true }));
    const full = timed(() => importDeals(d, file, context, options));
    const again = timed(() => importDeals(d, file, context, options));
    if (full.value.kind !== 'imported' || full.value.created !== ROWS) throw new Error('bench import failed');
    if (again.value.kind !== 'imported' || again.value.created !== 0)
      throw new Error('re-import was not a no-op');
    const exported = timed(() =>
      exportData(
        {
          exports: new ExportRepository(db),
          members: d.members,
          regions: d.regions,
          products: d.products,
          settings: d.settings,
          config: { admins: [] },
        },
        { kind: 'operator' },
        { kind: 'deals', period: null, region: null, product: null, includeDeleted: false },
      ),
    );
    db.close();

    const row = (what: string, t: { ms: number; cpuMs: number }, n = ROWS) => ({
      what,
      rows: n,
      MB: Number((file.length / 1024 / 1024).toFixed(1)),
      'wall ms': Math.round(t.ms),
      'CPU ms': Math.round(t.cpuMs),
      'rows/s (wall)': Math.round((n / t.ms) * 1000),
      'rows/s (CPU)': Math.round((n / t.cpuMs) * 1000),
    });
    return [
      row('bare: one prepared INSERT, one transaction', bare),
      row('import --dry-run (parse + check every row)', check),
      row('import (parse, check, insert, summaries, audit)', full),
      row('import the same file again (no-op)', again),
      row('export deals (CSV with BOM, guarded)', exported, exported.value.rows),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(importBench());
