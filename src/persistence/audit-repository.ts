import type { Db } from './database.js';

export interface AuditEntry {
  at: Date;
  actor: string;
  action: string;
  entity: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
}

export interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string | null;
  before_json: string | null;
  after_json: string | null;
}

export class AuditRepository {
  readonly #insert;
  readonly #byEntity;

  constructor(db: Db) {
    this.#insert = db.prepare(
      `INSERT INTO audit_log (at, actor, action, entity, entity_id, before_json, after_json)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    this.#byEntity = db.prepare<[string, string], AuditRow>(
      'SELECT * FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id',
    );
  }

  record(entry: AuditEntry): void {
    this.#insert.run(
      entry.at.toISOString(),
      entry.actor,
      entry.action,
      entry.entity,
      entry.entityId == null ? null : String(entry.entityId),
      entry.before === undefined ? null : JSON.stringify(entry.before),
      entry.after === undefined ? null : JSON.stringify(entry.after),
    );
  }

  forEntity(entity: string, entityId: string | number): AuditRow[] {
    return this.#byEntity.all(entity, String(entityId));
  }
}
