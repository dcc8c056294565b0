import { z } from 'zod';
import type { Db } from './database.js';

/** App Home's two charts: the month's running total and the weekly trend. */
export type HomeChartKind = 'month' | 'trend';

/** A chart last uploaded for a member's Home tab, and which figures it shows. */
export interface HomeChartRecord {
  /** A hash of the chart's input: the same version shows the same picture. */
  version: string;
  fileId: string;
  altText: string;
}

const rowSchema = z.object({ version: z.string(), file_id: z.string(), alt_text: z.string() });

/** App Home's chart cache (migration 0031): a row per member and chart, replaced by a new upload. */
export class HomeChartsRepository {
  readonly #get;
  readonly #save;
  readonly #forget;

  constructor(db: Db) {
    this.#get = db.prepare(
      'SELECT version, file_id, alt_text FROM home_charts WHERE member_id = ? AND chart = ?',
    );
    this.#save = db.prepare(
      `INSERT INTO home_charts (member_id, chart, version, file_id, alt_text, uploaded_at)
       VALUES (@memberId, @kind, @version, @fileId, @altText, @at)
       ON CONFLICT (member_id, chart) DO UPDATE SET
         version = excluded.version, file_id = excluded.file_id, alt_text = excluded.alt_text,
         uploaded_at = excluded.uploaded_at`,
    );
    this.#forget = db.prepare('DELETE FROM home_charts WHERE member_id = ?');
  }

  get(memberId: string, kind: HomeChartKind): HomeChartRecord | undefined {
    const row = this.#get.get(memberId, kind);
    if (row === undefined) return undefined;
    const r = rowSchema.parse(row);
    return { version: r.version, fileId: r.file_id, altText: r.alt_text };
  }

  save(memberId: string, kind: HomeChartKind, chart: HomeChartRecord, at: Date): void {
    this.#save.run({ memberId, kind, ...chart, at: at.toISOString() });
  }

  /** Drops the member's cached charts (Slack no longer shows one of their files): the next ones are uploaded afresh. */
  forget(memberId: string): void {
    this.#forget.run(memberId);
  }
}
