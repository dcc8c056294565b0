import { z } from 'zod';
import type { Db } from './database.js';

const runSchema = z.object({
  job: z.string(),
  period_key: z.string(),
  status: z.enum(['running', 'done']),
  trigger: z.string(),
  started_at: z.string(),
  finished_at: z.string().nullable(),
  last_error: z.string().nullable(),
});
export type JobRun = z.infer<typeof runSchema>;

export type DeliveryState = 'pending' | 'sent' | 'refused';

const deliverySchema = z.object({
  recipient: z.string(),
  state: z.enum(['pending', 'sent', 'refused']),
  channel: z.string().nullable(),
  ts: z.string().nullable(),
  sent_at: z.string().nullable(),
  intent_at: z.string().nullable(),
  attempts: z.number().int(),
  last_error: z.string().nullable(),
  next_attempt_at: z.string().nullable(),
});

export interface Delivery {
  recipient: string;
  state: DeliveryState;
  channel: string | null;
  ts: string | null;
  sentAt: Date | null;
  /** When the first send that may have reached Slack left; null when none did. */
  intentAt: Date | null;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: Date | null;
}

const toDelivery = (row: unknown): Delivery => {
  const r = deliverySchema.parse(row);
  const date = (v: string | null) => (v === null ? null : new Date(v));
  return {
    recipient: r.recipient,
    state: r.state,
    channel: r.channel,
    ts: r.ts,
    sentAt: date(r.sent_at),
    intentAt: date(r.intent_at),
    attempts: r.attempts,
    lastError: r.last_error,
    nextAttemptAt: date(r.next_attempt_at),
  };
};

/** The scheduler's memory: which period each job has covered, and who a fan-out has reached. */
export class JobLedgerRepository {
  readonly #getRun;
  readonly #claim;
  readonly #finish;
  readonly #fail;
  readonly #unfinished;
  readonly #allUnfinished;
  readonly #getDelivery;
  readonly #intent;
  readonly #sent;
  readonly #refused;
  readonly #postpone;
  readonly #deliveries;
  readonly #getIm;
  readonly #setIm;

