import { z } from 'zod';
import { customerKey } from '../domain/customers.js';
import type { CatalogEntry, CatalogKind } from '../domain/entities/catalog.js';
import type { Db } from './database.js';

const TABLE: Record<CatalogKind, string> = { region: 'regions', product: 'product_lines' };

const entrySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  name_key: z.string(),
  archived_at: z.string().nullable(),
});

/**
 * Case-, width-, space- and invisible-character-insensitive identity for names people type: one rule
 * for customers, regions and product lines.
 */
export const nameKey = customerKey;

/** Regions and product lines: two small lists with the same shape and rules. */
export class CatalogRepository {
  readonly #list;
  readonly #byKey;
  readonly #byId;
  readonly #insert;
  readonly #archive;
  readonly #restore;

  constructor(
    db: Db,
    readonly kind: CatalogKind,
  ) {
    const table = TABLE[kind];
    this.#list = db.prepare(`SELECT * FROM ${table} WHERE archived_at IS NULL ORDER BY name COLLATE NOCASE`);
    this.#byKey = db.prepare(`SELECT * FROM ${table} WHERE name_key = ?`);
    this.#byId = db.prepare(`SELECT * FROM ${table} WHERE id = ?`);
    this.#insert = db.prepare(`INSERT INTO ${table} (name, name_key, created_at) VALUES (?, ?, ?)`);
    this.#archive = db.prepare(`UPDATE ${table} SET archived_at = ? WHERE id = ?`);
    this.#restore = db.prepare(`UPDATE ${table} SET archived_at = NULL, name = ? WHERE id = ?`);
  }

  list(): CatalogEntry[] {
    return this.#list.all().map((row) => entrySchema.parse(row));
  }

  /** Finds an active entry by the name as typed. */
  find(name: string): CatalogEntry | undefined {
    const row = this.#byKey.get(nameKey(name));
    const entry = row === undefined ? undefined : entrySchema.parse(row);
    return entry && entry.archived_at === null ? entry : undefined;
  }

  byId(id: number): CatalogEntry | undefined {
    const row = this.#byId.get(id);
    return row === undefined ? undefined : entrySchema.parse(row);
  }

  /** Adds the entry, or brings back an archived one of the same name; `created` false if it already existed. */
  add(name: string, at: Date): { entry: CatalogEntry; created: boolean } {
    const existing = this.#byKey.get(nameKey(name));
    if (existing !== undefined) {
      const entry = entrySchema.parse(existing);
      if (entry.archived_at === null) return { entry, created: false };
      this.#restore.run(name.trim(), entry.id);
      return { entry: entrySchema.parse(this.#byId.get(entry.id)), created: true };
    }
    const info = this.#insert.run(name.trim().replace(/\s+/g, ' '), nameKey(name), at.toISOString());
    return { entry: entrySchema.parse(this.#byId.get(info.lastInsertRowid)), created: true };
  }

  /** Archives rather than deletes: past deals keep pointing at it. */
  archive(id: number, at: Date): void {
    this.#archive.run(at.toISOString(), id);
  }
}
