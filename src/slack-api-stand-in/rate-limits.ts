/**
 * Slack's message rate limits, enforced when asked (the fan-out bench): about one chat.postMessage
 * per second per channel with a short burst, and a workspace-wide rate. A call over either gets a
 * 429 with Retry-After in whole seconds, as Slack sends it.
 */
export interface RateLimits {
  perChannel?: { perSecond: number; burst: number };
  workspace?: { perSecond: number; burst: number };
}

class Bucket {
  #tokens: number;
  #at: number;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    now: number,
  ) {
    this.#tokens = burst;
    this.#at = now;
  }

  /** Ms until a token is free (0: one is). */
  wait(now: number): number {
    this.#tokens = Math.min(this.burst, this.#tokens + ((now - this.#at) / 1000) * this.perSecond);
    this.#at = now;
    return this.#tokens >= 1 ? 0 : ((1 - this.#tokens) / this.perSecond) * 1000;
  }

  take(): void {
    this.#tokens -= 1;
  }
}

export class RateLimiter {
  readonly #channels = new Map<string, Bucket>();
  readonly #workspace: Bucket | null;

  constructor(
    private readonly limits: RateLimits,
    private readonly now: () => number = () => performance.now(),
  ) {
    const w = limits.workspace;
    this.#workspace = w ? new Bucket(w.perSecond, w.burst, now()) : null;
  }

  /** Seconds to send as Retry-After, or 0 when the post may go ahead. */
  retryAfter(channel: string): number {
    const now = this.now();
    const c = this.limits.perChannel;
    let bucket = this.#channels.get(channel);
    if (c && !bucket) {
      bucket = new Bucket(c.perSecond, c.burst, now);
      this.#channels.set(channel, bucket);
    }
    // Only a post both limits let through uses up a token of each.
    const wait = Math.max(bucket?.wait(now) ?? 0, this.#workspace?.wait(now) ?? 0);
    if (wait > 0) return Math.max(1, Math.ceil(wait / 1000));
    bucket?.take();
    this.#workspace?.take();
    return 0;
  }
}
