import { z } from 'zod';
import type { TargetScope } from '../domain/entities/target.js';
import type { ToldState } from '../domain/targets/notice-state.js';
import type { Db } from './database.js';

/**
 * Where a notice's DM stands (migration 0029): `waiting` until Slack holds it (`sent`), refuses the
 * recipient for good (`refused`), a newer change of the same target replaces it before it could go
 * out (`superseded`), or a day passes without it arriving (`expired`).
 */

/** One version of a target as told to one recipient, and whether they have acknowledged it. */
export interface TargetNotice {
  id: number;
  targetId: number;
  scope: TargetScope;
  periodKey: string;
  recipient: string;
  amountCents: number;
  stretchCents: number | null;
  beforeAmountCents: number | null;
  beforeStretchCents: number | null;
  note: string | null;
  setBy: string;
  setAt: string;
  ackedAt: string | null;
  told: ToldState;
  /** Slack's code for why it is not delivered yet (waiting), or never will be (refused, expired). */
  toldError: string | null;
  /** When it reached a state other than waiting. */
  toldAt: string | null;
}

export type NewTargetNotice = Omit<TargetNotice, 'id' | 'ackedAt' | 'told' | 'toldError' | 'toldAt'>;

const rowSchema = z.object({
  id: z.number().int(),
  target_id: z.number().int(),
  scope_kind: z.enum(['team', 'member', 'region', 'product']),
  scope_id: z.string(),
  period_key: z.string(),
  recipient: z.string(),
  amount_cents: z.number().int(),
  stretch_cents: z.number().int().nullable(),
  before_amount_cents: z.number().int().nullable(),
  before_stretch_cents: z.number().int().nullable(),
  note: z.string().nullable(),
  set_by: z.string(),
  set_at: z.string(),
  acked_at: z.string().nullable(),
  told: z.enum(['waiting', 'sent', 'refused', 'superseded', 'expired']),
  told_error: z.string().nullable(),
  told_at: z.string().nullable(),
});

function toNotice(row: unknown): TargetNotice {
  const r = rowSchema.parse(row);
  return {
    id: r.id,
    targetId: r.target_id,
    scope: { kind: r.scope_kind, id: r.scope_id },
    periodKey: r.period_key,
    recipient: r.recipient,
    amountCents: r.amount_cents,
    stretchCents: r.stretch_cents,
    beforeAmountCents: r.before_amount_cents,
    beforeStretchCents: r.before_stretch_cents,
    note: r.note,
    setBy: r.set_by,
    setAt: r.set_at,
    ackedAt: r.acked_at,
    told: r.told,
    toldError: r.told_error,
    toldAt: r.told_at,
  };
}

/** Target notices (migration 0026): written with the target, acknowledged once. */
export class TargetNoticesRepository {
  readonly #insert;
  readonly #get;
  readonly #ack;
  readonly #latest;
  readonly #waiting;
  readonly #newer;
  readonly #settle;
  readonly #stillWaiting;

  constructor(db: Db) {
    this.#insert = db.prepare(
      `INSERT INTO target_notices (target_id, scope_kind, scope_id, period_key, recipient, amount_cents, stretch_cents, before_amount_cents,
         before_stretch_cents, note, set_by, set_at)
       VALUES (@targetId, @kind, @id, @periodKey, @recipient, @amountCents, @stretchCents, @beforeAmountCents, @beforeStretchCents,
         @note, @setBy, @setAt)`,
    );
    this.#get = db.prepare('SELECT * FROM target_notices WHERE id = ?');
    // Only the first click counts: a double click or a retried request finds it acknowledged.
    this.#ack = db.prepare('UPDATE target_notices SET acked_at = ? WHERE id = ? AND acked_at IS NULL');
    // The newest notice of each target to each recipient: older versions were replaced.
    this.#latest = db.prepare(
      `SELECT n.* FROM target_notices n
        WHERE n.id = (SELECT MAX(m.id) FROM target_notices m
                       WHERE m.target_id = n.target_id AND m.recipient = n.recipient)
        ORDER BY n.id DESC`,
    );
    this.#waiting = db.prepare("SELECT * FROM target_notices WHERE told = 'waiting' ORDER BY id");
    this.#newer = db.prepare(
      'SELECT 1 FROM target_notices WHERE target_id = ? AND recipient = ? AND id > ? LIMIT 1',
    );
    // Only a waiting notice moves on: a state once reached (sent, refused…) is never rewritten.
    this.#settle = db.prepare(
      `UPDATE target_notices SET told = @told, told_error = @error, told_at = @at
        WHERE id = @id AND told = 'waiting'`,
    );
    this.#stillWaiting = db.prepare(
      `UPDATE target_notices SET told_error = ? WHERE id = ? AND told = 'waiting'`,
    );
  }

  create(notice: NewTargetNotice): TargetNotice {
    const { scope, ...rest } = notice;
    const { lastInsertRowid } = this.#insert.run({ ...rest, kind: scope.kind, id: scope.id });
    return this.get(Number(lastInsertRowid))!;
  }

  get(id: number): TargetNotice | undefined {
    const row = this.#get.get(id);
    return row === undefined ? undefined : toNotice(row);
  }

  /** Records the acknowledgement once; true when this call recorded it. */
  acknowledge(id: number, at: Date): boolean {
    return this.#ack.run(at.toISOString(), id).changes === 1;
  }

  /** Notices whose DM has not arrived yet and is still to be tried (or given up), oldest first. */
  waiting(): TargetNotice[] {
    return this.#waiting.all().map(toNotice);
  }

  /** True when the same recipient was told of a later change of the same target. */
  hasNewer(notice: Pick<TargetNotice, 'id' | 'targetId' | 'recipient'>): boolean {
    return this.#newer.get(notice.targetId, notice.recipient, notice.id) !== undefined;
  }

  /** Where a waiting notice's DM ended up; a notice no longer waiting is left as it is. */
  settle(id: number, told: Exclude<ToldState, 'waiting'>, error: string | null, at: Date): void {
    this.#settle.run({ id, told, error, at: at.toISOString() });
  }

  /** A waiting notice's latest passing failure (http_500, timeout…), for `/target acks`. */
  noteFailure(id: number, error: string | null): void {
    this.#stillWaiting.run(error, id);
  }

  /** The current notice of each target to each recipient, newest first. */
  latest(): TargetNotice[] {
    return this.#latest.all().map(toNotice);
  }
}
