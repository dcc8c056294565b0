import { z } from 'zod';
import type { ScopeKind, StoredTarget, TargetInput, TargetScope } from '../domain/entities/target.js';
import type { Db } from './database.js';

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

const KINDS = new Set(['team', 'member', 'region', 'product']);
const isPositive = (v: unknown) => Number.isSafeInteger(v) && (v as number) > 0;

/**
 * The same checks as `rowSchema`, written out: loading the whole table for the in-memory copy with
 * zod took most of a cold `/target team` (ADR 14). Anything unexpected goes through zod for its error.
 */
function toTargetFast(row: unknown): StoredTarget {
  const r = row as Record<string, unknown>;
  const ok =
    Number.isSafeInteger(r.id) &&
    KINDS.has(r.scope_kind as string) &&
    typeof r.scope_id === 'string' &&
    typeof r.period_key === 'string' &&
    isPositive(r.amount_cents) &&
    (r.stretch_cents === null || isPositive(r.stretch_cents)) &&
    (r.split === 'even' || r.split === 'seasonal') &&
    (r.note === null || typeof r.note === 'string') &&
    typeof r.set_by === 'string' &&
    typeof r.set_at === 'string';
  if (!ok) return toTarget(row);
  return Object.freeze({
    id: r.id as number,
    scope: Object.freeze({ kind: r.scope_kind as ScopeKind, id: r.scope_id as string }),
    periodKey: r.period_key as string,
    amountCents: r.amount_cents as number,
    stretchCents: r.stretch_cents as number | null,
    split: r.split as 'even' | 'seasonal',
    note: r.note as string | null,
    setBy: r.set_by as string,
    setAt: r.set_at as string,
  });
}

const scopeKey = (kind: ScopeKind, id: string) => `${kind}:${id}`;

/**
 * Explicitly set targets. Setting a scope and period again replaces the old value.
 *
 * Reads come from an in-memory copy of the table (a few thousand rows at most), because `/target
 * team`, leaderboards and the `/deal` reply read every member's targets on the event loop (ADR 14).
 * It is safe because this repository is the table's only writer and one process owns the database
 * (ADR 6): `set` marks its scope stale, and the copy is only filled from committed data: inside a
 * transaction reads go to SQLite and leave the copy alone, so a rolled-back write leaves no trace.
 * Each scope's list keeps its identity until that scope changes, so callers can memoise work on it.
 */
export class TargetsRepository {
  readonly #forScope;
  readonly #get;
  readonly #upsert;
  readonly #all;
  readonly #ofKindInYears;
  readonly #allOfKind;

  /** Scope key → its targets by period key; null until first read. */
  #copy: Map<string, readonly StoredTarget[]> | null = null;
  /** Scopes written since the copy was filled: re-read before the copy is used. */
  readonly #stale = new Set<string>();
  /** Per kind, scope id → targets, in scope id order; rebuilt when the copy changes. */
  #byKind = new Map<ScopeKind, ReadonlyMap<string, readonly StoredTarget[]>>();

  constructor(private readonly db: Db) {
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
    this.#all = db.prepare('SELECT * FROM targets ORDER BY scope_kind, scope_id, period_key');
    this.#allOfKind = db.prepare('SELECT * FROM targets WHERE scope_kind = ? ORDER BY scope_id, period_key');
    this.#ofKindInYears = db.prepare(
      `SELECT * FROM targets WHERE scope_kind = ? AND substr(period_key, 1, 4) IN (SELECT value FROM json_each(?))
       ORDER BY scope_id, period_key`,
    );
  }

  /** The in-memory copy, brought up to date; null inside a transaction (read SQLite then). */
  #current(): Map<string, readonly StoredTarget[]> | null {
    if (this.db.inTransaction) return null;
    if (!this.#copy) {
      const copy = new Map<string, StoredTarget[]>();
      for (const row of this.#all.all()) {
        const t = toTargetFast(row);
        const key = scopeKey(t.scope.kind, t.scope.id);
        const list = copy.get(key);
        if (list) list.push(t);
        else copy.set(key, [t]);
      }
      for (const list of copy.values()) Object.freeze(list);
      this.#copy = copy;
      this.#stale.clear();
      this.#byKind.clear();
    }
    if (this.#stale.size > 0) {
      for (const key of this.#stale) {
        const [kind, ...rest] = key.split(':');
        const list = this.#forScope.all(kind, rest.join(':')).map(toTargetFast);
        if (list.length) this.#copy.set(key, Object.freeze(list));
        else this.#copy.delete(key);
      }
      this.#stale.clear();
      this.#byKind.clear();
    }
    return this.#copy;
  }

  forScope(scope: TargetScope): readonly StoredTarget[] {
    const copy = this.#current();
    if (!copy) return this.#forScope.all(scope.kind, scope.id).map(toTarget);
    return copy.get(scopeKey(scope.kind, scope.id)) ?? [];
  }

  get(scope: TargetScope, periodKey: string): StoredTarget | undefined {
    const copy = this.#current();
    if (copy) return copy.get(scopeKey(scope.kind, scope.id))?.find((t) => t.periodKey === periodKey);
    const row = this.#get.get(scope.kind, scope.id, periodKey);
    return row === undefined ? undefined : toTarget(row);
  }

  /** Stores the target; returns the one it replaced, if any. */
  set(
    input: TargetInput,
    setBy: string,
    at: Date,
  ): { before: StoredTarget | undefined; after: StoredTarget } {
    const read = (): StoredTarget | undefined => {
      const row = this.#get.get(input.scope.kind, input.scope.id, input.periodKey);
      return row === undefined ? undefined : toTarget(row);
    };
    const before = read();
    this.#stale.add(scopeKey(input.scope.kind, input.scope.id));
    this.#upsert.run({ ...input.scope, ...input, setBy, setAt: at.toISOString() });
    return { before, after: read()! };
  }

  /**
   * Every scope of one kind with its targets (in period order), by scope id in id order. The lists
   * are the repository's own: the same array until that scope's targets change.
   */
  scopesOfKind(kind: ScopeKind): ReadonlyMap<string, readonly StoredTarget[]> {
    const copy = this.#current();
    if (!copy) {
      const out = new Map<string, StoredTarget[]>();
      for (const t of this.#allOfKind.all(kind).map(toTarget)) {
        const list = out.get(t.scope.id);
        if (list) list.push(t);
        else out.set(t.scope.id, [t]);
      }
      return out;
    }
    let byId = this.#byKind.get(kind);
    if (!byId) {
      const prefix = `${kind}:`;
      const entries: Array<[string, readonly StoredTarget[]]> = [];
      for (const [key, list] of copy)
        if (key.startsWith(prefix)) entries.push([key.slice(prefix.length), list]);
      entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      byId = new Map(entries);
      this.#byKind.set(kind, byId);
    }
    return byId;
  }

  /** Every explicit target of one kind (e.g. all member targets), optionally only those of some years. */
  allOfKind(kind: ScopeKind, years?: number[]): StoredTarget[] {
    if (!this.#current()) {
      const rows = years
        ? this.#ofKindInYears.all(kind, JSON.stringify(years.map(String)))
        : this.#allOfKind.all(kind);
      return rows.map(toTarget);
    }
    const wanted = years ? new Set(years.map(String)) : null;
    const out: StoredTarget[] = [];
    for (const list of this.scopesOfKind(kind).values()) {
      for (const t of list) if (!wanted || wanted.has(t.periodKey.slice(0, 4))) out.push(t);
    }
    return out;
  }
}
