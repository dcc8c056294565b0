/**
 * A token bucket per caller: `perMinute` requests a minute on average, up to `perMinute` at once
 * after a quiet minute. Time comes in as milliseconds, so the rule is testable without a clock.
 */
export class TokenBuckets {
  readonly #buckets = new Map<string, { tokens: number; at: number }>();
  readonly #perMs: number;

  constructor(
    private readonly perMinute: number,
    /** Buckets untouched this long are full again and are forgotten (keeps the map small). */
    private readonly forgetAfterMs = 10 * 60_000,
  ) {
    this.#perMs = perMinute / 60_000;
  }

  /** Takes one token: `{ ok: true }`, or the whole seconds to wait until one is there. */
  take(caller: string, nowMs: number): { ok: true } | { ok: false; retryAfterSeconds: number } {
    const bucket = this.#buckets.get(caller) ?? { tokens: this.perMinute, at: nowMs };
    const tokens = Math.min(this.perMinute, bucket.tokens + Math.max(0, nowMs - bucket.at) * this.#perMs);
    if (tokens >= 1) {
      this.#buckets.set(caller, { tokens: tokens - 1, at: nowMs });
      this.#sweep(nowMs);
      return { ok: true };
    }
    this.#buckets.set(caller, { tokens, at: nowMs });
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / this.#perMs / 1000)) };
  }

  #sweep(nowMs: number): void {
    if (this.#buckets.size < 1_000) return;
    for (const [caller, bucket] of this.#buckets) {
      if (nowMs - bucket.at > this.forgetAfterMs) this.#buckets.delete(caller);
    }
  }
}
