import cron, { type ScheduledTask } from 'node-cron';
import type { Clock } from '../clock.js';
import { parsePeriod } from '../domain/periods.js';
import { lastOccurrence, type Schedule, toCron } from '../domain/schedule.js';
import { addDays, instantAt } from '../domain/time.js';
import { createTranslator, type Speaker } from '../i18n/translator.js';
import type { Logger } from '../logger.js';
import type { Delivery, JobLedgerRepository } from '../persistence/job-ledger-repository.js';
import {
  type SettingDef,
  type SettingsService,
  scheduleSetting,
  TIMEZONE,
} from '../services/settings-service.js';
import { DeliveryBreaker, RunDeliverer } from './delivery.js';
import type { JobContext, JobDefinition, JobTrigger } from './job.js';
import { refusalNotice } from './refusal-notice.js';
import type { SlackSender } from './slack-sender.js';

const ENGLISH = createTranslator().speaker('en');

export interface SchedulerOptions {
  jobs: JobDefinition[];
  ledger: JobLedgerRepository;
  clock: Clock;
  logger: Logger;
  sender: SlackSender;
  /** Who is told when Slack refuses a recipient for good: PACER_ADMINS and admin members. */
  admins(): string[];
  /** Slack says a member's account is gone: mark them inactive. */
  onAccountGone(userId: string, code: string): void;
  /** Schedules and the timezone are read from settings on every (re)load, so admins' changes apply. */
  settings: SettingsService;
  catchUpHours: number;
  /** When Pacer was installed on this database: catch-up never runs a slot scheduled before it. */
  installedAt?: Date;
  /**
   * Why the database cannot keep writes right now (a fresh check), or null. While it says so no run
   * starts and no message leaves: a message sent but recorded in a lost file would be sent again.
   */
  databaseProblem?: () => string | null;
  /** The words for one admin (their language); English when not given. */
  speakerFor?: (userId: string) => Speaker;
}

export type RunStatus = 'ran' | 'incomplete' | 'already-done' | 'busy' | 'failed';

/** Where a run's messages stand, from the ledger (admin notices left out). */
export interface DeliveryTally {
  sent: number;
  total: number;
  refused: Array<{ recipient: string; channel: string | null; error: string }>;
  pending: Array<{
    recipient: string;
    channel: string | null;
    error: string | null;
    nextAttemptAt: Date | null;
  }>;
}

export interface RunResult {
  job: string;
  periodKey: string;
  status: RunStatus;
  summary?: string;
  error?: string;
  /** Why the database could not keep the run (it did not start); `/pacer run` says it in words. */
  databaseProblem?: string;
  deliveries?: DeliveryTally;
}

/** One run to make: the job, its period, when it fired, why, and the pass's breaker if it shares one. */
type RunArgs = [
  job: JobDefinition,
  periodKey: string,
  firedAt: Date,
  trigger: JobTrigger,
  breaker?: DeliveryBreaker,
];

const NOTICE = 'notice:';
const isNotice = (recipient: string) => recipient.startsWith(NOTICE);
// The scheduler's retry pass: pending deliveries are tried again within minutes.
const RETRY_PASS_CRON = '* * * * *';

export function tallyOf(deliveries: Delivery[]): DeliveryTally {
  const mine = deliveries.filter((d) => !isNotice(d.recipient));
  return {
    sent: mine.filter((d) => d.state === 'sent').length,
    total: mine.length,
    refused: mine
      .filter((d) => d.state === 'refused')
      .map((d) => ({ recipient: d.recipient, channel: d.channel, error: d.lastError ?? 'unknown_error' })),
    pending: mine
      .filter((d) => d.state === 'pending')
      .map((d) => ({
        recipient: d.recipient,
        channel: d.channel,
        error: d.lastError,
        nextAttemptAt: d.nextAttemptAt,
      })),
  };
}

/**
 * Fires jobs from node-cron and keeps the ledger promise: one run per job and period, resumed
 * (never repeated) after a crash, and caught up once after downtime within the grace window.
 */
export class Scheduler {
  readonly #o: SchedulerOptions;
  readonly #tasks: ScheduledTask[] = [];
  readonly #inFlight = new Map<string, Promise<RunResult>>();
  #stopping = false;
  #cron = true;

  constructor(options: SchedulerOptions) {
    this.#o = options;
  }

