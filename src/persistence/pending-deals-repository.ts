import { z } from 'zod';
import { type DealHistory, MIN_TEAM_DEALS, medianOffset } from '../domain/deals/fair-play.js';
import type { Db } from './database.js';

export type PendingKind = 'confirm' | 'approval';
/** `expired`: an "Are you sure?" nobody answered in time (ADR 28); it never counted. */
export type PendingDecision = 'confirmed' | 'cancelled' | 'approved' | 'rejected' | 'expired';

/** A deal that does not count yet: waiting for its rep's "yes" or a manager's approval. */
export interface PendingDeal {
  id: number;
  kind: PendingKind;
  memberId: string;
  loggedBy: string;
  amountCents: number;
  /** The deal as it was typed (a DealInput), logged unchanged once confirmed or approved. */
  input: unknown;
  reason: unknown;
  createdAt: string;
  decidedAt: string | null;
  decision: PendingDecision | null;
  decidedBy: string | null;
  dealId: number | null;
  /** An API or webhook deal's external id (its retries find it); null for a deal typed in Slack. */
  externalId: string | null;
  /** A change to this live deal, waiting; null for a new deal. */
  editOf: number | null;
}

const rowSchema = z.object({
  id: z.number(),
  kind: z.enum(['confirm', 'approval']),
  member_id: z.string(),
  logged_by: z.string(),
  amount_cents: z.number(),
  input_json: z.string(),
  reason_json: z.string().nullable(),
  created_at: z.string(),
  decided_at: z.string().nullable(),
  decision: z.enum(['confirmed', 'cancelled', 'approved', 'rejected', 'expired']).nullable(),
  decided_by: z.string().nullable(),
  deal_id: z.number().nullable(),
  external_id: z.string().nullable(),
  edit_of: z.number().nullable(),
});

function toPending(row: unknown): PendingDeal {
  const r = rowSchema.parse(row);
  return {
    id: r.id,
    kind: r.kind,
    memberId: r.member_id,
    loggedBy: r.logged_by,
    amountCents: r.amount_cents,
    input: JSON.parse(r.input_json),
    reason: r.reason_json === null ? null : JSON.parse(r.reason_json),
    createdAt: r.created_at,
    decidedAt: r.decided_at,
    decision: r.decision,
    decidedBy: r.decided_by,
    dealId: r.deal_id,
    externalId: r.external_id,
    editOf: r.edit_of,
  };
}

/** Pending deals, and the two figures the unusual-deal question is measured against. */
export class PendingDealsRepository {
  readonly #insert;
  readonly #get;
  readonly #byExternalId;
  readonly #openEdit;
  readonly #toApproval;
  readonly #decide;
  readonly #reopen;
  readonly #setDeal;
  readonly #repCount;
  readonly #repAmountAt;
  readonly #teamLargest;
  readonly #teamEnough;
  readonly #openOf;
  readonly #openCountOf;
  readonly #open;
  readonly #approvalsUnder;
  readonly #approvalsUnmanaged;

