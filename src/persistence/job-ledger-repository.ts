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

export interface Delivery {
  recipient: string;
  channel: string | null;
  ts: string | null;
}

/** The scheduler's memory: which period each job has covered, and who a fan-out has reached. */
export class JobLedgerRepository {
  readonly #getRun;
  readonly #claim;
  readonly #finish;
  readonly #fail;
  readonly #unfinished;
  readonly #getDelivery;
  readonly #recordDelivery;
  readonly #deliveries;

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
    this.#getDelivery = db.prepare<[string, string, string], { recipient: string }>(
      'SELECT recipient FROM job_deliveries WHERE job = ? AND period_key = ? AND recipient = ?',
    );
    this.#recordDelivery = db.prepare(
      `INSERT INTO job_deliveries (job, period_key, recipient, sent_at, channel, ts) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT DO NOTHING`,
    );
    this.#deliveries = db.prepare<[string, string], Delivery>(
      'SELECT recipient, channel, ts FROM job_deliveries WHERE job = ? AND period_key = ? ORDER BY rowid',
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

  noteError(job: string, periodKey: string, message: string): void {
    this.#fail.run(message.slice(0, 1000), job, periodKey);
  }

  unfinished(job: string): JobRun[] {
    return this.#unfinished.all(job).map((row) => runSchema.parse(row));
  }

  delivered(job: string, periodKey: string, recipient: string): boolean {
    return this.#getDelivery.get(job, periodKey, recipient) !== undefined;
  }

  recordDelivery(job: string, periodKey: string, delivery: Delivery, at: Date): void {
    this.#recordDelivery.run(
      job,
      periodKey,
      delivery.recipient,
      at.toISOString(),
      delivery.channel,
      delivery.ts,
    );
  }

  deliveries(job: string, periodKey: string): Delivery[] {
    return this.#deliveries.all(job, periodKey);
  }
}
