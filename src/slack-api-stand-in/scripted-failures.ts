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
  /**
   * Only calls for this user: conversations.open for them, or a post to them or their DM channel.
   * With `times: Infinity`, a recipient Slack refuses for good.
   */
  user?: string;
  /** Only calls for this channel (a post, a history read…). */
  channel?: string;
  /**
   * The call takes effect (a message is stored) but its answer is lost: `drop` closes the connection
   * without an answer, `status` answers `status` (500 when left out) with an error body.
   */
  lost?: 'drop' | 'status';
  /** Never answer (until the stand-in closes). With `takeEffect`, the call is carried out first. */
  hang?: boolean;
  takeEffect?: boolean;
  /** Answer normally, but only after this many milliseconds. */
  delayMs?: number;
}

/** How the answer leaves: at once, later, never, or not at all (the connection dropped). */
export type Transport = { kind: 'now' } | { kind: 'delay'; ms: number } | { kind: 'hang' } | { kind: 'drop' };

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

  /**
   * The failure this call of `method` should get, if any: the first queued one whose scope (`user`,
   * `channel`) `inScope` accepts.
   */
  take(
    method: string,
    inScope: (failure: ScriptedFailure) => boolean = () => true,
  ): ScriptedFailure | undefined {
    const queue = this.#queues.get(method);
    const index = queue?.findIndex(inScope) ?? -1;
    if (!queue || index === -1) return undefined;
    const next = queue[index]!;
    if (next.after && next.after > 0) {
      next.after -= 1;
      return undefined;
    }
    next.times = (next.times ?? 1) - 1;
    if (next.times <= 0) queue.splice(index, 1);
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
