type Json = Record<string, unknown>;

export interface ScriptedFailure {
  /** An HTTP status such as 429 or 503. */
  status?: number;
  /** Seconds, sent as Retry-After with a 429 (1 when left out). */
  retryAfter?: number;
  /** An ok:false error code; sent with HTTP 200 unless `status` says otherwise. */
  error?: string;
  /** How many calls in a row fail; 1 by default. */
  times?: number;
  /** Let this many calls succeed first (to fail in the middle of a fan-out). */
  after?: number;
}

export interface FailureReply {
  status: number;
  headers: Record<string, string>;
  body: Json;
}

/** Failures queued per method (or 'response_url'), consumed one call at a time. */
export class FailureScript {
  readonly #queues = new Map<string, ScriptedFailure[]>();

  add(method: string, failure: ScriptedFailure): void {
    const queue = this.#queues.get(method) ?? [];
    // A copy, because taking a failure counts its times and after down.
    queue.push({ ...failure });
    this.#queues.set(method, queue);
  }

  /** The failure this call of `method` should get, if any. */
  take(method: string): ScriptedFailure | undefined {
    const queue = this.#queues.get(method);
    const next = queue?.[0];
    if (!queue || !next) return undefined;
    if (next.after && next.after > 0) {
      next.after -= 1;
      return undefined;
    }
    next.times = (next.times ?? 1) - 1;
    if (next.times <= 0) queue.shift();
    return next;
  }

  clear(): void {
    this.#queues.clear();
  }
}

const STATUS_ERRORS: Record<number, string> = {
  429: 'ratelimited',
  500: 'internal_error',
  502: 'bad_gateway',
  503: 'service_unavailable',
  504: 'request_timeout',
};

/** What Slack sends for such a failure: a 429 carries Retry-After, which WebClient honours. */
export function failureReply(failure: ScriptedFailure): FailureReply {
  const status = failure.status ?? 200;
  const error = failure.error ?? STATUS_ERRORS[status] ?? 'fatal_error';
  const headers: Record<string, string> =
    status === 429 ? { 'retry-after': String(failure.retryAfter ?? 1) } : {};
  return { status, headers, body: { ok: false, error } };
}