  /** True once stop() was called: /healthz reports a stopped scheduler. */
  get stopped(): boolean {
    return this.#stopping;
  }

  get jobs(): readonly JobDefinition[] {
    return this.#o.jobs;
  }

  scheduleSetting(job: JobDefinition): SettingDef<Schedule> {
    return scheduleSetting(job.name, job.defaultSchedule);
  }

  scheduleOf(job: JobDefinition): Schedule {
    return this.#o.settings.get(this.scheduleSetting(job));
  }

  #timezone(): string {
    return this.#o.settings.get(TIMEZONE);
  }

  find(name: string): JobDefinition | undefined {
    return this.#o.jobs.find((job) => job.name === name);
  }

  /**
   * Registers the cron tasks, then catches up what was missed while the bot was down. Without
   * `cron` (tests with a pinned clock) jobs run only when asked, so wall-clock ticks never interfere.
   */
  async start(options: { cron?: boolean; catchUp?: boolean } = {}): Promise<RunResult[]> {
    this.#cron = options.cron ?? true;
    if (this.#cron) this.#schedule();
    return (options.catchUp ?? true) ? this.catchUp() : [];
  }

  /** Applies changed schedules or timezone without a restart. */
  reload(): void {
    this.#unschedule();
    if (this.#cron) this.#schedule();
  }

  cronTasks(): Array<{ job: string; expression: string; timezone: string }> {
    const timezone = this.#timezone();
    return this.#o.jobs.map((job) => ({ job: job.name, expression: toCron(this.scheduleOf(job)), timezone }));
  }

  /** Runs a job for the period that holds `at` (now by default), subject to the ledger. */
  run(name: string, trigger: JobTrigger, at: Date = this.#o.clock.now()): Promise<RunResult> {
    const job = this.find(name);
    if (!job) return Promise.reject(new Error(`unknown job ${name}`));
    const periodKey = job.periodKey(at, this.#timezone());
    return this.#runOnce(job, periodKey, at, trigger);
  }

  /**
   * What a scheduled tick does: runs the job for every period in play at `at` (one for most jobs),
   * each subject to the ledger. Results come in `periodsInPlay` order, the current period first.
   */
  async tick(name: string, at: Date = this.#o.clock.now()): Promise<RunResult[]> {
    const job = this.find(name);
    if (!job) throw new Error(`unknown job ${name}`);
    const timezone = this.#timezone();
    const keys = job.periodsInPlay?.(at, timezone) ?? [job.periodKey(at, timezone)];
    const results: RunResult[] = [];
    // One breaker for the tick: target-told's runs (one per notice) stop after a few failures in a
    // row instead of each spending a timeout while Slack hangs; the rest wait for the next pass.
    const breaker = new DeliveryBreaker();
    for (const periodKey of keys) {
      if (breaker.tripped) break;
      results.push(await this.#runOnce(job, periodKey, at, 'schedule', breaker));
    }
    return results;
  }

  /**
   * The retry pass (every minute on cron; tests call it): each open run with a delivery that is due
   * for another try runs again, until the period it covers ends. Deliveries already made are skipped
   * by the ledger, so this only sends what is still pending.
   */
  async retryPending(at: Date = this.#o.clock.now()): Promise<RunResult[]> {
    const timezone = this.#timezone();
    const due: Array<{ job: JobDefinition; periodKey: string; started: Date }> = [];
    for (const open of this.#o.ledger.unfinished()) {
      const job = this.find(open.job);
      if (!job) continue;
      const waiting = this.#o.ledger
        .deliveries(job.name, open.period_key)
        .some((d) => d.state === 'pending' && (d.nextAttemptAt === null || d.nextAttemptAt <= at));
      if (!waiting) continue;
      const started = new Date(open.started_at);
      if (at > this.deliverUntil(job, open.period_key, started, timezone)) continue;
      due.push({ job, periodKey: open.period_key, started });
    }
    // Jobs with few runs due go first: a job with many (target-told, a run per notice) never holds
    // up the weekly reminder's retry; within a job, oldest first.
    const count = new Map<string, number>();
    for (const d of due) count.set(d.job.name, (count.get(d.job.name) ?? 0) + 1);
    due.sort((a, b) => count.get(a.job.name)! - count.get(b.job.name)!);
    // A breaker per job for the pass, shared by its runs: after a few failures in a row the job's
    // other runs wait for the next pass rather than each spending a timeout while Slack hangs.
    const breakers = new Map<string, DeliveryBreaker>();
    const results: RunResult[] = [];
    for (const { job, periodKey, started } of due) {
      const breaker = breakers.get(job.name) ?? new DeliveryBreaker();
      breakers.set(job.name, breaker);
      if (breaker.tripped) continue;
      results.push(await this.#runOnce(job, periodKey, started, 'retry', breaker));
    }
    return results;
  }

  /** Until when a period's pending deliveries are retried (see JobDefinition.deliverUntil). */
  deliverUntil(job: JobDefinition, periodKey: string, startedAt: Date, timezone = this.#timezone()): Date {
    if (job.deliverUntil) return job.deliverUntil(periodKey, timezone, startedAt);
    const period = parsePeriod(periodKey);
    if (period) return instantAt(addDays(period.end, 1), '00:00', timezone);
    return new Date(startedAt.getTime() + 24 * 3_600_000);
  }

  /** Open runs of a job and where their messages stand, for `/pacer schedule`. */
  openRuns(name: string): Array<{ periodKey: string; lastError: string | null; deliveries: DeliveryTally }> {
    return this.#o.ledger.unfinished(name).map((run) => ({
      periodKey: run.period_key,
      lastError: run.last_error,
      deliveries: tallyOf(this.#o.ledger.deliveries(name, run.period_key)),
    }));
  }

  async catchUp(): Promise<RunResult[]> {
    const now = this.#o.clock.now();
    const graceMs = this.#o.catchUpHours * 3_600_000;
    const results: RunResult[] = [];
    for (const job of this.#o.jobs) {
      const schedule = this.scheduleOf(job);
      // Jobs that tick every few minutes continue their open runs on their own next tick.
      if (schedule.kind === 'every') continue;
      for (const open of this.#o.ledger.unfinished(job.name)) {
        const started = new Date(open.started_at);
        if (now.getTime() - started.getTime() <= graceMs) {
          results.push(await this.#runOnce(job, open.period_key, started, 'resume'));
        } else {
          this.#o.logger.warn(`job ${job.name} ${open.period_key}: left unfinished, too old to resume`);
        }
      }
      const missed = lastOccurrence(schedule, now, this.#timezone());
      if (!missed) continue;
      const periodKey = job.periodKey(missed, this.#timezone());
      if (this.#o.ledger.run(job.name, periodKey)) continue;
      // Pacer was not there at that slot, so nothing was missed: no last month's awards on day one.
      if (this.#o.installedAt && missed < this.#o.installedAt) continue;
      if (now.getTime() - missed.getTime() > graceMs) {
        this.#o.logger.warn(
          `job ${job.name} ${periodKey}: missed at ${missed.toISOString()}, older than the ` +
            `${this.#o.catchUpHours} h catch-up window, skipped`,
        );
        continue;
      }
      results.push(await this.#runOnce(job, periodKey, missed, 'catch-up'));
    }
    return results;
  }

  /** Stops firing, then waits (bounded) for runs under way. */
  async stop(timeoutMs = 3_000): Promise<void> {
    this.#stopping = true;
    this.#unschedule();
    const pending = [...this.#inFlight.values()];
    if (pending.length === 0) return;
    await Promise.race([Promise.allSettled(pending), new Promise((r) => setTimeout(r, timeoutMs).unref())]);
  }

  #schedule(): void {
    const timezone = this.#timezone();
    for (const job of this.#o.jobs) {
      const expression = toCron(this.scheduleOf(job));
      const task = cron.schedule(
        expression,
        async () => {
          if (this.#stopping) return;
          for (const result of await this.tick(job.name)) {
            this.#o.logger.info(`job ${job.name} ${result.periodKey}: ${result.status}`);
          }
        },
        { timezone, name: job.name, noOverlap: true },
      );
      this.#tasks.push(task);
    }
    this.#tasks.push(
      cron.schedule(
        RETRY_PASS_CRON,
        async () => {
          if (this.#stopping) return;
          for (const result of await this.retryPending()) {
            this.#o.logger.info(`job ${result.job} ${result.periodKey} retried: ${result.status}`);
          }
        },
        { timezone, name: 'retry-pending', noOverlap: true },
      ),
    );
  }

  #unschedule(): void {
    for (const task of this.#tasks.splice(0)) void task.destroy();
  }

  #runOnce(...args: RunArgs): Promise<RunResult> {
    const [job, periodKey] = args;
    const key = `${job.name}:${periodKey}`;
    if (this.#inFlight.has(key)) {
      return Promise.resolve({ job: job.name, periodKey, status: 'busy' as const });
    }
    const work = this.#execute(...args).finally(() => this.#inFlight.delete(key));
    this.#inFlight.set(key, work);
    return work;
  }

  async #execute(...[job, periodKey, firedAt, trigger, breaker]: RunArgs): Promise<RunResult> {
    const { ledger, clock } = this.#o;
    const problem = this.#o.databaseProblem?.() ?? null;
    if (problem) {
      // Nothing is claimed or noted (the ledger cannot write): the next tick or retry pass tries again.
      const error = `Pacer cannot save: ${problem}`;
      return { job: job.name, periodKey, status: 'failed', error, databaseProblem: problem };
    }
    const run = ledger.claim(job.name, periodKey, trigger, clock.now());
    if (run.status === 'done') return { job: job.name, periodKey, status: 'already-done' };
    const logger = this.#o.logger.child(job.name);
    const deliverer = new RunDeliverer(
      {
        ledger,
        sender: this.#o.sender,
        clock,
        logger,
        onAccountGone: this.#o.onAccountGone,
        ...(this.#o.databaseProblem ? { databaseProblem: this.#o.databaseProblem } : {}),
      },
      job.name,
      periodKey,
      trigger === 'manual',
      breaker,
    );
    const ctx: JobContext = {
      job: job.name,
      periodKey,
      firedAt,
      trigger,
      timezone: this.#timezone(),
      logger,
      deliver: (recipient, outgoing) => deliverer.deliver(recipient, outgoing),
      confirm: (recipient) => deliverer.confirm(recipient),
      deliverAll: (items) => deliverer.deliverAll(items),
    };
    try {
      const outcome = await job.run(ctx);
      await this.#tellAdmins(job.name, periodKey, deliverer);
      const all = ledger.deliveries(job.name, periodKey);
      const deliveries = tallyOf(all);
      // Open while anything (admin notices too) waits for another try: the retry pass finishes it.
      const waiting = all.some((d) => d.state === 'pending') && !outcome.abandonPending;
      const complete = outcome.complete && !waiting;
      if (complete) ledger.finish(job.name, periodKey, clock.now());
      else ledger.noteError(job.name, periodKey, waiting ? 'deliveries pending' : null);
      return {
        job: job.name,
        periodKey,
        status: complete ? 'ran' : 'incomplete',
        summary: outcome.summary,
        deliveries,
      };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      try {
        ledger.noteError(job.name, periodKey, message);
      } catch (noteError) {
        // The database refused the note itself (it cannot save): the result still says what happened.
        logger.warn(`job ${job.name} ${periodKey}: could not note the failure`, noteError);
      }
      logger.error(`job ${job.name} ${periodKey} failed; it resumes on the next start or run`, error);
      return {
        job: job.name,
        periodKey,
        status: 'failed',
        error: message,
        deliveries: tallyOf(ledger.deliveries(job.name, periodKey)),
      };
    }
  }

  #speakerFor(userId: string): Speaker {
    return this.#o.speakerFor?.(userId) ?? ENGLISH;
  }

  // One DM per admin per refused recipient per job and period: the notice is a delivery of its own,
  // so it is sent exactly once however many ticks, retries and restarts the run sees.
  async #tellAdmins(job: string, periodKey: string, deliverer: RunDeliverer): Promise<void> {
    const refused = this.#o.ledger
      .deliveries(job, periodKey)
      .filter((d) => d.state === 'refused' && !isNotice(d.recipient));
    if (refused.length === 0) return;
    const admins = this.#o.admins();
    for (const delivery of refused) {
      for (const admin of admins) {
        if (admin === delivery.recipient) continue;
        await deliverer.deliver(`${NOTICE}${delivery.recipient}:${admin}`, {
          to: { user: admin },
          message: refusalNotice(job, periodKey, delivery, this.#speakerFor(admin)),
        });
      }
    }
  }
}