  constructor(db: Db) {
    this.#insert = db.prepare(
      `INSERT INTO pending_deals
         (kind, member_id, logged_by, amount_cents, input_json, reason_json, created_at, external_id, edit_of)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.#get = db.prepare('SELECT * FROM pending_deals WHERE id = ?');
    this.#byExternalId = db.prepare('SELECT * FROM pending_deals WHERE external_id = ? AND edit_of IS NULL');
    this.#openEdit = db.prepare(
      'SELECT * FROM pending_deals WHERE edit_of = ? AND decided_at IS NULL ORDER BY id DESC LIMIT 1',
    );
    this.#toApproval = db.prepare(
      "UPDATE pending_deals SET kind = 'approval' WHERE id = ? AND kind = 'confirm' AND decided_at IS NULL",
    );
    this.#decide = db.prepare(
      `UPDATE pending_deals SET decided_at = ?, decision = ?, decided_by = ?, deal_id = ?
       WHERE id = ? AND decided_at IS NULL`,
    );
    this.#reopen = db.prepare(
      `UPDATE pending_deals SET kind = ?, logged_by = ?, amount_cents = ?, input_json = ?, reason_json = ?,
         created_at = ?, decided_at = NULL, decision = NULL, decided_by = NULL, deal_id = NULL
       WHERE id = ? AND decision = 'expired'`,
    );
    this.#setDeal = db.prepare('UPDATE pending_deals SET deal_id = ? WHERE id = ?');
    this.#repCount = db.prepare<[string], { n: number }>(
      'SELECT COUNT(*) AS n FROM deals WHERE member_id = ? AND deleted_at IS NULL',
    );
    this.#repAmountAt = db.prepare<[string, number], { amount_cents: number }>(
      `SELECT amount_cents FROM deals WHERE member_id = ? AND deleted_at IS NULL
       ORDER BY amount_cents LIMIT 1 OFFSET ?`,
    );
    // MAX reads one end of deals_live_amount; the count stops at what the rule needs, so neither
    // grows with a million deals.
    this.#teamLargest = db.prepare<[], { largest: number | null }>(
      'SELECT MAX(amount_cents) AS largest FROM deals WHERE deleted_at IS NULL',
    );
    this.#teamEnough = db.prepare<[number], { n: number }>(
      'SELECT COUNT(*) AS n FROM (SELECT 1 FROM deals WHERE deleted_at IS NULL LIMIT ?)',
    );
    // Both read only the deals still waiting (partial indexes), never the decided history.
    this.#openCountOf = db.prepare<[string], { n: number }>(
      'SELECT COUNT(*) AS n FROM pending_deals WHERE member_id = ? AND decided_at IS NULL',
    );
    this.#openOf = db.prepare(
      'SELECT * FROM pending_deals WHERE member_id = ? AND decided_at IS NULL ORDER BY created_at, id LIMIT ?',
    );
    // A manager's App Home: the open approvals of their reports, and (for admins) of reps without
    // a manager; both from the open-deals index joined to members by primary key.
    this.#approvalsUnder = db.prepare(
      `SELECT p.* FROM pending_deals p JOIN members m ON m.user_id = p.member_id
       WHERE p.decided_at IS NULL AND p.kind = 'approval' AND m.manager_id = ?
       ORDER BY p.created_at, p.id LIMIT ?`,
    );
    this.#approvalsUnmanaged = db.prepare(
      `SELECT p.* FROM pending_deals p JOIN members m ON m.user_id = p.member_id
       WHERE p.decided_at IS NULL AND p.kind = 'approval' AND m.manager_id IS NULL
       ORDER BY p.created_at, p.id LIMIT ?`,
    );
    this.#open = db.prepare(
      `SELECT * FROM pending_deals WHERE decided_at IS NULL AND (created_at, id) > (?, ?)
       ORDER BY created_at, id LIMIT ?`,
    );
  }

  add(
    input: {
      kind: PendingKind;
      memberId: string;
      loggedBy: string;
      amountCents: number;
      input: unknown;
      reason: unknown;
      externalId?: string | null;
      editOf?: number | null;
    },
    at: Date,
  ): PendingDeal {
    const { lastInsertRowid } = this.#insert.run(
      input.kind,
      input.memberId,
      input.loggedBy,
      input.amountCents,
      JSON.stringify(input.input),
      input.reason === null ? null : JSON.stringify(input.reason),
      at.toISOString(),
      input.externalId ?? null,
      input.editOf ?? null,
    );
    return this.get(Number(lastInsertRowid))!;
  }

  /**
   * An expired deal waits again, as `input` says (a CSV row imported again, ADR 28 Revisited):
   * nobody ever said no to it. The row as it now stands; undefined unless it had expired.
   */
  reopen(
    id: number,
    input: { kind: PendingKind; loggedBy: string; amountCents: number; input: unknown; reason: unknown },
    at: Date,
  ): PendingDeal | undefined {
    const { changes } = this.#reopen.run(
      input.kind,
      input.loggedBy,
      input.amountCents,
      JSON.stringify(input.input),
      input.reason === null ? null : JSON.stringify(input.reason),
      at.toISOString(),
      id,
    );
    return changes === 1 ? this.get(id) : undefined;
  }

  /** The new API deal that waits (or waited) under this external id. */
  byExternalId(externalId: string): PendingDeal | undefined {
    const row = this.#byExternalId.get(externalId);
    return row ? toPending(row) : undefined;
  }

  /** The change to a live deal that still waits, if any. */
  openEditOf(dealId: number): PendingDeal | undefined {
    const row = this.#openEdit.get(dealId);
    return row ? toPending(row) : undefined;
  }

  get(id: number): PendingDeal | undefined {
    const row = this.#get.get(id);
    return row ? toPending(row) : undefined;
  }

  /** The member's deals (and changes) still waiting, oldest first. */
  openOf(memberId: string, limit: number): PendingDeal[] {
    return this.#openOf.all(memberId, limit).map(toPending);
  }

  /** How many of the member's deals (and changes) still wait, from the open-deals index. */
  openCountOf(memberId: string): number {
    return this.#openCountOf.get(memberId)?.n ?? 0;
  }

  /** Open approvals of the manager's reports (`managerId`), or of reps without a manager (null). */
  openApprovalsUnder(managerId: string | null, limit: number): PendingDeal[] {
    const rows =
      managerId === null ? this.#approvalsUnmanaged.all(limit) : this.#approvalsUnder.all(managerId, limit);
    return rows.map(toPending);
  }

  /**
   * Every deal still waiting, oldest first, a page at a time: those after `after` (its created_at
   * and id), at most `limit`.
   */
  open(limit: number, after: { createdAt: string; id: number } | null = null): PendingDeal[] {
    return this.#open.all(after?.createdAt ?? '', after?.id ?? 0, limit).map(toPending);
  }

  /** A confirmed deal that is also over the approval amount goes on to the manager. */
  toApproval(id: number): boolean {
    return this.#toApproval.run(id).changes === 1;
  }

  /** Records the decision once; false when someone decided first. */
  decide(id: number, decision: PendingDecision, by: string, dealId: number | null, at: Date): boolean {
    return this.#decide.run(at.toISOString(), decision, by, dealId, id).changes === 1;
  }

  /** The deal a confirmed or approved pending deal became. */
  setDeal(id: number, dealId: number): void {
    this.#setDeal.run(dealId, id);
  }

  /**
   * What a new deal of the member is measured against: the median of their live deals (the lower
   * middle for an even count) and the team's largest, with how many deals each rests on.
   */
  history(memberId: string): DealHistory {
    const repDeals = this.#repCount.get(memberId)?.n ?? 0;
    const at = medianOffset(repDeals);
    return {
      repDeals,
      repMedianCents: at === null ? null : (this.#repAmountAt.get(memberId, at)?.amount_cents ?? null),
      teamDeals: this.#teamEnough.get(MIN_TEAM_DEALS)?.n ?? 0,
      teamLargestCents: this.#teamLargest.get()?.largest ?? null,
    };
  }
}
