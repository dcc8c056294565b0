import { z } from 'zod';
import { DEAL_SOURCES } from '../domain/deals/external-deal.js';
import type { Deal, DealChange, DealScope, MemberTotals, NewDeal, Totals } from '../domain/entities/deal.js';
import { monthPeriod } from '../domain/periods.js';
import type { LocalDate } from '../domain/time.js';
import { nameKey } from './catalog-repository.js';
import { type Db, inTransaction } from './database.js';

const dealSchema = z.object({
  id: z.number().int(),
  member_id: z.string(),
  customer_id: z.number().int(),
  customer_name: z.string(),
  amount_cents: z.number().int().positive(),
  currency: z.string(),
  closed_on: z.string(),
  product_id: z.number().int().nullable(),
  region_id: z.number().int().nullable(),
  note: z.string().nullable(),
  logged_by: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
  deleted_at: z.string().nullable(),
  deleted_by: z.string().nullable(),
  is_new: z.union([z.literal(0), z.literal(1)]).transform((v) => v === 1),
  external_id: z.string().nullable(),
  source: z.enum(DEAL_SOURCES),
});

export interface InsertOutcome {
  id: number;
  /** False: a deal with its external id (or idempotency key) was already stored, and was left as it is. */
  created: boolean;
}

function toDeal(row: unknown): Deal {
  const r = dealSchema.parse(row);
  return {
    id: r.id,
    memberId: r.member_id,
    customerId: r.customer_id,
    customerName: r.customer_name,
    amountCents: r.amount_cents,
    currency: r.currency,
    closedOn: r.closed_on,
    productId: r.product_id,
    regionId: r.region_id,
    note: r.note,
    loggedBy: r.logged_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
    deletedBy: r.deleted_by,
    isNewCustomer: r.is_new,
    externalId: r.external_id,
    source: r.source,
  };
}

const SELECT_DEAL = `
  SELECT d.*, c.name AS customer_name, COALESCE(c.first_deal_id = d.id, 0) AS is_new
  FROM deals d JOIN customers c ON c.id = d.customer_id`;

function scopeSql(scope: DealScope): { where: string; params: Record<string, unknown> } {
  const parts = ['d.deleted_at IS NULL', 'd.closed_on BETWEEN @from AND @to'];
  if (scope.memberId !== undefined) parts.push('d.member_id = @memberId');
  if (scope.regionId !== undefined) parts.push('d.region_id = @regionId');
  if (scope.productId !== undefined) parts.push('d.product_id = @productId');
  return { where: parts.join(' AND '), params: { ...scope } };
}

/** True when the scope is whole calendar months: the month summaries answer it. */
function wholeMonths(scope: DealScope): boolean {
  if (!scope.from.endsWith('-01')) return false;
  const [y, m] = scope.to.split('-').map(Number);
  return scope.to === monthPeriod(y!, m!).end;
}

/** The summary filters for a scope: region and product line slices read slice_month_totals. */
function summaryWhere(
  scope: DealScope,
  member = 'member_id',
  region = 'region_id',
  product = 'product_id',
): string {
  const parts: string[] = [];
  if (scope.memberId !== undefined) parts.push(`${member} = @memberId`);
  if (scope.regionId !== undefined) parts.push(`${region} = @regionId`);
  if (scope.productId !== undefined) parts.push(`${product} = @productId`);
  return parts.map((p) => ` AND ${p}`).join('');
}

const sliced = (scope: DealScope) => scope.regionId !== undefined || scope.productId !== undefined;

/**
 * Deals and their customers. Writers keep customers.first_deal_id and the summaries
 * (member_month_totals, slice_month_totals; ADR 5 and 14) right in the same transaction.
 */
export class DealsRepository {
  readonly #customerByKey;
  readonly #insertCustomer;
  readonly #insert;
  readonly #byId;
  readonly #byKey;
  readonly #recentFor;
  readonly #firstDeal;
  readonly #softDelete;
  readonly #addToMonth;
  readonly #dropEmptyMonth;
  readonly #addToSlice;
  readonly #dropEmptySlice;
  readonly #customerNames;
  readonly #changedAfter;
  readonly #idByExternalId;
  readonly #idByKey;
  readonly #byExternalId;
  readonly #storedIds;

