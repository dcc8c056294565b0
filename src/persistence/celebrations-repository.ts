import type { Db } from './database.js';

/** The channel message celebrating a deal. */
export interface CelebrationPost {
  dealId: number;
  channel: string;
  ts: string;
}

/** Which message celebrates which deal: kept so the post follows the deal when it is edited or removed. */
export class CelebrationsRepository {
  readonly #record;
  readonly #find;
  readonly #forget;

  constructor(db: Db) {
    this.#record = db.prepare(
      `INSERT INTO deal_celebrations (deal_id, channel, ts, posted_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (deal_id) DO UPDATE SET channel = excluded.channel, ts = excluded.ts, posted_at = excluded.posted_at`,
    );
    this.#find = db.prepare<[number], { deal_id: number; channel: string; ts: string }>(
      'SELECT deal_id, channel, ts FROM deal_celebrations WHERE deal_id = ?',
    );
    this.#forget = db.prepare('DELETE FROM deal_celebrations WHERE deal_id = ?');
  }

  record(post: CelebrationPost, at: Date): void {
    this.#record.run(post.dealId, post.channel, post.ts, at.toISOString());
  }

  find(dealId: number): CelebrationPost | null {
    const row = this.#find.get(dealId);
    return row ? { dealId: row.deal_id, channel: row.channel, ts: row.ts } : null;
  }

  forget(dealId: number): void {
    this.#forget.run(dealId);
  }
}
