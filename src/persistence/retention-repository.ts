import type { Db } from './database.js';

export interface Removed {
  checkins: number;
  feedback: number;
  kudosTexts: number;
}

/** Deletes personal texts: check-in answers, feedback, kudos reasons. Callers wrap it in a transaction. */
export class RetentionRepository {
  readonly #checkinsOf;
  readonly #feedbackOf;
  readonly #kudosOf;
  readonly #checkinsBefore;
  readonly #feedbackBefore;

  constructor(db: Db) {
    this.#checkinsOf = db.prepare('DELETE FROM checkins WHERE member_id = ?');
    this.#feedbackOf = db.prepare('DELETE FROM feedback WHERE member_id = ?');
    // The kudos stays (it counted for an award that was announced); its words go.
    this.#kudosOf = db.prepare(
      `UPDATE kudos SET reason = '' WHERE (giver_id = @id OR receiver_id = @id) AND reason <> ''`,
    );
    // Only rounds that closed before the cutoff: an open round is never cut short.
    this.#checkinsBefore = db.prepare('DELETE FROM checkins WHERE closes_at < ?');
    this.#feedbackBefore = db.prepare('DELETE FROM feedback WHERE given_at < ?');
  }

  forgetMember(memberId: string): Removed {
    return {
      checkins: this.#checkinsOf.run(memberId).changes,
      feedback: this.#feedbackOf.run(memberId).changes,
      kudosTexts: this.#kudosOf.run({ id: memberId }).changes,
    };
  }

  deleteCheckinsBefore(cutoff: Date): { checkins: number; feedback: number } {
    const at = cutoff.toISOString();
    return { checkins: this.#checkinsBefore.run(at).changes, feedback: this.#feedbackBefore.run(at).changes };
  }
}
