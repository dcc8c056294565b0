import type { Figures } from '../domain/analysis/monthly-analysis.js';
import { monthPeriod } from '../domain/periods.js';
import type { LocalDate } from '../domain/time.js';
import type { Db } from './database.js';

/** Which sales an analysis reads: a date range, optionally one region, one product line, some members. */
export interface AnalysisScope {
  from: LocalDate;
  to: LocalDate;
  regionId?: number;
  productId?: number;
  /** Only these members' sales (a manager's reports); all members when absent. */
  memberIds?: readonly string[];
}

export type GroupBy = 'region' | 'product' | 'member';

/** Figures per group key (region or product line id as text, `0` for none; or member id). */
export type Grouped = Map<string, Figures>;

const wholeMonths = (s: AnalysisScope) => {
  if (!s.from.endsWith('-01')) return false;
  const [y, m] = s.to.split('-').map(Number);
  return s.to === monthPeriod(y!, m!).end;
};

/**
 * The analysis' figures summed in SQLite, grouped by region, product line or member. Whole months
 * read the summaries kept with every deal (member_month_totals, slice_month_totals, and the first
 * deal of each customer; ADR 5 and 14) instead of the deals; a week or a day reads the deals.
 */
export class AnalysisRepository {
  readonly #statements = new Map<string, ReturnType<Db['prepare']>>();

  constructor(private readonly db: Db) {}

  #statement(sql: string) {
    let s = this.#statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.#statements.set(sql, s);
    }
    return s;
  }

  grouped(scope: AnalysisScope, by: GroupBy): Grouped {
    const params = this.#params(scope);
    const out: Grouped = new Map();
    const get = (key: string) => {
      let f = out.get(key);
      if (!f) {
        f = { revenueCents: 0, deals: 0, newCustomers: 0 };
        out.set(key, f);
      }
      return f;
    };
    for (const r of this.#statement(this.#salesSql(scope, by)).all(params) as SalesRow[]) {
      const f = get(String(r.k));
      f.revenueCents = r.revenue;
      f.deals = r.deals;
    }
    for (const r of this.#statement(this.#wonSql(scope, by)).all(params) as WonRow[])
      get(String(r.k)).newCustomers = r.n;
    return out;
  }

  /** Revenue per day (`2026-11-03`) or per month (`2026-11`) of the scope, for the cumulative chart. */
  revenueBy(scope: AnalysisScope, step: 'day' | 'month'): Map<string, number> {
    const params = this.#params(scope);
    const sql =
      step === 'month' && wholeMonths(scope)
        ? `SELECT month AS k, SUM(revenue_cents) AS revenue FROM ${this.#summaryTable(scope, 'member')}
           WHERE month BETWEEN @fromMonth AND @toMonth
           ${this.#filters(scope, { member: 'member_id', region: 'region_id', product: 'product_id' })} GROUP BY k`
        : `SELECT ${step === 'day' ? 'closed_on' : 'substr(closed_on, 1, 7)'} AS k, SUM(amount_cents) AS revenue
           FROM deals WHERE deleted_at IS NULL AND closed_on BETWEEN @from AND @to
           ${this.#filters(scope, DEAL_COLUMNS)} GROUP BY k`;
    const rows = this.#statement(sql).all(params) as Array<{ k: string; revenue: number }>;
    return new Map(rows.map((r) => [r.k, r.revenue]));
  }

  #params(scope: AnalysisScope) {
    return {
      from: scope.from,
      to: scope.to,
      fromMonth: scope.from.slice(0, 7),
      toMonth: scope.to.slice(0, 7),
      regionId: scope.regionId ?? null,
      productId: scope.productId ?? null,
      members: JSON.stringify(scope.memberIds ?? []),
    };
  }

  // Members without a slice filter read the smaller member summary.
  #summaryTable(scope: AnalysisScope, by: GroupBy): string {
    return by === 'member' && scope.regionId === undefined && scope.productId === undefined
      ? 'member_month_totals'
      : 'slice_month_totals';
  }

  #filters(scope: AnalysisScope, cols: { member: string; region: string; product: string }): string {
    const parts: string[] = [];
    if (scope.regionId !== undefined) parts.push(`${cols.region} = @regionId`);
    if (scope.productId !== undefined) parts.push(`${cols.product} = @productId`);
    if (scope.memberIds !== undefined)
      parts.push(`${cols.member} IN (SELECT value FROM json_each(@members))`);
    return parts.map((p) => ` AND ${p}`).join('');
  }

  #salesSql(scope: AnalysisScope, by: GroupBy): string {
    if (!wholeMonths(scope)) {
      const key = {
        region: 'COALESCE(region_id, 0)',
        product: 'COALESCE(product_id, 0)',
        member: 'member_id',
      }[by];
      return `SELECT ${key} AS k, SUM(amount_cents) AS revenue, COUNT(*) AS deals FROM deals
        WHERE deleted_at IS NULL AND closed_on BETWEEN @from AND @to
        ${this.#filters(scope, DEAL_COLUMNS)}
        GROUP BY k`;
    }
    const table = this.#summaryTable(scope, by);
    const key = { region: 'region_id', product: 'product_id', member: 'member_id' }[by];
    return `SELECT ${key} AS k, SUM(revenue_cents) AS revenue, SUM(deals) AS deals FROM ${table}
      WHERE month BETWEEN @fromMonth AND @toMonth
      ${this.#filters(scope, { member: 'member_id', region: 'region_id', product: 'product_id' })}
      GROUP BY k`;
  }

  #wonSql(scope: AnalysisScope, by: GroupBy): string {
    const cols = {
      member: 'first_member_id',
      region: 'COALESCE(first_region_id, 0)',
      product: 'COALESCE(first_product_id, 0)',
    };
    return `SELECT ${cols[by]} AS k, COUNT(*) AS n FROM customers
      WHERE first_deal_on BETWEEN @from AND @to${this.#filters(scope, cols)}
      GROUP BY k`;
  }
}

const DEAL_COLUMNS = {
  member: 'member_id',
  region: 'COALESCE(region_id, 0)',
  product: 'COALESCE(product_id, 0)',
};

type SalesRow = { k: string | number; revenue: number; deals: number };
type WonRow = { k: string | number; n: number };
