import type { Achievement, Earned } from '../domain/achievements/achievements.js';
import type { Db } from './database.js';

export interface EarnedRow {
  memberId: string;
  achievement: Achievement;
  periodKey: string | null;
  detail: Record<string, number | string>;
  earnedAt: string;
  announcedAt: string | null;
}

type Row = {
  member_id: string;
  achievement: string;
  period_key: string | null;
  detail_json: string;
  earned_at: string;
  announced_at: string | null;
};

function toEarned(r: Row): EarnedRow {
  let detail: Record<string, number | string> = {};
  try {
    detail = JSON.parse(r.detail_json) as Record<string, number | string>;
  } catch {
    // A detail Pacer cannot read only loses the figures of an announcement, never the achievement.
  }
  return {
    memberId: r.member_id,
    achievement: r.achievement as Achievement,
    periodKey: r.period_key,
    detail,
    earnedAt: r.earned_at,
    announcedAt: r.announced_at,
  };
}

/** One row per member and achievement: the primary key makes "earned once" a fact of the database. */
export class AchievementsRepository {
  readonly #insert;
  readonly #of;
  readonly #get;
  readonly #unannounced;
  readonly #announced;
  readonly #bestOther;

  constructor(db: Db) {
    this.#insert = db.prepare(
      `INSERT INTO member_achievements (member_id, achievement, period_key, detail_json, earned_at)
       VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    );
    this.#of = db.prepare<[string], Row>(
      'SELECT * FROM member_achievements WHERE member_id = ? ORDER BY earned_at, achievement',
    );
    this.#get = db.prepare<[string, string], Row>(
      'SELECT * FROM member_achievements WHERE member_id = ? AND achievement = ?',
    );
    this.#unannounced = db.prepare<[string], Row>(
      `SELECT * FROM member_achievements WHERE announced_at IS NULL AND earned_at >= ?
       ORDER BY earned_at, member_id, achievement`,
    );
    this.#announced = db.prepare(
      'UPDATE member_achievements SET announced_at = ? WHERE member_id = ? AND achievement = ? AND announced_at IS NULL',
    );
    this.#bestOther = db.prepare<[string, string], { best: number | null }>(
      'SELECT MAX(revenue_cents) AS best FROM member_month_totals WHERE member_id = ? AND month <> ? AND revenue_cents > 0',
    );
  }

  /** Records what was earned; returns only those that are new (a second call records nothing). */
  record(memberId: string, earned: readonly Earned[], at: Date): Earned[] {
    return earned.filter(
      (e) =>
        this.#insert.run(memberId, e.achievement, e.periodKey, JSON.stringify(e.detail), at.toISOString())
          .changes === 1,
    );
  }

  of(memberId: string): EarnedRow[] {
    return this.#of.all(memberId).map(toEarned);
  }

  get(memberId: string, achievement: string): EarnedRow | undefined {
    const row = this.#get.get(memberId, achievement);
    return row ? toEarned(row) : undefined;
  }

  earnedSet(memberId: string): Set<Achievement> {
    return new Set(this.of(memberId).map((r) => r.achievement));
  }

  unannounced(since: Date): EarnedRow[] {
    return this.#unannounced.all(since.toISOString()).map(toEarned);
  }

  markAnnounced(memberId: string, achievement: string, at: Date): void {
    this.#announced.run(at.toISOString(), memberId, achievement);
  }

  /** The best revenue of the member's other months with sales (the month summaries), or null. */
  bestOtherMonth(memberId: string, month: string): number | null {
    return this.#bestOther.get(memberId, month)?.best ?? null;
  }
}
