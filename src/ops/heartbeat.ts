import cron, { type ScheduledTask } from 'node-cron';
import type { Clock } from '../clock.js';

/** A beat every minute; a scheduler whose last beat is older than this has stalled. */
export const STALL_AFTER_MS = 3 * 60_000;

export interface SchedulerStatus {
  state: 'running' | 'stalled' | 'stopped' | 'not started';
  lastTick: string | null;
  lastTickAgeSeconds: number | null;
}

/**
 * Proof that the scheduler's timers still fire: node-cron ticks a beat every minute beside the jobs
 * (which may fire only weekly). /healthz reports the age of the last beat and goes 503 once it is
 * older than STALL_AFTER_MS or the scheduler was stopped.
 */
export class SchedulerHeartbeat {
  readonly #clock: Clock;
  readonly #isStopped: () => boolean;
  #task: ScheduledTask | undefined;
  #last: Date | null = null;

  constructor(clock: Clock, isStopped: () => boolean) {
    this.#clock = clock;
    this.#isStopped = isStopped;
  }

  /** Beats now, then every minute when `cron` is on (tests with a pinned clock beat by hand). */
  start(options: { cron: boolean }): void {
    this.beat();
    if (options.cron) this.#task = cron.schedule('* * * * *', () => this.beat(), { name: 'heartbeat' });
  }

  beat(): void {
    this.#last = this.#clock.now();
  }

  stop(): void {
    void this.#task?.destroy();
    this.#task = undefined;
  }

  status(): SchedulerStatus {
    if (!this.#last) return { state: 'not started', lastTick: null, lastTickAgeSeconds: null };
    const ageMs = this.#clock.now().getTime() - this.#last.getTime();
    const state = this.#isStopped() ? 'stopped' : ageMs > STALL_AFTER_MS ? 'stalled' : 'running';
    return { state, lastTick: this.#last.toISOString(), lastTickAgeSeconds: Math.round(ageMs / 1000) };
  }
}
