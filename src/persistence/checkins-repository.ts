import { z } from 'zod';
import type { CheckinAnswers, CheckinQuestion } from '../domain/checkins/questions.js';
import type { LocalDate } from '../domain/time.js';
import type { Db } from './database.js';

const rowSchema = z.object({
  round_key: z.string(),
  member_id: z.string(),
  due_at: z.string(),
  closes_at: z.string(),
  sent_at: z.string().nullable(),
  channel: z.string().nullable(),
  ts: z.string().nullable(),
  answers_json: z.string().nullable(),
  answered_at: z.string().nullable(),
  reminded_at: z.string().nullable(),
  questions_json: z.string().nullable(),
});

/** A check-in question as stored, in settings and with each member's answers. */
export const checkinQuestionSchema = z.object({
  id: z.string(),
  label: z.string().min(1).max(150),
  kind: z.enum(['text', 'scale']),
  optional: z.boolean(),
  flag: z.enum(['blocker', 'confidence']).optional(),
});

function questionsOf(json: string | null): CheckinQuestion[] | null {
  if (json === null) return null;
  const parsed = z.array(checkinQuestionSchema).safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : null;
}

export interface Checkin {
  roundKey: string;
  memberId: string;
  dueAt: Date;
  closesAt: Date;
  sentAt: Date | null;
  channel: string | null;
  ts: string | null;
  answers: CheckinAnswers | null;
  /** The questions as they were when the member answered (null for answers stored before 0007). */
  questions: CheckinQuestion[] | null;
  answeredAt: Date | null;
  remindedAt: Date | null;
}

const date = (v: string | null) => (v === null ? null : new Date(v));

function toCheckin(row: unknown): Checkin {
  const r = rowSchema.parse(row);
  return {
    roundKey: r.round_key,
    memberId: r.member_id,
    dueAt: new Date(r.due_at),
    closesAt: new Date(r.closes_at),
    sentAt: date(r.sent_at),
    channel: r.channel,
    ts: r.ts,
    answers: r.answers_json === null ? null : (JSON.parse(r.answers_json) as CheckinAnswers),
    questions: questionsOf(r.questions_json),
    answeredAt: date(r.answered_at),
    remindedAt: date(r.reminded_at),
  };
}

export interface Feedback {
  managerId: string;
  memberId: string;
  monthKey: string;
  wentWell: string;
  improve: string;
  goal: string;
  givenAt: string;
}

/** Check-in rounds per member, their answers, pauses and managers' feedback. */
export class CheckinsRepository {
  readonly #get;
  readonly #open;
  readonly #sent;
  readonly #answer;
  readonly #remind;
  readonly #round;
  readonly #history;
  readonly #pause;
  readonly #unpause;
  readonly #pauses;
  readonly #addFeedback;
  readonly #feedbackFor;

  constructor(db: Db) {
    this.#get = db.prepare('SELECT * FROM checkins WHERE round_key = ? AND member_id = ?');
    this.#open = db.prepare(
      `INSERT INTO checkins (round_key, member_id, due_at, closes_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    );
    this.#sent = db.prepare(
      'UPDATE checkins SET sent_at = ?, channel = ?, ts = ? WHERE round_key = ? AND member_id = ?',
    );
    this.#answer = db.prepare(
      'UPDATE checkins SET answers_json = ?, questions_json = ?, answered_at = ? WHERE round_key = ? AND member_id = ?',
    );
    this.#remind = db.prepare('UPDATE checkins SET reminded_at = ? WHERE round_key = ? AND member_id = ?');
    this.#round = db.prepare('SELECT * FROM checkins WHERE round_key = ? ORDER BY member_id');
    this.#history = db.prepare(
      'SELECT * FROM checkins WHERE member_id = ? AND answers_json IS NOT NULL ORDER BY round_key DESC LIMIT ?',
    );
    this.#pause = db.prepare(
      'INSERT INTO checkin_pauses (member_id, until) VALUES (?, ?) ON CONFLICT (member_id) DO UPDATE SET until = excluded.until',
    );
    this.#unpause = db.prepare('DELETE FROM checkin_pauses WHERE member_id = ?');
    this.#pauses = db.prepare<[], { member_id: string; until: string }>(
      'SELECT member_id, until FROM checkin_pauses',
    );
    this.#addFeedback = db.prepare(
      `INSERT INTO feedback (manager_id, member_id, month_key, went_well, improve, goal, given_at, idempotency_key)
       VALUES (@managerId, @memberId, @monthKey, @wentWell, @improve, @goal, @givenAt, @key) ON CONFLICT DO NOTHING`,
    );
    this.#feedbackFor = db.prepare<[string, number], Record<string, string>>(
      'SELECT * FROM feedback WHERE member_id = ? ORDER BY given_at DESC LIMIT ?',
    );
  }

  get(roundKey: string, memberId: string): Checkin | undefined {
    const row = this.#get.get(roundKey, memberId);
    return row === undefined ? undefined : toCheckin(row);
  }

  /** Creates the member's check-in for the round unless it exists; returns it. */
  open(roundKey: string, memberId: string, dueAt: Date, closesAt: Date): Checkin {
    this.#open.run(roundKey, memberId, dueAt.toISOString(), closesAt.toISOString());
    return this.get(roundKey, memberId)!;
  }

  markSent(roundKey: string, memberId: string, at: Date, message: { channel: string; ts: string }): void {
    this.#sent.run(at.toISOString(), message.channel, message.ts, roundKey, memberId);
  }

  saveAnswers(
    roundKey: string,
    memberId: string,
    answers: CheckinAnswers,
    questions: readonly CheckinQuestion[],
    at: Date,
  ): void {
    this.#answer.run(
      JSON.stringify(answers),
      JSON.stringify(questions),
      at.toISOString(),
      roundKey,
      memberId,
    );
  }

  markReminded(roundKey: string, memberId: string, at: Date): void {
    this.#remind.run(at.toISOString(), roundKey, memberId);
  }

  round(roundKey: string): Checkin[] {
    return this.#round.all(roundKey).map(toCheckin);
  }

  history(memberId: string, limit: number): Checkin[] {
    return this.#history.all(memberId, limit).map(toCheckin);
  }

  pause(memberId: string, until: LocalDate): void {
    this.#pause.run(memberId, until);
  }

  resume(memberId: string): void {
    this.#unpause.run(memberId);
  }

  pauses(): Map<string, LocalDate> {
    return new Map(this.#pauses.all().map((p) => [p.member_id, p.until]));
  }

  addFeedback(feedback: Feedback, key: string): boolean {
    return this.#addFeedback.run({ ...feedback, key }).changes > 0;
  }

  feedbackFor(memberId: string, limit: number): Feedback[] {
    return this.#feedbackFor.all(memberId, limit).map((r) => ({
      managerId: r.manager_id!,
      memberId: r.member_id!,
      monthKey: r.month_key!,
      wentWell: r.went_well!,
      improve: r.improve!,
      goal: r.goal!,
      givenAt: r.given_at!,
    }));
  }
}
