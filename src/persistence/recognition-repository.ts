import { z } from 'zod';
import type { AwardFigure } from '../domain/awards.js';
import type { LocalDate } from '../domain/time.js';
import type { Db } from './database.js';

export interface KudosInput {
  giverId: string;
  receiverIds: string[];
  reason: string;
  channelId: string | null;
  givenAt: Date;
  givenOn: LocalDate;
  batchId: string;
}

export interface KudosTally {
  memberId: string;
  received: number;
  distinctGivers: number;
}

export interface RatingTally {
  memberId: string;
  count: number;
  sum: number;
}

const resultSchema = z.object({
  award_id: z.string(),
  period_key: z.string(),
  rule_json: z.string(),
  winners_json: z.string(),
  no_winner_reason: z.string().nullable(),
  decided_at: z.string(),
});

export interface StoredAwardResult {
  awardId: string;
  periodKey: string;
  rule: unknown;
  /**
   * `detail` is the winning figure as data, worded when shown (since 2026-12); older results have
   * only the English `figureText` they were announced with.
   */
  winners: Array<{ memberId: string; figure: number; detail?: AwardFigure; figureText?: string }>;
  noWinnerReason: string | null;
  decidedAt: string;
}

function toResult(row: unknown): StoredAwardResult {
  const r = resultSchema.parse(row);
  return {
    awardId: r.award_id,
    periodKey: r.period_key,
    rule: JSON.parse(r.rule_json),
    winners: JSON.parse(r.winners_json),
    noWinnerReason: r.no_winner_reason,
    decidedAt: r.decided_at,
  };
}

/** Kudos, satisfaction scores and award results. */
export class RecognitionRepository {
  readonly #insertKudos;
  readonly #kudosSince;
  readonly #kudosTally;
  readonly #insertScore;
  readonly #ratingTally;
  readonly #insertResult;
  readonly #result;
  readonly #history;

  constructor(db: Db) {
    this.#insertKudos = db.prepare(
      `INSERT INTO kudos (giver_id, receiver_id, reason, channel_id, given_at, given_on, batch_id)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    this.#kudosSince = db.prepare<[string, string], { n: number }>(
      'SELECT COUNT(*) AS n FROM kudos WHERE giver_id = ? AND given_at >= ?',
    );
    this.#kudosTally = db.prepare<
      [string, string],
      { receiver_id: string; received: number; givers: number }
    >(
      `SELECT receiver_id, COUNT(*) AS received, COUNT(DISTINCT giver_id) AS givers
       FROM kudos WHERE given_on BETWEEN ? AND ? GROUP BY receiver_id`,
    );
    this.#insertScore = db.prepare(
      `INSERT INTO satisfaction_scores (customer_id, member_id, score, comment, recorded_by, recorded_at, recorded_on)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    // Fair play (issue 15): each customer counts once a period, with its latest score, and a score
    // the credited rep entered themselves (self-reported) only when admins allow it. Self-reported
    // scores are left out before "latest" is taken, so a rep cannot hide a manager's score with their own.
    this.#ratingTally = db.prepare<[string, string, number], { member_id: string; n: number; total: number }>(
      `WITH counted AS (
         SELECT member_id, score,
                ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY recorded_at DESC, id DESC) AS nth
         FROM satisfaction_scores
         WHERE recorded_on BETWEEN ? AND ? AND (? = 1 OR recorded_by <> member_id)
       )
       SELECT member_id, COUNT(*) AS n, SUM(score) AS total FROM counted WHERE nth = 1 GROUP BY member_id`,
    );
    this.#insertResult = db.prepare(
      `INSERT INTO award_results (award_id, period_key, rule_json, winners_json, no_winner_reason, decided_at)
       VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    );
    this.#result = db.prepare('SELECT * FROM award_results WHERE award_id = ? AND period_key = ?');
    this.#history = db.prepare(
      'SELECT * FROM award_results ORDER BY decided_at DESC, period_key DESC, award_id LIMIT ?',
    );
  }

  addKudos(input: KudosInput): void {
    for (const receiverId of input.receiverIds) {
      this.#insertKudos.run(
        input.giverId,
        receiverId,
        input.reason,
        input.channelId,
        input.givenAt.toISOString(),
        input.givenOn,
        input.batchId,
      );
    }
  }

  kudosGivenSince(giverId: string, since: Date): number {
    return this.#kudosSince.get(giverId, since.toISOString())?.n ?? 0;
  }

  kudosTally(from: LocalDate, to: LocalDate): KudosTally[] {
    return this.#kudosTally
      .all(from, to)
      .map((r) => ({ memberId: r.receiver_id, received: r.received, distinctGivers: r.givers }));
  }

  addScore(input: {
    customerId: number;
    memberId: string;
    score: number;
    comment: string | null;
    recordedBy: string;
    recordedAt: Date;
    recordedOn: LocalDate;
  }): void {
    this.#insertScore.run(
      input.customerId,
      input.memberId,
      input.score,
      input.comment,
      input.recordedBy,
      input.recordedAt.toISOString(),
      input.recordedOn,
    );
  }

  /** Ratings per credited member: one per customer (the latest), self-reported ones only if allowed. */
  ratingTally(from: LocalDate, to: LocalDate, allowSelfReported = false): RatingTally[] {
    return this.#ratingTally
      .all(from, to, allowSelfReported ? 1 : 0)
      .map((r) => ({ memberId: r.member_id, count: r.n, sum: r.total }));
  }

  /** Stores a result once; a second decision for the same award and period keeps the first. */
  saveResult(result: Omit<StoredAwardResult, 'decidedAt'>, at: Date): StoredAwardResult {
    this.#insertResult.run(
      result.awardId,
      result.periodKey,
      JSON.stringify(result.rule),
      JSON.stringify(result.winners),
      result.noWinnerReason,
      at.toISOString(),
    );
    return this.result(result.awardId, result.periodKey)!;
  }

  result(awardId: string, periodKey: string): StoredAwardResult | undefined {
    const row = this.#result.get(awardId, periodKey);
    return row === undefined ? undefined : toResult(row);
  }

  history(limit: number): StoredAwardResult[] {
    return this.#history.all(limit).map(toResult);
  }
}
