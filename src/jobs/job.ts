import type { Schedule } from '../domain/schedule.js';
import type { Logger } from '../logger.js';
import type { Posted } from './slack-sender.js';

export type JobTrigger = 'schedule' | 'catch-up' | 'resume' | 'manual';

export interface JobContext {
  readonly job: string;
  /** What this run covers (e.g. `2026-W48`). Content is built from it, not from the clock. */
  readonly periodKey: string;
  readonly firedAt: Date;
  readonly trigger: JobTrigger;
  readonly timezone: string;
  readonly logger: Logger;
  /**
   * Sends to one recipient at most once per run, across crashes: `send` is skipped when the
   * ledger already holds a delivery for this recipient. Return null from `send` to send nothing.
   */
  deliver(
    recipient: string,
    send: () => Promise<Posted | null>,
  ): Promise<'sent' | 'already-sent' | 'nothing'>;
}

export interface JobOutcome {
  /** False keeps the run open so later ticks continue it (fan-outs spread over the day). */
  complete: boolean;
  summary: string;
}

export interface JobDefinition {
  readonly name: string;
  readonly description: string;
  readonly defaultSchedule: Schedule;
  /** The period a run fired at `firedAt` covers, computed in the team timezone. */
  periodKey(firedAt: Date, timezone: string): string;
  /**
   * The periods a scheduled tick at `firedAt` works on, `periodKey`'s first; by default only that one.
   * Check-in rounds overlap: a member far east is due in next week's round while the team's calendar
   * is still in this week's, and a member far west is still answering last week's.
   */
  periodsInPlay?(firedAt: Date, timezone: string): string[];
  run(ctx: JobContext): Promise<JobOutcome>;
}
