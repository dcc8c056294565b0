import { z } from 'zod';
import type { Db } from './database.js';

/** The sources a deal written through the REST API or a CRM webhook carries (deals.source, 0020). */
export type ApiDealSource = 'api' | 'hubspot';

const rowSchema = z.object({
  id: z.number().int(),
  external_id: z.string().nullable(),
  source: z.string(),
  member_id: z.string(),
  customer_name: z.string(),
  amount_cents: z.number().int(),
  currency: z.string(),
  closed_on: z.string(),
  product_name: z.string().nullable(),
  region_name: z.string().nullable(),
  note: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
  deleted_at: z.string().nullable(),
  is_new: z.union([z.literal(0), z.literal(1)]).transform((v) => v === 1),
});

/** A deal as the API shows it: names instead of catalog ids, where it came from. */
export interface ListedDeal {
  id: number;
  externalId: string | null;
  source: string;
  memberId: string;
  customerName: string;
  amountCents: number;
  currency: string;
  closedOn: string;
  productName: string | null;
  regionName: string | null;
  note: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  isNewCustomer: boolean;
}

function toListed(row: unknown): ListedDeal {
  const r = rowSchema.parse(row);
  return {
    id: r.id,
    externalId: r.external_id,
    source: r.source,
    memberId: r.member_id,
    customerName: r.customer_name,
    amountCents: r.amount_cents,
    currency: r.currency,
    closedOn: r.closed_on,
    productName: r.product_name,
    regionName: r.region_name,
    note: r.note,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
    isNewCustomer: r.is_new,
  };
}

export interface DealFilter {
  memberId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  productId?: number | undefined;
  regionId?: number | undefined;
  source?: string | undefined;
  /** Deals with a larger id than this (keyset paging: stable while deals are added). */
  afterId?: number | undefined;
  limit: number;
}

const SELECT = `
  SELECT d.id, d.external_id, d.source, d.member_id, c.name AS customer_name, d.amount_cents, d.currency,
    d.closed_on, p.name AS product_name, r.name AS region_name, d.note, d.created_at, d.updated_at,
    d.deleted_at, COALESCE(c.first_deal_id = d.id, 0) AS is_new
  FROM deals d
  JOIN customers c ON c.id = d.customer_id
  LEFT JOIN product_lines p ON p.id = d.product_id
  LEFT JOIN regions r ON r.id = d.region_id`;

/**
 * What the REST API reads and writes beyond the deals repository: a deal's external id and source
 * (columns of migration 0020), and the filtered, paged list. Deals themselves are written by the
 * deals repository, so summaries and new customers stay right (ADR 5, 14).
 */
export class ApiDealsRepository {
  readonly #idByExternalId;
  readonly #tag;
  readonly #byId;
  readonly #memberByEmail;
  readonly #statements = new Map<string, ReturnType<Db['prepare']>>();

  constructor(private readonly db: Db) {
    this.#idByExternalId = db.prepare<[string], { id: number }>('SELECT id FROM deals WHERE external_id = ?');
    this.#tag = db.prepare('UPDATE deals SET external_id = @externalId, source = @source WHERE id = @id');
    this.#byId = db.prepare(`${SELECT} WHERE d.id = ?`);
    // members.email (0020) is filled from users.info; an active member wins over a deactivated one.
    this.#memberByEmail = db.prepare<[string], { user_id: string }>(
      'SELECT user_id FROM members WHERE lower(email) = lower(?) ORDER BY deleted, is_bot, user_id LIMIT 1',
    );
  }

  memberIdByEmail(email: string): string | undefined {
    return this.#memberByEmail.get(email.trim())?.user_id;
  }

  /** The id of the deal stored with this external id, deleted or not. */
  idByExternalId(externalId: string): number | undefined {
    return this.#idByExternalId.get(externalId)?.id;
  }

  /** Marks a deal just inserted with its external id and source (in the insert's transaction). */
  tag(id: number, externalId: string, source: ApiDealSource | 'import'): void {
    this.#tag.run({ id, externalId, source });
  }

  get(id: number): ListedDeal | undefined {
    const row = this.#byId.get(id);
    return row === undefined ? undefined : toListed(row);
  }

  /** Live deals matching the filter, by id (the order they were stored), at most `limit`. */
  list(filter: DealFilter): ListedDeal[] {
    const where = ['d.deleted_at IS NULL'];
    if (filter.memberId !== undefined) where.push('d.member_id = @memberId');
    if (filter.from !== undefined) where.push('d.closed_on >= @from');
    if (filter.to !== undefined) where.push('d.closed_on <= @to');
    if (filter.productId !== undefined) where.push('d.product_id = @productId');
    if (filter.regionId !== undefined) where.push('d.region_id = @regionId');
    if (filter.source !== undefined) where.push('d.source = @source');
    if (filter.afterId !== undefined) where.push('d.id > @afterId');
    const sql = `${SELECT} WHERE ${where.join(' AND ')} ORDER BY d.id LIMIT @limit`;
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement.all({ ...filter }).map(toListed);
  }
}
