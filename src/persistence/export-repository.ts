import type { Db } from './database.js';

/**
 * Read-only queries for CSV exports (ADR 22). They run on Pacer's connection or on a read-only one
 * opened by `npm run export` while Pacer runs (WAL: a reader sees the last commit, writers go on).
 * Rows stream (`iterate`), so a year of deals is never all in memory as objects.
 */

/** null: everyone; otherwise only these members' rows. */
export type MemberFilter = readonly string[] | null;

export interface RangeFilter {
  from: string | null;
  to: string | null;
  regionId: number | null;
  productId: number | null;
  members: MemberFilter;
}

export interface DealExportRow {
  external_id: string | null;
  closed_on: string;
  member_id: string;
  customer: string;
  amount_cents: number;
  currency: string;
  product: string | null;
  region: string | null;
  note: string | null;
  deleted_at: string | null;
}

export interface TargetExportRow {
  scope_kind: 'team' | 'member' | 'region' | 'product';
  scope_id: string;
  scope_name: string | null;
  /** The member's region, for a region filter on member targets. */
  member_region_id: number | null;
  period_key: string;
  amount_cents: number;
  stretch_cents: number | null;
  split: string;
  note: string | null;
  set_by: string;
  set_at: string;
}

export interface KudosExportRow {
  given_on: string;
  giver_id: string;
  receiver_id: string;
  reason: string;
  channel_id: string | null;
}

export interface CsatExportRow {
  recorded_on: string;
  customer: string;
  member_id: string;
  score: number;
  comment: string | null;
  recorded_by: string;
}

export interface CheckinExportRow {
  round_key: string;
  member_id: string;
  due_at: string;
  answered_at: string | null;
  answers_json: string;
  questions_json: string | null;
}

const members = (filter: MemberFilter) => (filter === null ? null : JSON.stringify(filter));

export class ExportRepository {
  readonly #deals;
  readonly #targets;
  readonly #kudos;
  readonly #csat;
  readonly #checkins;

  constructor(db: Db) {
    this.#deals = db.prepare<
      [
        {
          from: string | null;
          to: string | null;
          regionId: number | null;
          productId: number | null;
          members: string | null;
          deleted: number;
        },
      ],
      DealExportRow
    >(
      `SELECT d.external_id, d.closed_on, d.member_id, c.name AS customer, d.amount_cents, d.currency,
         p.name AS product, r.name AS region, d.note, d.deleted_at
       FROM deals d JOIN customers c ON c.id = d.customer_id
         LEFT JOIN product_lines p ON p.id = d.product_id LEFT JOIN regions r ON r.id = d.region_id
       WHERE (@from IS NULL OR d.closed_on BETWEEN @from AND @to)
         AND (@deleted = 1 OR d.deleted_at IS NULL)
         AND (@regionId IS NULL OR d.region_id = @regionId)
         AND (@productId IS NULL OR d.product_id = @productId)
         AND (@members IS NULL OR d.member_id IN (SELECT value FROM json_each(@members)))
       ORDER BY d.closed_on, d.id`,
    );
    this.#targets = db.prepare<[], TargetExportRow>(
      `SELECT t.scope_kind, t.scope_id,
         CASE t.scope_kind WHEN 'region' THEN r.name WHEN 'product' THEN p.name WHEN 'member' THEN m.name END AS scope_name,
         m.region_id AS member_region_id, t.period_key, t.amount_cents, t.stretch_cents, t.split, t.note, t.set_by, t.set_at
       FROM targets t
         LEFT JOIN regions r ON t.scope_kind = 'region' AND r.id = CAST(t.scope_id AS INTEGER)
         LEFT JOIN product_lines p ON t.scope_kind = 'product' AND p.id = CAST(t.scope_id AS INTEGER)
         LEFT JOIN members m ON t.scope_kind = 'member' AND m.user_id = t.scope_id
       ORDER BY t.period_key, t.scope_kind, t.scope_id`,
    );
    this.#kudos = db.prepare<
      [{ from: string | null; to: string | null; regionId: number | null; members: string | null }],
      KudosExportRow
    >(
      `SELECT k.given_on, k.giver_id, k.receiver_id, k.reason, k.channel_id FROM kudos k
       WHERE (@from IS NULL OR k.given_on BETWEEN @from AND @to)
         AND (@regionId IS NULL OR k.receiver_id IN (SELECT user_id FROM members WHERE region_id = @regionId))
         AND (@members IS NULL OR k.receiver_id IN (SELECT value FROM json_each(@members))
              OR k.giver_id IN (SELECT value FROM json_each(@members)))
       ORDER BY k.given_on, k.id`,
    );
    this.#csat = db.prepare<
      [{ from: string | null; to: string | null; regionId: number | null; members: string | null }],
      CsatExportRow
    >(
      `SELECT s.recorded_on, c.name AS customer, s.member_id, s.score, s.comment, s.recorded_by
       FROM satisfaction_scores s JOIN customers c ON c.id = s.customer_id
       WHERE (@from IS NULL OR s.recorded_on BETWEEN @from AND @to)
         AND (@regionId IS NULL OR s.member_id IN (SELECT user_id FROM members WHERE region_id = @regionId))
         AND (@members IS NULL OR s.member_id IN (SELECT value FROM json_each(@members)))
       ORDER BY s.recorded_on, s.id`,
    );
    this.#checkins = db.prepare<
      [{ from: string | null; to: string | null; regionId: number | null; members: string | null }],
      CheckinExportRow
    >(
      `SELECT k.round_key, k.member_id, k.due_at, k.answered_at, k.answers_json, k.questions_json FROM checkins k
       WHERE k.answers_json IS NOT NULL
         AND (@from IS NULL OR substr(k.due_at, 1, 10) BETWEEN @from AND @to)
         AND (@regionId IS NULL OR k.member_id IN (SELECT user_id FROM members WHERE region_id = @regionId))
         AND (@members IS NULL OR k.member_id IN (SELECT value FROM json_each(@members)))
       ORDER BY k.due_at, k.member_id`,
    );
  }

  deals(filter: RangeFilter, includeDeleted: boolean): IterableIterator<DealExportRow> {
    return this.#deals.iterate({
      from: filter.from,
      to: filter.to,
      regionId: filter.regionId,
      productId: filter.productId,
      members: members(filter.members),
      deleted: includeDeleted ? 1 : 0,
    });
  }

  /** Every target (a few thousand rows at most); the caller filters by period, scope and reader. */
  targets(): TargetExportRow[] {
    return this.#targets.all();
  }

  kudos(filter: RangeFilter): IterableIterator<KudosExportRow> {
    return this.#kudos.iterate(this.#people(filter));
  }

  csat(filter: RangeFilter): IterableIterator<CsatExportRow> {
    return this.#csat.iterate(this.#people(filter));
  }

  /** Answered check-ins only; each row's answers are JSON, as stored. */
  checkins(filter: RangeFilter): IterableIterator<CheckinExportRow> {
    return this.#checkins.iterate(this.#people(filter));
  }

  #people(filter: RangeFilter) {
    return { from: filter.from, to: filter.to, regionId: filter.regionId, members: members(filter.members) };
  }
}