  // Totals build their WHERE from the filters given; each shape is prepared once and reused.
  readonly #statements = new Map<string, ReturnType<Db['prepare']>>();

  #statement(sql: string): ReturnType<Db['prepare']> {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  constructor(private readonly db: Db) {
    this.#customerByKey = db.prepare<[string], { id: number; name: string; first_deal_on: string | null }>(
      'SELECT id, name, first_deal_on FROM customers WHERE name_key = ?',
    );
    this.#insertCustomer = db.prepare('INSERT INTO customers (name, name_key, created_at) VALUES (?, ?, ?)');
    this.#insert = db.prepare(
      `INSERT INTO deals (member_id, customer_id, amount_cents, currency, closed_on, product_id, region_id, note,
         logged_by, created_at, updated_at, idempotency_key, external_id, source)
       VALUES (@memberId, @customerId, @amountCents, @currency, @closedOn, @productId, @regionId, @note,
         @loggedBy, @at, @at, @idempotencyKey, @externalId, @source)`,
    );
    this.#idByExternalId = db.prepare<[string], { id: number }>('SELECT id FROM deals WHERE external_id = ?');
    this.#idByKey = db.prepare<[string], { id: number }>('SELECT id FROM deals WHERE idempotency_key = ?');
    this.#byExternalId = db.prepare(`${SELECT_DEAL} WHERE d.external_id = ?`);
    this.#storedIds = db.prepare<[string], { external_id: string }>(
      'SELECT external_id FROM deals WHERE external_id IN (SELECT value FROM json_each(?))',
    );
    this.#byId = db.prepare(`${SELECT_DEAL} WHERE d.id = ?`);
    this.#byKey = db.prepare(`${SELECT_DEAL} WHERE d.idempotency_key = ?`);
    this.#recentFor = db.prepare(
      `${SELECT_DEAL} WHERE d.member_id = ? AND d.deleted_at IS NULL ORDER BY d.created_at DESC, d.id DESC LIMIT ?`,
    );
    this.#firstDeal = db.prepare(
      `UPDATE customers SET (first_deal_id, first_deal_on, first_member_id, first_region_id, first_product_id) = (
         SELECT id, closed_on, member_id, region_id, product_id FROM deals WHERE customer_id = @id AND deleted_at IS NULL
         ORDER BY closed_on, id LIMIT 1)
       WHERE id = @id`,
    );
    this.#addToMonth = db.prepare(
      `INSERT INTO member_month_totals (member_id, month, revenue_cents, deals) VALUES (@memberId, @month, @revenue, @deals)
       ON CONFLICT (month, member_id) DO UPDATE SET revenue_cents = revenue_cents + excluded.revenue_cents,
         deals = deals + excluded.deals`,
    );
    this.#dropEmptyMonth = db.prepare(
      'DELETE FROM member_month_totals WHERE member_id = ? AND month = ? AND deals = 0',
    );
    this.#addToSlice = db.prepare(
      `INSERT INTO slice_month_totals (region_id, product_id, month, member_id, revenue_cents, deals)
       VALUES (@regionId, @productId, @month, @memberId, @revenue, @deals)
       ON CONFLICT (region_id, product_id, month, member_id) DO UPDATE SET
         revenue_cents = revenue_cents + excluded.revenue_cents, deals = deals + excluded.deals`,
    );
    this.#dropEmptySlice = db.prepare(
      `DELETE FROM slice_month_totals
       WHERE region_id = @regionId AND product_id = @productId AND month = @month AND member_id = @memberId AND deals = 0`,
    );
    this.#changedAfter = db.prepare<[{ from: string; to: string; since: string }], { n: number }>(
      `SELECT COUNT(*) AS n FROM (
         SELECT id FROM deals WHERE closed_on BETWEEN @from AND @to AND updated_at > @since
         UNION
         SELECT deal_id FROM deal_moves WHERE from_closed_on BETWEEN @from AND @to AND moved_at > @since)`,
    );
    this.#customerNames = db.prepare<[], { name: string }>('SELECT name FROM customers ORDER BY name');
    this.#softDelete = db.prepare(
      'UPDATE deals SET deleted_at = ?, deleted_by = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL',
    );
  }

  /** The customer with this name (case- and space-insensitive), created on first use. */
  customerId(name: string, at: Date): number {
    const key = nameKey(name);
    const found = this.#customerByKey.get(key);
    if (found) return found.id;
    return Number(
      this.#insertCustomer.run(name.trim().replace(/\s+/g, ' '), key, at.toISOString()).lastInsertRowid,
    );
  }

  findCustomer(name: string): { id: number; name: string } | undefined {
    const found = this.#customerByKey.get(nameKey(name));
    return found && { id: found.id, name: found.name };
  }

  customerNames(): string[] {
    return this.#customerNames.all().map((r) => r.name);
  }

  /**
   * How many deals of [from, to] were logged, changed, deleted or moved out of it (a new close date)
   * after `since` (an ISO instant).
   */
  changedAfter(from: LocalDate, to: LocalDate, since: string): number {
    return this.#changedAfter.get({ from, to, since })?.n ?? 0;
  }

  /** Who owns the customer's most recent live deal. */
  latestOwnerOf(customerId: number): string | null {
    const row = this.#statement(
      `SELECT member_id FROM deals WHERE customer_id = ? AND deleted_at IS NULL
       ORDER BY closed_on DESC, id DESC LIMIT 1`,
    ).get(customerId) as { member_id: string } | undefined;
    return row?.member_id ?? null;
  }

  /**
   * Inserts a deal; with an idempotency key or external id already used, returns the deal stored the
   * first time (even a deleted one: sending it again does not bring it back).
   */
  insert(deal: NewDeal, at: Date): { deal: Deal; created: boolean } {
    if (deal.externalId) {
      const existing = this.#byExternalId.get(deal.externalId);
      if (existing) return { deal: toDeal(existing), created: false };
    }
    if (deal.idempotencyKey) {
      const existing = this.#byKey.get(deal.idempotencyKey);
      if (existing) return { deal: toDeal(existing), created: false };
    }
    const known = this.#customerByKey.get(nameKey(deal.customerName));
    const customerId = known?.id ?? this.customerId(deal.customerName, at);
    const info = this.#insert.run(this.#row(deal, customerId, at));
    // A later deal of a customer already won leaves its first deal as it is: no write needed.
    if (!known?.first_deal_on || deal.closedOn < known.first_deal_on) this.#firstDeal.run({ id: customerId });
    this.#count(deal, 1);
    return { deal: this.get(Number(info.lastInsertRowid))!, created: true };
  }

  #row(deal: NewDeal, customerId: number, at: Date) {
    return {
      ...deal,
      externalId: deal.externalId ?? null,
      source: deal.source ?? 'slack',
      customerId,
      at: at.toISOString(),
    };
  }

  /** Which of these external ids are stored (deleted deals too): one query per 10,000 ids. */
  storedExternalIds(ids: readonly string[]): Set<string> {
    const stored = new Set<string>();
    for (let i = 0; i < ids.length; i += 10_000) {
      const rows = this.#storedIds.all(JSON.stringify(ids.slice(i, i + 10_000)));
      for (const row of rows) stored.add(row.external_id);
    }
    return stored;
  }

  /** Whether a deal (deleted or not) has this external id. */
  hasExternalId(externalId: string): boolean {
    return this.#idByExternalId.get(externalId) !== undefined;
  }

  /** The deal stored with this external id (deleted or not). */
  byExternalId(externalId: string): Deal | undefined {
    const row = this.#byExternalId.get(externalId);
    return row === undefined ? undefined : toDeal(row);
  }

  /**
   * Inserts many deals in one transaction (an import, a batch from a CRM): all or nothing. A deal
   * whose external id or idempotency key is already stored (or comes earlier in the same batch) is
   * left as it is. New and existing customers are recomputed once per customer touched, and the
   * summaries get one write per member, month and slice, so 100,000 deals take seconds (ADR 22).
   */
  insertMany(deals: readonly NewDeal[], at: Date): InsertOutcome[] {
    return inTransaction(this.db, () => {
      const outcomes: InsertOutcome[] = [];
      const customers = new Map<string, { id: number; firstOn: string | null }>();
      const touched = new Set<number>();
      const months = new Map<string, { memberId: string; month: string; revenue: number; deals: number }>();
      const slices = new Map<
        string,
        {
          memberId: string;
          month: string;
          regionId: number;
          productId: number;
          revenue: number;
          deals: number;
        }
      >();
      for (const deal of deals) {
        const existing =
          (deal.externalId ? this.#idByExternalId.get(deal.externalId) : undefined) ??
          (deal.idempotencyKey ? this.#idByKey.get(deal.idempotencyKey) : undefined);
        if (existing) {
          outcomes.push({ id: existing.id, created: false });
          continue;
        }
        const key = nameKey(deal.customerName);
        let customer = customers.get(key);
        if (!customer) {
          const known = this.#customerByKey.get(key);
          customer = known
            ? { id: known.id, firstOn: known.first_deal_on }
            : { id: this.customerId(deal.customerName, at), firstOn: null };
          customers.set(key, customer);
        }
        const info = this.#insert.run(this.#row(deal, customer.id, at));
        outcomes.push({ id: Number(info.lastInsertRowid), created: true });
        if (!customer.firstOn || deal.closedOn < customer.firstOn) touched.add(customer.id);
        const month = deal.closedOn.slice(0, 7);
        const m = months.get(`${deal.memberId} ${month}`) ?? {
          memberId: deal.memberId,
          month,
          revenue: 0,
          deals: 0,
        };
        m.revenue += deal.amountCents;
        m.deals += 1;
        months.set(`${deal.memberId} ${month}`, m);
        const regionId = deal.regionId ?? 0;
        const productId = deal.productId ?? 0;
        const sliceKey = `${regionId} ${productId} ${month} ${deal.memberId}`;
        const s = slices.get(sliceKey) ?? {
          memberId: deal.memberId,
          month,
          regionId,
          productId,
          revenue: 0,
          deals: 0,
        };
        s.revenue += deal.amountCents;
        s.deals += 1;
        slices.set(sliceKey, s);
      }
      for (const id of touched) this.#firstDeal.run({ id });
      for (const m of months.values()) this.#addToMonth.run(m);
      for (const s of slices.values()) this.#addToSlice.run(s);
      return outcomes;
    });
  }

  get(id: number): Deal | undefined {
    const row = this.#byId.get(id);
    return row === undefined ? undefined : toDeal(row);
  }

  /** Everyone with at least one live deal (read from the month summaries, not the deals). */
  membersWithDeals(): Set<string> {
    const rows = this.#statement('SELECT DISTINCT member_id FROM member_month_totals').all({}) as Array<{
      member_id: string;
    }>;
    return new Set(rows.map((r) => r.member_id));
  }

  /** The live deal `userId` logged last, for themselves or (managers) for someone else. */
  lastLoggedBy(userId: string): Deal | undefined {
    // Newest rowid first: the scan stops at the caller's latest deal, no index needed.
    const row = this.#statement(
      `${SELECT_DEAL} WHERE d.logged_by = ? AND d.deleted_at IS NULL ORDER BY d.id DESC LIMIT 1`,
    ).get(userId);
    return row === undefined ? undefined : toDeal(row);
  }

  recentFor(memberId: string, limit: number): Deal[] {
    return this.#recentFor.all(memberId, limit).map(toDeal);
  }

  update(id: number, change: DealChange, at: Date): Deal {
    const before = this.get(id);
    if (!before) throw new Error(`deal ${id} not found`);
    const customerId = change.customerName ? this.customerId(change.customerName, at) : before.customerId;
    const next = {
      memberId: change.memberId ?? before.memberId,
      amountCents: change.amountCents ?? before.amountCents,
      closedOn: change.closedOn ?? before.closedOn,
      productId: change.productId === undefined ? before.productId : change.productId,
      regionId: change.regionId === undefined ? before.regionId : change.regionId,
      note: change.note === undefined ? before.note : change.note,
    };
    this.#statement(
      `UPDATE deals SET member_id = @memberId, customer_id = @customerId, amount_cents = @amountCents,
           closed_on = @closedOn, product_id = @productId, region_id = @regionId, note = @note, updated_at = @at
         WHERE id = @id`,
    ).run({ ...next, customerId, at: at.toISOString(), id });
    if (next.closedOn !== before.closedOn) {
      this.#statement(
        `INSERT INTO deal_moves (deal_id, from_closed_on, to_closed_on, moved_at)
         VALUES (@id, @from, @to, @at)`,
      ).run({ id, from: before.closedOn, to: next.closedOn, at: at.toISOString() });
    }
    this.#firstDeal.run({ id: customerId });
    if (customerId !== before.customerId) this.#firstDeal.run({ id: before.customerId });
    this.#count(before, -1);
    this.#count(next, 1);
    return this.get(id)!;
  }

  /** Soft delete: the deal counts nowhere, the next deal of its customer becomes the first. */
  softDelete(id: number, by: string, at: Date): boolean {
    const deal = this.get(id);
    if (!deal) return false;
    const changed = this.#softDelete.run(at.toISOString(), by, at.toISOString(), id).changes > 0;
    if (changed) {
      this.#firstDeal.run({ id: deal.customerId });
      this.#count(deal, -1);
    }
    return changed;
  }

  /** Adds a deal to (sign 1) or takes it out of (sign -1) its member's month in the summaries. */
  #count(
    deal: {
      memberId: string;
      closedOn: LocalDate;
      amountCents: number;
      regionId: number | null;
      productId: number | null;
    },
    sign: 1 | -1,
  ): void {
    const month = deal.closedOn.slice(0, 7);
    const change = { memberId: deal.memberId, month, revenue: sign * deal.amountCents, deals: sign };
    this.#addToMonth.run(change);
    const slice = { ...change, regionId: deal.regionId ?? 0, productId: deal.productId ?? 0 };
    this.#addToSlice.run(slice);
    if (sign < 0) {
      this.#dropEmptyMonth.run(deal.memberId, month);
      const { revenue: _r, deals: _d, ...key } = slice;
      this.#dropEmptySlice.run(key);
    }
  }

  /** One scope's totals: summed in SQLite, not over per-member rows (the team view reads several). */
  totals(scope: DealScope): Totals {
    return wholeMonths(scope) ? this.#totalFromSummaries(scope) : this.#totalFromDeals(scope);
  }

  /**
   * One scope's revenue only. A range of days without a slice is read from the index on close date
   * alone (no deal rows, no customers): `/target`'s week line reads this on every call.
   */
  revenueCents(scope: DealScope): number {
    if (wholeMonths(scope)) return this.#totalFromSummaries(scope, false).revenueCents;
    const { where, params } = scopeSql(scope);
    const row = this.#statement(
      `SELECT COALESCE(SUM(d.amount_cents), 0) AS revenue FROM deals d WHERE ${where}`,
    ).get(params) as { revenue: number };
    return row.revenue;
  }

  /** Revenue per close date within the scope (days without a deal left out), for the charts. */
  revenueByDay(scope: DealScope): Map<LocalDate, number> {
    const { where, params } = scopeSql(scope);
    const rows = this.#statement(
      `SELECT d.closed_on AS day, SUM(d.amount_cents) AS revenue FROM deals d WHERE ${where} GROUP BY d.closed_on`,
    ).all(params) as { day: LocalDate; revenue: number }[];
    return new Map(rows.map((r) => [r.day, r.revenue]));
  }

  #totalFromDeals(scope: DealScope): Totals {
    const { where, params } = scopeSql(scope);
    const row = this.#statement(
      `SELECT COALESCE(SUM(d.amount_cents), 0) AS revenue, COUNT(*) AS deals,
           COALESCE(SUM(c.first_deal_id = d.id), 0) AS new_customers
         FROM deals d JOIN customers c ON c.id = d.customer_id WHERE ${where}`,
    ).get(params) as { revenue: number; deals: number; new_customers: number };
    return { revenueCents: row.revenue, deals: row.deals, newCustomers: row.new_customers };
  }

  #totalFromSummaries(scope: DealScope, withNewCustomers = true): Totals {
    const params = this.#summaryParams(scope);
    const sales = this.#statement(
      `SELECT COALESCE(SUM(revenue_cents), 0) AS revenue, COALESCE(SUM(deals), 0) AS deals
       FROM ${sliced(scope) ? 'slice_month_totals' : 'member_month_totals'}
       WHERE month BETWEEN @fromMonth AND @toMonth${summaryWhere(scope)}`,
    ).get(params) as { revenue: number; deals: number };
    if (!withNewCustomers) return { revenueCents: sales.revenue, deals: sales.deals, newCustomers: 0 };
    const won = this.#statement(
      `SELECT COUNT(*) AS n FROM customers WHERE first_deal_on BETWEEN @from AND @to${this.#wonWhere(scope)}`,
    ).get(params) as { n: number };
    return { revenueCents: sales.revenue, deals: sales.deals, newCustomers: won.n };
  }

  #summaryParams(scope: DealScope) {
    return {
      from: scope.from,
      to: scope.to,
      fromMonth: scope.from.slice(0, 7),
      toMonth: scope.to.slice(0, 7),
      memberId: scope.memberId,
      regionId: scope.regionId,
      productId: scope.productId,
    };
  }

  #wonWhere(scope: DealScope): string {
    return summaryWhere(scope, 'first_member_id', 'first_region_id', 'first_product_id');
  }

  totalsByMember(scope: DealScope): MemberTotals[] {
    return wholeMonths(scope) ? this.#fromSummaries(scope) : this.#fromDeals(scope);
  }

  #fromDeals(scope: DealScope): MemberTotals[] {
    const { where, params } = scopeSql(scope);
    const rows = this.#statement(
      `SELECT d.member_id, SUM(d.amount_cents) AS revenue, COUNT(*) AS deals,
           SUM(c.first_deal_id = d.id) AS new_customers
         FROM deals d JOIN customers c ON c.id = d.customer_id WHERE ${where}
         GROUP BY d.member_id`,
    ).all(params) as Array<{ member_id: string; revenue: number; deals: number; new_customers: number }>;
    return rows.map((r) => ({
      memberId: r.member_id,
      revenueCents: r.revenue,
      deals: r.deals,
      newCustomers: r.new_customers,
    }));
  }

  // Whole months read the summaries instead of every deal: the member summary, or the region and
  // product line one when the scope is sliced.
  #fromSummaries(scope: DealScope): MemberTotals[] {
    const params = this.#summaryParams(scope);
    const sales = this.#statement(
      `SELECT member_id, SUM(revenue_cents) AS revenue, SUM(deals) AS deals
       FROM ${sliced(scope) ? 'slice_month_totals' : 'member_month_totals'}
       WHERE month BETWEEN @fromMonth AND @toMonth${summaryWhere(scope)} GROUP BY member_id`,
    ).all(params) as Array<{ member_id: string; revenue: number; deals: number }>;
    const won = this.#statement(
      `SELECT first_member_id AS member_id, COUNT(*) AS n FROM customers
       WHERE first_deal_on BETWEEN @from AND @to${this.#wonWhere(scope)} GROUP BY first_member_id`,
    ).all(params) as Array<{ member_id: string; n: number }>;
    const newCustomers = new Map(won.map((w) => [w.member_id, w.n]));
    return sales.map((r) => ({
      memberId: r.member_id,
      revenueCents: r.revenue,
      deals: r.deals,
      newCustomers: newCustomers.get(r.member_id) ?? 0,
    }));
  }

  /** Revenue per calendar month of a year, for seasonal splits: 12 numbers (from the summaries). */
  monthlyRevenue(year: number, scope: Omit<DealScope, 'from' | 'to'> = {}): number[] {
    const full = { ...scope, from: `${year}-01-01`, to: `${year}-12-31` };
    const rows = this.#statement(
      `SELECT CAST(substr(month, 6, 2) AS INTEGER) AS month, SUM(revenue_cents) AS revenue
       FROM ${sliced(full) ? 'slice_month_totals' : 'member_month_totals'}
       WHERE month BETWEEN @fromMonth AND @toMonth${summaryWhere(full)} GROUP BY month`,
    ).all(this.#summaryParams(full)) as Array<{ month: number; revenue: number }>;
    const months = Array.from({ length: 12 }, () => 0);
    for (const r of rows) months[r.month - 1] = r.revenue;
    return months;
  }
}
