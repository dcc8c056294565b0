import cron, { type ScheduledTask } from 'node-cron';
import type { Clock } from '../clock.js';
import { lastOccurrence, type Schedule, toCron } from '../domain/schedule.js';
import type { Logger } from '../logger.js';
import type { JobLedgerRepository } from '../persistence/job-ledger-repository.js';
import {
  type SettingDef,
  type SettingsService,
  scheduleSetting,
  TIMEZONE,
} from '../services/settings-service.js';
import type { JobContext, JobDefinition, JobTrigger } from './job.js';

export interface SchedulerOptions {
  jobs: JobDefinition[];
  ledger: JobLedgerRepository;
  clock: Clock;
  logger: Logger;
  /** Schedules and the timezone are read from settings on every (re)load, so admins' changes apply. */
  settings: SettingsService;
  catchUpHours: number;
  /** When Pacer was installed on this database: catch-up never runs a slot scheduled before it. */
  installedAt?: Date;
}

export type RunStatus = 'ran' | 'incomplete' | 'already-done' | 'busy' | 'failed';

export interface RunResult {
  job: string;
  periodKey: string;
  status: RunStatus;
  summary?: string;
  error?: string;
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
    for (const periodKey of keys) results.push(await this.#runOnce(job, periodKey, at, 'schedule'));
    return results;
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
  }

  #unschedule(): void {
    for (const task of this.#tasks.splice(0)) void task.destroy();
  }

  #runOnce(job: JobDefinition, periodKey: string, firedAt: Date, trigger: JobTrigger): Promise<RunResult> {
    const key = `${job.name}:${periodKey}`;
    if (this.#inFlight.has(key)) {
      return Promise.resolve({ job: job.name, periodKey, status: 'busy' as const });
    }
    const work = this.#execute(job, periodKey, firedAt, trigger).finally(() => this.#inFlight.delete(key));
    this.#inFlight.set(key, work);
    return work;
  }

  async #execute(
    job: JobDefinition,
    periodKey: string,
    firedAt: Date,
    trigger: JobTrigger,
  ): Promise<RunResult> {
    const { ledger, clock } = this.#o;
    const run = ledger.claim(job.name, periodKey, trigger, clock.now());
    if (run.status === 'done') return { job: job.name, periodKey, status: 'already-done' };
    const logger = this.#o.logger.child(job.name);
    const ctx: JobContext = {
      job: job.name,
      periodKey,
      firedAt,
      trigger,
      timezone: this.#timezone(),
      logger,
      deliver: async (recipient, send) => {
        if (ledger.delivered(job.name, periodKey, recipient)) return 'already-sent';
        const posted = await send();
        if (!posted) return 'nothing';
        ledger.recordDelivery(job.name, periodKey, { recipient, ...posted }, clock.now());
        return 'sent';
      },
    };
    try {
      const outcome = await job.run(ctx);
      if (outcome.complete) ledger.finish(job.name, periodKey, clock.now());
      return {
        job: job.name,
        periodKey,
        status: outcome.complete ? 'ran' : 'incomplete',
        summary: outcome.summary,
      };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      ledger.noteError(job.name, periodKey, message);
      logger.error(`job ${job.name} ${periodKey} failed; it resumes on the next start or run`, error);
      return { job: job.name, periodKey, status: 'failed', error: message };
    }
  }
}
