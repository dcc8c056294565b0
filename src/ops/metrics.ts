import { statSync } from 'node:fs';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

export type CommandOutcome = 'answered' | 'late' | 'error';
export type JobOutcome = 'ran' | 'incomplete' | 'already-done' | 'busy' | 'failed';
export type DeliveryOutcome = 'sent' | 'retried' | 'failed';

/**
 * What Pacer counts for Prometheus (GET /metrics). Its own registry, passed in, never prom-client's
 * global one: two Pacers in one test process keep separate counts. The methods are the interface the
 * rest of the code calls; nothing else imports prom-client.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly #commands: Counter<'command' | 'outcome'>;
  readonly #ack: Histogram<'command'>;
  readonly #jobRuns: Counter<'job' | 'outcome'>;
  readonly #jobSeconds: Histogram<'job'>;
  readonly #deliveries: Counter<'outcome'>;
  readonly #rateLimitWaits: Counter;
  readonly #rateLimitSeconds: Counter;

  constructor(options: { databasePath: string; processMetrics?: boolean }) {
    const registers = [this.registry];
    this.#commands = new Counter({
      name: 'pacer_commands_total',
      help: 'Slash commands handled, by command and how the answer went (in the ack, late by response_url, error).',
      labelNames: ['command', 'outcome'],
      registers,
    });
    this.#ack = new Histogram({
      name: 'pacer_command_ack_seconds',
      help: 'Time from the command reaching its listener to the ack, by command.',
      labelNames: ['command'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 1.5, 2.5],
      registers,
    });
    this.#jobRuns = new Counter({
      name: 'pacer_job_runs_total',
      help: 'Scheduled job runs, by job and outcome.',
      labelNames: ['job', 'outcome'],
      registers,
    });
    this.#jobSeconds = new Histogram({
      name: 'pacer_job_run_seconds',
      help: 'How long job runs took, by job.',
      labelNames: ['job'],
      buckets: [0.1, 0.5, 1, 5, 15, 60, 300, 1800],
      registers,
    });
    this.#deliveries = new Counter({
      name: 'pacer_deliveries_total',
      help: 'Scheduled messages to Slack: sent, retried (a retry after a 429 or 5xx) or failed for good.',
      labelNames: ['outcome'],
      registers,
    });
    this.#rateLimitWaits = new Counter({
      name: 'pacer_rate_limit_waits_total',
      help: 'Times the sender waited for Slack rate limits (Retry-After or its own pacing).',
      registers,
    });
    this.#rateLimitSeconds = new Counter({
      name: 'pacer_rate_limit_wait_seconds_total',
      help: 'Seconds spent waiting for Slack rate limits.',
      registers,
    });
    const path = options.databasePath;
    new Gauge({
      name: 'pacer_database_bytes',
      help: 'Size of the SQLite database file and its write-ahead log.',
      registers,
      collect() {
        if (path === ':memory:') return this.set(0);
        let bytes = 0;
        for (const file of [path, `${path}-wal`]) {
          try {
            bytes += statSync(file).size;
          } catch {
            // no WAL right after a checkpoint
          }
        }
        this.set(bytes);
      },
    });
    if (options.processMetrics ?? true) collectDefaultMetrics({ register: this.registry, prefix: 'pacer_' });
  }

  command(command: string, outcome: CommandOutcome, ackSeconds: number): void {
    this.#commands.inc({ command, outcome });
    this.#ack.observe({ command }, ackSeconds);
  }

  jobRun(job: string, outcome: JobOutcome, seconds: number): void {
    this.#jobRuns.inc({ job, outcome });
    this.#jobSeconds.observe({ job }, seconds);
  }

  /** For the sender / delivery code: one call per message outcome. */
  delivery(outcome: DeliveryOutcome): void {
    this.#deliveries.inc({ outcome });
  }

  rateLimitWait(seconds: number): void {
    this.#rateLimitWaits.inc();
    this.#rateLimitSeconds.inc(seconds);
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
