import { z } from 'zod';
import type { TargetScope } from '../domain/entities/target.js';
import type { Db } from './database.js';

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
}

export type NewTargetNotice = Omit<TargetNotice, 'id' | 'ackedAt'>;

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
  };
}

/** Target notices (migration 0026): written with the target, acknowledged once. */
export class TargetNoticesRepository {
  readonly #insert;
  readonly #get;
  readonly #ack;
  readonly #latest;

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

  /** The current notice of each target to each recipient, newest first. */
  latest(): TargetNotice[] {
    return this.#latest.all().map(toNotice);
  }
}
