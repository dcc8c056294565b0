import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { JobLedgerRepository } from '../persistence/job-ledger-repository.js';
import type { DeliveryResult, Outgoing } from './job.js';
import { ACCOUNT_GONE, classifySlackError, type SlackCallError } from './slack-errors.js';
import type { SlackSender } from './slack-sender.js';

export interface DeliveryDeps {
  ledger: JobLedgerRepository;
  sender: SlackSender;
  clock: Clock;
  logger: Logger;
  /** Slack says this member's account is gone (user_disabled…): Pacer stops counting them in. */
  onAccountGone(userId: string, code: string): void;
  /** Why the database cannot keep writes (a fresh check), or null: then nothing is sent. */
  databaseProblem?: () => string | null;
}

/** Thrown by a delivery when the database cannot record it: the run stops, nothing was sent. */
export class DatabaseCannotSave extends Error {
  constructor(reason: string) {
    super(`Pacer cannot save: ${reason}`);
    this.name = 'DatabaseCannotSave';
  }
}

/** 1, 2, 4, 8 minutes, then every 15: retries within minutes, not at the next scheduled slot. */
export function retryDelayMs(failures: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, failures - 1), 15 * 60_000);
}

// Read-back looks a little before the intent: Slack's clock and ours may differ by a few seconds.
const CLOCK_SKEW_MS = 10 * 60_000;
// After this many transient failures in a row, the rest of the run waits for the retry pass instead
// of spending a timeout on every recipient while Slack is down.
const BREAKER_STREAK = 3;
// Deliveries in flight at once in a fan-out: enough to hide a round trip, few enough that a
// rate-limit pause or an outage stops the run within a handful of calls.
const FAN_OUT_CONCURRENCY = 4;

/** The stable name of one delivery: what the message metadata carries and read-back looks for. */
export const deliveryKey = (job: string, periodKey: string, recipient: string) =>
  `${job}:${periodKey}:${recipient}`;

/**
 * Transient failures in a row, and whether they tripped: the rest then waits for a later pass
 * instead of spending a timeout on every recipient while Slack is down. One run has its own; the
 * scheduler shares one across the runs of a job within a tick or retry pass, since target-told makes
 * each notice a run of its own and a per-run streak would never reach three.
 */
export class DeliveryBreaker {
  #streak = 0;
  #tripped: { code: string; next: Date } | null = null;

  /** The failure that tripped it and when to try again, or null while Slack answers. */
  get tripped(): { code: string; next: Date } | null {
    return this.#tripped;
  }

  succeeded(): void {
    this.#streak = 0;
  }

  failed(failure: SlackCallError, next: Date): void {
    this.#streak++;
    if (failure.kind === 'fatal' || this.#streak >= BREAKER_STREAK)
      this.#tripped = { code: failure.code, next };
  }
}

/**
 * Delivers the messages of one run, each exactly once per period (ADR 10): an intent is committed
 * before chat.postMessage leaves, carrying the delivery key in the message metadata; success is
 * recorded the moment Slack answers. A delivery whose intent exists without a success (a crash, a
 * timeout, a lost answer) is looked for in the channel's history before anything is sent again.
 */
export class RunDeliverer {
  constructor(
    private readonly deps: DeliveryDeps,
    private readonly job: string,
    private readonly periodKey: string,
    /** Manual runs try pending deliveries now, whatever their backoff says. */
    private readonly force: boolean,
    private readonly breaker: DeliveryBreaker = new DeliveryBreaker(),
  ) {}

  async deliver(
    recipient: string,
    outgoing: Outgoing | null | (() => Outgoing | null),
  ): Promise<DeliveryResult> {
    const { ledger, clock } = this.deps;
    const existing = ledger.delivery(this.job, this.periodKey, recipient);
    if (existing?.state === 'sent') return 'already-sent';
    if (existing?.state === 'refused') return 'refused';
    if (existing?.nextAttemptAt && existing.nextAttemptAt > clock.now() && !this.force) return 'pending';
    const out = typeof outgoing === 'function' ? outgoing() : outgoing;
    if (!out) return 'nothing';
    const failures = existing?.attempts ?? 0;
    const tripped = this.breaker.tripped;
    if (tripped) {
      ledger.postpone(this.job, this.periodKey, recipient, tripped.code, tripped.next, failures);
      return 'pending';
    }
    // Checked right before each send, not only by the watch's timer: a file deleted a second ago
    // would otherwise record this delivery where a restart never looks, and it would be sent again.
    const problem = this.deps.databaseProblem?.() ?? null;
    if (problem) throw new DatabaseCannotSave(problem);
    try {
      const channel = await this.#channelFor(out, existing?.channel ?? null);
      if (existing?.intentAt) {
        const found = await this.#readBack(channel, recipient, existing.intentAt);
        if (found) {
          ledger.recordSent(this.job, this.periodKey, { recipient, ...found }, clock.now());
          out.onSent?.(found);
          this.breaker.succeeded();
          return 'sent';
        }
      }
      ledger.recordIntent(this.job, this.periodKey, recipient, channel, clock.now());
      const posted = await this.deps.sender.post(
        { channel, ...out.message },
        deliveryKey(this.job, this.periodKey, recipient),
      );
      ledger.recordSent(this.job, this.periodKey, { recipient, ...posted }, clock.now());
      this.breaker.succeeded();
      out.onSent?.(posted);
      return 'sent';
    } catch (error) {
      return this.#failed(recipient, out, classifySlackError('chat.postMessage', error), failures + 1);
    }
  }