  constructor(db: Db) {
    this.#getRun = db.prepare('SELECT * FROM job_runs WHERE job = ? AND period_key = ?');
    this.#claim = db.prepare(
      `INSERT INTO job_runs (job, period_key, status, trigger, started_at) VALUES (?, ?, 'running', ?, ?)
       ON CONFLICT (job, period_key) DO NOTHING`,
    );
    this.#finish = db.prepare(
      `UPDATE job_runs SET status = 'done', finished_at = ?, last_error = NULL WHERE job = ? AND period_key = ?`,
    );
    this.#fail = db.prepare('UPDATE job_runs SET last_error = ? WHERE job = ? AND period_key = ?');
    this.#unfinished = db.prepare(
      `SELECT * FROM job_runs WHERE status = 'running' AND job = ? ORDER BY started_at`,
    );
    this.#allUnfinished = db.prepare(`SELECT * FROM job_runs WHERE status = 'running' ORDER BY started_at`);
    this.#getDelivery = db.prepare(
      'SELECT * FROM job_deliveries WHERE job = ? AND period_key = ? AND recipient = ?',
    );
    // The intent keeps the first instant a send may have left: read-back must look from there.
    this.#intent = db.prepare(
      `INSERT INTO job_deliveries (job, period_key, recipient, state, channel, intent_at, attempts)
       VALUES (@job, @periodKey, @recipient, 'pending', @channel, @at, 1)
       ON CONFLICT (job, period_key, recipient) DO UPDATE SET channel = excluded.channel,
         intent_at = COALESCE(intent_at, excluded.intent_at), attempts = attempts + 1
       WHERE state = 'pending'`,
    );
    this.#sent = db.prepare(
      `INSERT INTO job_deliveries (job, period_key, recipient, state, channel, ts, sent_at)
       VALUES (@job, @periodKey, @recipient, 'sent', @channel, @ts, @at)
       ON CONFLICT (job, period_key, recipient) DO UPDATE SET state = 'sent', channel = excluded.channel,
         ts = excluded.ts, sent_at = excluded.sent_at, last_error = NULL, next_attempt_at = NULL`,
    );
    this.#refused = db.prepare(
      `INSERT INTO job_deliveries (job, period_key, recipient, state, last_error, attempts)
       VALUES (@job, @periodKey, @recipient, 'refused', @error, 1)
       ON CONFLICT (job, period_key, recipient) DO UPDATE SET state = 'refused', last_error = excluded.last_error,
         next_attempt_at = NULL
       WHERE state = 'pending'`,
    );
    this.#postpone = db.prepare(
      `INSERT INTO job_deliveries (job, period_key, recipient, state, last_error, next_attempt_at, attempts)
       VALUES (@job, @periodKey, @recipient, 'pending', @error, @next, @failures)
       ON CONFLICT (job, period_key, recipient) DO UPDATE SET last_error = excluded.last_error,
         next_attempt_at = excluded.next_attempt_at, attempts = MAX(attempts, excluded.attempts)
       WHERE state = 'pending'`,
    );
    this.#deliveries = db.prepare(
      'SELECT * FROM job_deliveries WHERE job = ? AND period_key = ? ORDER BY rowid',
    );
    this.#getIm = db.prepare<[string], { channel: string }>(
      'SELECT channel FROM im_channels WHERE user_id = ?',
    );
    this.#setIm = db.prepare(
      `INSERT INTO im_channels (user_id, channel, opened_at) VALUES (?, ?, ?)
       ON CONFLICT (user_id) DO UPDATE SET channel = excluded.channel`,
    );
  }

  run(job: string, periodKey: string): JobRun | undefined {
    const row = this.#getRun.get(job, periodKey);
    return row === undefined ? undefined : runSchema.parse(row);
  }

  /** Starts a run unless one exists; returns the run as it now stands. */
  claim(job: string, periodKey: string, trigger: string, at: Date): JobRun {
    this.#claim.run(job, periodKey, trigger, at.toISOString());
    return this.run(job, periodKey)!;
  }

  finish(job: string, periodKey: string, at: Date): void {
    this.#finish.run(at.toISOString(), job, periodKey);
  }

  noteError(job: string, periodKey: string, message: string | null): void {
    this.#fail.run(message === null ? null : message.slice(0, 1000), job, periodKey);
  }

  unfinished(job?: string): JobRun[] {
    const rows = job === undefined ? this.#allUnfinished.all() : this.#unfinished.all(job);
    return rows.map((row) => runSchema.parse(row));
  }

  delivery(job: string, periodKey: string, recipient: string): Delivery | undefined {
    const row = this.#getDelivery.get(job, periodKey, recipient);
    return row === undefined ? undefined : toDelivery(row);
  }

  /** Sent already (the pre-0010 meaning of a delivery row). */
  delivered(job: string, periodKey: string, recipient: string): boolean {
    return this.delivery(job, periodKey, recipient)?.state === 'sent';
  }

  /** Written (and committed) just before chat.postMessage leaves for `channel`. */
  recordIntent(job: string, periodKey: string, recipient: string, channel: string, at: Date): void {
    this.#intent.run({ job, periodKey, recipient, channel, at: at.toISOString() });
  }

  recordSent(
    job: string,
    periodKey: string,
    delivery: { recipient: string; channel: string; ts: string },
    at: Date,
  ) {
    this.#sent.run({ job, periodKey, ...delivery, at: at.toISOString() });
  }

  /** Kept for callers that recorded deliveries before 0010: a sent delivery. */
  recordDelivery(
    job: string,
    periodKey: string,
    delivery: { recipient: string; channel: string; ts: string },
    at: Date,
  ): void {
    this.recordSent(job, periodKey, delivery, at);
  }

  recordRefused(job: string, periodKey: string, recipient: string, error: string): void {
    this.#refused.run({ job, periodKey, recipient, error });
  }

  /**
   * Leaves a delivery pending with the failure that stopped it and when to try again; `failures`
   * (tries so far) sets the backoff of the next one.
   */
  postpone(
    job: string,
    periodKey: string,
    recipient: string,
    error: string,
    next: Date,
    failures: number,
  ): void {
    this.#postpone.run({ job, periodKey, recipient, error, next: next.toISOString(), failures });
  }

  deliveries(job: string, periodKey: string): Delivery[] {
    return this.#deliveries.all(job, periodKey).map(toDelivery);
  }

  imChannel(userId: string): string | undefined {
    return this.#getIm.get(userId)?.channel;
  }

  rememberImChannel(userId: string, channel: string, at: Date): void {
    this.#setIm.run(userId, channel, at.toISOString());
  }
}
