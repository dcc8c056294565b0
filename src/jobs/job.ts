import type { Schedule } from '../domain/schedule.js';
import type { Logger } from '../logger.js';
import type { OutgoingMessage, Posted } from './slack-sender.js';

/** `retry` is the scheduler's pass over runs with deliveries left pending by a transient failure. */
export type JobTrigger = 'schedule' | 'catch-up' | 'resume' | 'manual' | 'retry';

/** One message to one recipient: a member's DM or a channel post. */
export interface Outgoing {
  to: { user: string } | { channel: string };
  message: OutgoingMessage;
  /** Called once Slack holds the message (sent now, or found sent by an earlier attempt). */
  onSent?: (posted: Posted) => void;
}

/**
 * - `sent`: Slack holds it now (sent by this call, or found sent by an attempt whose answer was lost)
 * - `already-sent`: the ledger says an earlier run delivered it
 * - `refused`: Slack refuses this recipient or this message for good; admins are told
 * - `pending`: a transient failure (or one not yet due for another try); the scheduler retries it
 * - `nothing`: the job had nothing to send
 */
export type DeliveryResult = 'sent' | 'already-sent' | 'refused' | 'pending' | 'nothing';

/** A delivery result as an ICU select word (`already-sent` has a hyphen, which select keys avoid). */
export const deliveryWord = (result: DeliveryResult): string =>
  result === 'already-sent' ? 'alreadySent' : result;

export interface JobContext {
  readonly job: string;
  /** What this run covers (e.g. `2026-W48`). Content is built from it, not from the clock. */
  readonly periodKey: string;
  readonly firedAt: Date;
  readonly trigger: JobTrigger;
  readonly timezone: string;
  readonly logger: Logger;
  /**
   * Sends to one recipient exactly once per period, across crashes, lost answers and retries, and
   * never throws for one recipient: a refusal or a failure is recorded and the fan-out goes on.
   * `recipient` names the delivery within the run (a user id, `channel`, `week`…). Pass null (or a
   * function returning null) to send nothing.
   */
  deliver(recipient: string, outgoing: Outgoing | null | (() => Outgoing | null)): Promise<DeliveryResult>;
  /**
   * Where a delivery stands when it may no longer be sent, and never sends: `already-sent` by the
   * ledger, `refused` when Slack refused it for good, `sent` when a read-back finds what an attempt whose answer was lost posted, `nothing`
   * when it never reached Slack, `pending` when Slack cannot be asked now (tried again later).
   */
  confirm(recipient: string): Promise<'sent' | 'already-sent' | 'refused' | 'pending' | 'nothing'>;
  /**
   * `deliver` for many recipients, a few at a time (a DM's round trip to Slack would otherwise set
   * the pace rather than Slack's rate limits). Results come in the order given.
   */
  deliverAll(
    items: ReadonlyArray<{ recipient: string; outgoing: Outgoing | null | (() => Outgoing | null) }>,
  ): Promise<DeliveryResult[]>;
}

export interface JobOutcome {
  /** False keeps the run open so later ticks continue it (fan-outs spread over the day). */
  complete: boolean;
  summary: string;
  /**
   * The job gives up on what this run still has pending (it recorded why, e.g. a target notice that
   * expired or was superseded): the run is finished although a delivery is left pending, so neither
   * the retry pass nor a tick tries it again.
   */
  abandonPending?: boolean;
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
  /**
   * Until when pending deliveries of a period are retried. By default the end of the period the key
   * names (a week, a month), or a day after the run started when the key is no calendar period.
   */
  deliverUntil?(periodKey: string, timezone: string, startedAt: Date): Date;
  run(ctx: JobContext): Promise<JobOutcome>;
}