  /**
   * Where a delivery stands once it may no longer be sent (its deadline passed), without ever
   * sending: the ledger's word first (`already-sent`), then, when an intent was recorded (the answer
   * of a post was lost, or Pacer died mid-send), a read-back of the channel (`sent` when Slack holds
   * it). `refused`: Slack refused it for good. `nothing`: it never reached Slack. `pending`: the read-back could not be made now (Slack
   * failing, or the backoff not over); it is tried again later rather than guessed.
   */
  async confirm(recipient: string): Promise<'sent' | 'already-sent' | 'refused' | 'pending' | 'nothing'> {
    const { ledger, clock } = this.deps;
    const existing = ledger.delivery(this.job, this.periodKey, recipient);
    if (existing?.state === 'sent') return 'already-sent';
    if (existing?.state === 'refused') return 'refused';
    if (existing?.state !== 'pending' || !existing.intentAt || !existing.channel) return 'nothing';
    if (existing.nextAttemptAt && existing.nextAttemptAt > clock.now() && !this.force) return 'pending';
    if (this.breaker.tripped) return 'pending';
    const problem = this.deps.databaseProblem?.() ?? null;
    if (problem) throw new DatabaseCannotSave(problem);
    try {
      const found = await this.#readBack(existing.channel, recipient, existing.intentAt);
      if (!found) return 'nothing';
      ledger.recordSent(this.job, this.periodKey, { recipient, ...found }, clock.now());
      this.breaker.succeeded();
      return 'sent';
    } catch (error) {
      const failure = classifySlackError('conversations.history', error);
      const failures = existing.attempts + 1;
      const next = new Date(clock.now().getTime() + retryDelayMs(failures));
      ledger.postpone(this.job, this.periodKey, recipient, failure.code, next, failures);
      this.deps.logger.warn(
        `${deliveryKey(this.job, this.periodKey, recipient)}: cannot check Slack (${failure.code}); next try ${next.toISOString()}`,
      );
      this.breaker.failed(failure, next);
      return 'pending';
    }
  }

  /** Up to `concurrency` deliveries in flight; results in the order given. */
  async deliverAll(
    items: ReadonlyArray<{ recipient: string; outgoing: Outgoing | null | (() => Outgoing | null) }>,
    concurrency = FAN_OUT_CONCURRENCY,
  ): Promise<DeliveryResult[]> {
    const results: DeliveryResult[] = new Array(items.length);
    let next = 0;
    const worker = async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await this.deliver(items[i]!.recipient, items[i]!.outgoing);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
    return results;
  }

  async #channelFor(out: Outgoing, known: string | null): Promise<string> {
    if ('channel' in out.to) return out.to.channel;
    return known ?? (await this.deps.sender.imChannel(out.to.user));
  }

  async #readBack(channel: string, recipient: string, intentAt: Date) {
    const key = deliveryKey(this.job, this.periodKey, recipient);
    try {
      const found = await this.deps.sender.findDelivered(
        channel,
        key,
        new Date(intentAt.getTime() - CLOCK_SKEW_MS),
      );
      if (found) this.deps.logger.info(`${key}: found in Slack, not sent again`);
      return found;
    } catch (error) {
      const failure = classifySlackError('conversations.history', error);
      if (failure.kind === 'transient') throw failure;
      // Without the history scopes (an install from before they were added) nothing can be checked:
      // sending again risks a duplicate, but never sending risks a member missing the message.
      this.deps.logger.warn(
        `${key}: cannot check Slack before resending (${failure.code}); reinstall the app to add the history scopes`,
      );
      return null;
    }
  }

  #failed(recipient: string, out: Outgoing, failure: SlackCallError, failures: number): DeliveryResult {
    const { ledger, clock, logger } = this.deps;
    const key = deliveryKey(this.job, this.periodKey, recipient);
    if (failure.kind === 'refused') {
      ledger.recordRefused(this.job, this.periodKey, recipient, failure.code);
      logger.warn(`${key}: refused by Slack (${failure.method}: ${failure.code}); the fan-out goes on`);
      if ('user' in out.to && ACCOUNT_GONE.has(failure.code))
        this.deps.onAccountGone(out.to.user, failure.code);
      this.breaker.succeeded();
      return 'refused';
    }
    const next = new Date(clock.now().getTime() + retryDelayMs(failures));
    ledger.postpone(this.job, this.periodKey, recipient, failure.code, next, failures);
    logger.warn(
      `${key}: ${failure.method} failed (${failure.code}); pending, next try ${next.toISOString()}`,
    );
    this.breaker.failed(failure, next);
    return 'pending';
  }
}
