import { z } from 'zod';
import type { Db } from './database.js';

export type ScopeKind = 'team' | 'member' | 'region' | 'product';

export interface TargetScope {
  kind: ScopeKind;
  /** '' for the team, a Slack user id, or a region / product line id as text. */
  id: string;
}

const rowSchema = z.object({
  id: z.number().int(),
  scope_kind: z.enum(['team', 'member', 'region', 'product']),
  scope_id: z.string(),
  period_key: z.string(),
  amount_cents: z.number().int().positive(),
  stretch_cents: z.number().int().positive().nullable(),
  split: z.enum(['even', 'seasonal']),
  note: z.string().nullable(),
  set_by: z.string(),
  set_at: z.string(),
});

export interface StoredTarget {
  id: number;
  scope: TargetScope;
  periodKey: string;
  amountCents: number;
  stretchCents: number | null;
  split: 'even' | 'seasonal';
  note: string | null;
  setBy: string;
  setAt: string;
}

function toTarget(row: unknown): StoredTarget {
  const r = rowSchema.parse(row);
  return {
    id: r.id,
    scope: { kind: r.scope_kind, id: r.scope_id },
    periodKey: r.period_key,
    amountCents: r.amount_cents,
    stretchCents: r.stretch_cents,
    split: r.split,
    note: r.note,
    setBy: r.set_by,
    setAt: r.set_at,
  };
}

export interface TargetInput {
  scope: TargetScope;
  periodKey: string;
  amountCents: number;
  stretchCents: number | null;
  split: 'even' | 'seasonal';
  note: string | null;
}

/** Explicitly set targets. Setting a scope and period again replaces the old value. */
export class TargetsRepository {
  readonly #forScope;
  readonly #get;
  readonly #upsert;
  readonly #allOfKind;
  readonly #ofKindInYears;

  constructor(db: Db) {
    this.#forScope = db.prepare(
      'SELECT * FROM targets WHERE scope_kind = ? AND scope_id = ? ORDER BY period_key',
    );
    this.#get = db.prepare('SELECT * FROM targets WHERE scope_kind = ? AND scope_id = ? AND period_key = ?');
    this.#upsert = db.prepare(
      `INSERT INTO targets (scope_kind, scope_id, period_key, amount_cents, stretch_cents, split, note, set_by, set_at)
       VALUES (@kind, @id, @periodKey, @amountCents, @stretchCents, @split, @note, @setBy, @setAt)
       ON CONFLICT (scope_kind, scope_id, period_key) DO UPDATE SET amount_cents = excluded.amount_cents,
         stretch_cents = excluded.stretch_cents, split = excluded.split, note = excluded.note,
         set_by = excluded.set_by, set_at = excluded.set_at`,
    );
    this.#allOfKind = db.prepare('SELECT * FROM targets WHERE scope_kind = ? ORDER BY scope_id, period_key');
    this.#ofKindInYears = db.prepare(
      `SELECT * FROM targets WHERE scope_kind = ? AND substr(period_key, 1, 4) IN (SELECT value FROM json_each(?))
       ORDER BY scope_id, period_key`,
    );
  }

  forScope(scope: TargetScope): StoredTarget[] {
    return this.#forScope.all(scope.kind, scope.id).map(toTarget);
  }

  get(scope: TargetScope, periodKey: string): StoredTarget | undefined {
    const row = this.#get.get(scope.kind, scope.id, periodKey);
    return row === undefined ? undefined : toTarget(row);
  }

  /** Stores the target; returns the one it replaced, if any. */
  set(
    input: TargetInput,
    setBy: string,
    at: Date,
  ): { before: StoredTarget | undefined; after: StoredTarget } {
    const before = this.get(input.scope, input.periodKey);
    this.#upsert.run({ ...input.scope, ...input, setBy, setAt: at.toISOString() });
    return { before, after: this.get(input.scope, input.periodKey)! };
  }

  /** Every explicit target of one kind (e.g. all member targets), optionally only those of some years. */
  allOfKind(kind: ScopeKind, years?: number[]): StoredTarget[] {
    const rows = years
      ? this.#ofKindInYears.all(kind, JSON.stringify(years.map(String)))
      : this.#allOfKind.all(kind);
    return rows.map(toTarget);
  }
}
