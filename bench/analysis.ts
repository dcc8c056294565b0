import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monthPeriod, yearPeriod } from '../src/domain/periods.js';
import { openDatabase } from '../src/persistence/database.js';
import { memberSpeaker } from '../src/services/language-settings.js';
import { analysisView } from '../src/slack/views/analysis/analysis-view.js';
import { type Audience, analyse } from '../src/use-cases/analysis.js';
import { benchDeps, measure } from './bench-deps.js';
import { seedTimed } from './leaderboard.js';

/**
 * Issue #13's analysis case: a year's analysis (2026: by region and product line, against 2025 and
 * the year before, movers, gaps) in the seeded 2,000-member, 1,000,000-deal database, gathered and
 * built as posted; target under 200 ms median. Next to it, in the same run, the bare SQL aggregate
 * it replaces: the year's revenue and deals by region summed over the deals themselves.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

export function analysisBench(file?: string): Array<Record<string, string | number>> {
  const dir = file ? null : mkdtempSync(join(tmpdir(), 'pacer-analysis-'));
  try {
    const db = file ? openDatabase(file) : seedTimed(join(dir!, 'bench.sqlite'));
    const deps = benchDeps(db);
    db.prepare("UPDATE members SET role = 'manager' WHERE user_id = 'U0'").run();
    db.prepare(
      `UPDATE members SET manager_id = 'U0' WHERE user_id IN (${Array.from({ length: 20 }, (_, i) => `'U${i + 1}'`).join(',')})`,
    ).run();
    const say = memberSpeaker(deps, 'U0');
    const bareByRegion = db.prepare(
      `SELECT region_id, SUM(amount_cents), COUNT(*) FROM deals
       WHERE deleted_at IS NULL AND closed_on BETWEEN '2026-01-01' AND '2026-12-31' GROUP BY region_id`,
    );
    const post = (period: ReturnType<typeof yearPeriod>, audience: Audience) =>
      JSON.stringify(analysisView(analyse(deps, period, audience), 'USD', say));
    const row = (name: string, fn: (i: number) => unknown, target: number | string) => ({
      analysis: name,
      ...measure(fn, RUNS),
      'target ms': target,
    });
    const rows = [
      row('bare SQL: 2026 revenue and deals by region over the deals', () => bareByRegion.all(), '—'),
      row('the year 2026, whole team (admin view)', () => post(yearPeriod(2026), { kind: 'admin' }), 200),
      row('the year 2026, team view (channel)', () => post(yearPeriod(2026), { kind: 'team' }), 200),
      row(
        'the year 2026, a manager with 20 reports',
        () => post(yearPeriod(2026), { kind: 'manager', managerId: 'U0' }),
        200,
      ),
      row('the month 2026-10, whole team', () => post(monthPeriod(2026, 10), { kind: 'admin' }), '—'),
    ];
    db.close();
    return rows;
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('analysis.ts')) console.table(analysisBench());
