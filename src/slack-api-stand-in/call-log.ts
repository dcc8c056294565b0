type Json = Record<string, unknown>;

export interface RecordedCall {
  /** The Web API method, or 'response_url' for posts to a response URL. */
  method: string;
  token: string | undefined;
  /** The parsed body; JSON-encoded fields (blocks, view…) are parsed back into objects. */
  body: Json;
  at: number;
  response: Json;
  status: number;
  /**
   * A scripted fault in how the answer travelled: `lost` (carried out, answer dropped or replaced by
   * a 500), `hang` (never answered), `slow` (answered late). `response` is what Slack did.
   */
  fault?: 'lost' | 'hang' | 'slow';
}

export type CallListener = (call: RecordedCall) => void;

interface Waiter {
  predicate: (call: RecordedCall) => boolean;
  resolve: (call: RecordedCall) => void;
}

/** Every call the stand-in answered, refused or failed, in arrival order. */
export class CallLog {
  readonly #calls: RecordedCall[] = [];
  readonly #waiters = new Set<Waiter>();
  readonly #listeners = new Set<CallListener>();

  record(call: RecordedCall): void {
    // Stored before anyone is told, so predicates that look at the whole log see this call too.
    this.#calls.push(call);
    for (const waiter of [...this.#waiters]) {
      if (waiter.predicate(call)) {
        this.#waiters.delete(waiter);
        waiter.resolve(call);
      }
    }
    for (const listener of this.#listeners) listener(call);
  }

  list(method?: string): RecordedCall[] {
    return method ? this.#calls.filter((c) => c.method === method) : [...this.#calls];
  }

  /** Resolves with the first matching call, recorded already or still to come. */
  // Ten seconds: a call that comes at all comes well within it, also on a loaded CI machine where a
  // test's first chart waits for the chart worker to start (1–4 s) and holds a Home tab's refresh.
  waitFor(predicate: (call: RecordedCall) => boolean, timeoutMs = 10_000): Promise<RecordedCall> {
    const found = this.#calls.find(predicate);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        if (this.#waiters.delete(waiter)) reject(new Error(this.#timeoutMessage(timeoutMs)));
      }, timeoutMs);
      // A forgotten wait must not keep a test process alive.
      timer.unref();
      const waiter: Waiter = {
        predicate,
        resolve: (call) => {
          clearTimeout(timer);
          resolve(call);
        },
      };
      this.#waiters.add(waiter);
    });
  }

  /** Calls `listener` for every call from now on; returns the unsubscribe function. */
  subscribe(listener: CallListener): () => void {
    this.#listeners.add(listener);
    return () => void this.#listeners.delete(listener);
  }

  clear(): void {
    this.#calls.length = 0;
  }

  #timeoutMessage(timeoutMs: number): string {
    const seen = this.#calls.map((c) => {
      const name = c.method === 'response_url' ? `response_url[${String(c.body.responseId)}]` : c.method;
      return c.response.ok === false ? `${name}(${String(c.response.error)})` : name;
    });
    // The latest calls are the telling ones; a long test would otherwise bury them.
    const shown = seen.length > 40 ? [`…${seen.length - 40} earlier`, ...seen.slice(-40)] : seen;
    return (
      `no matching Slack API call within ${timeoutMs} ms; ` +
      `calls so far (${seen.length}): ${shown.join(', ') || 'none'}`
    );
  }
}
