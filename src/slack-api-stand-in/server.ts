import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { validateMessage } from './block-kit-rules.js';
import { METHODS, type MethodResult } from './methods.js';
import { type StandInUser, type StoredMessage, WorkspaceState } from './workspace-state.js';

type Json = Record<string, unknown>;

export interface RecordedCall {
  /** The Web API method, or 'response_url' for posts to a command's response URL. */
  method: string;
  token: string | undefined;
  /** The parsed body; JSON-encoded fields (blocks, view…) are parsed back into objects. */
  body: Json;
  at: number;
  response: Json;
  status: number;
}

export interface ScriptedFailure {
  /** An HTTP status such as 429 or 503. */
  status?: number;
  /** Seconds, sent as Retry-After with a 429. */
  retryAfter?: number;
  /** An ok:false error code, sent with HTTP 200. */
  error?: string;
  /** How many calls in a row fail; 1 by default. */
  times?: number;
  /** Let this many calls succeed first (to fail in the middle of a fan-out). */
  after?: number;
}

export interface SlackApiStandInOptions {
  botToken?: string;
  /** App-level token (xapp-…) accepted by apps.connections.open, for Socket Mode. */
  appToken?: string;
  /** The WebSocket URL apps.connections.open hands out (a local ws:// server in tests). */
  socketModeUrl?: string;
  teamId?: string;
  botUserId?: string;
  users?: StandInUser[];
  port?: number;
  host?: string;
}

export interface SlackApiStandIn {
  /** For WebClient's slackApiUrl: `http://127.0.0.1:PORT/api/`. */
  readonly url: string;
  readonly origin: string;
  calls(method?: string): RecordedCall[];
  responseUrl(id?: string): string;
  responses(id: string): RecordedCall[];
  waitForCall(predicate: (c: RecordedCall) => boolean, timeoutMs?: number): Promise<RecordedCall>;
  failNext(method: string, failure: ScriptedFailure): void;
  addUser(user: StandInUser): void;
  messages(channel: string): StoredMessage[];
  homeView(userId: string): unknown | undefined;
  reset(): void;
  close(): Promise<void>;
}

// Slack allows a response_url to be used five times.
const RESPONSE_URL_USES = 5;
const JSON_FIELDS = ['blocks', 'attachments', 'view', 'metadata', 'unfurl_links', 'unfurl_media'];

/**
 * Starts a local HTTP server that answers like Slack's Web API: it keeps a small workspace state,
 * refuses what Slack refuses, records every call, and can be scripted to fail.
 */
export async function startSlackApiStandIn(options: SlackApiStandInOptions = {}): Promise<SlackApiStandIn> {
  const botToken = options.botToken ?? 'xoxb-test-token';
  const state = new WorkspaceState(
    options.teamId ?? 'T0PACER',
    options.botUserId ?? 'UPACERBOT',
    options.users ?? [],
  );
  const calls: RecordedCall[] = [];
  const failures = new Map<string, ScriptedFailure[]>();
  const waiters = new Set<{ predicate: (c: RecordedCall) => boolean; resolve: (c: RecordedCall) => void }>();
  let responseCounter = 0;

  const record = (call: RecordedCall) => {
    calls.push(call);
    for (const waiter of [...waiters]) {
      if (waiter.predicate(call)) {
        waiters.delete(waiter);
        waiter.resolve(call);
      }
    }
  };

  const takeFailure = (method: string): ScriptedFailure | undefined => {
    const queue = failures.get(method);
    const next = queue?.[0];
    if (!next) return undefined;
    if (next.after && next.after > 0) {
      next.after -= 1;
      return undefined;
    }
    next.times = (next.times ?? 1) - 1;
    if (next.times <= 0) queue.shift();
    return next;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const raw = await readBody(req);
    const body = parseBody(raw, String(req.headers['content-type'] ?? ''));
    const at = Date.now();
    const send = (status: number, response: Json, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(JSON.stringify(response));
      return { status, response };
    };

    const responseMatch = /^\/response\/([\w-]+)$/.exec(url.pathname);
    if (req.method === 'POST' && responseMatch) {
      const responseId = responseMatch[1]!;
      const recorded = { ...body, responseId };
      const used = calls.filter(
        (c) => c.method === 'response_url' && c.body.responseId === responseId,
      ).length;
      const failure = takeFailure('response_url');
      let outcome: { status: number; response: Json };
      if (failure) outcome = sendFailure(send, failure);
      else if (used >= RESPONSE_URL_USES) outcome = send(404, { ok: false, error: 'used_url' });
      else {
        const refused = body.delete_original === true ? null : validateMessage(body);
        outcome = refused ? send(200, refusal(refused)) : send(200, { ok: true });
      }
      record({ method: 'response_url', token: undefined, body: recorded, at, ...outcome });
      return;
    }

    const methodMatch = /^\/api\/([\w.]+)$/.exec(url.pathname);
    if (req.method !== 'POST' || !methodMatch) {
      send(404, { ok: false, error: 'not_found' });
      return;
    }
    const method = methodMatch[1]!;
    const token =
      bearer(req.headers.authorization) ?? (typeof body.token === 'string' ? body.token : undefined);
    let outcome: { status: number; response: Json };
    const failure = takeFailure(method);
    if (failure) outcome = sendFailure(send, failure);
    else if (!token) outcome = send(200, { ok: false, error: 'not_authed' });
    else if (method === 'apps.connections.open') {
      // Only an app-level token opens a Socket Mode connection, as in Slack.
      outcome =
        options.appToken && token === options.appToken && options.socketModeUrl
          ? send(200, { ok: true, url: options.socketModeUrl })
          : send(200, {
              ok: false,
              error: token.startsWith('xoxb-') ? 'not_allowed_token_type' : 'invalid_auth',
            });
    } else if (token !== botToken) outcome = send(200, { ok: false, error: 'invalid_auth' });
    else {
      const handler = METHODS[method];
      const result: MethodResult = handler ? handler(state, body) : { ok: false, error: 'unknown_method' };
      outcome = send(200, result);
    }
    record({ method, token, body, at, ...outcome });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: false, error: 'internal_error', detail: String(error) }));
    });
  });
  await new Promise<void>((resolve) =>
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve),
  );
  const address = server.address() as AddressInfo;
  const origin = `http://${options.host ?? '127.0.0.1'}:${address.port}`;

  return {
    url: `${origin}/api/`,
    origin,
    calls: (method) => (method ? calls.filter((c) => c.method === method) : [...calls]),
    responseUrl: (id) => `${origin}/response/${id ?? `r${++responseCounter}`}`,
    responses: (id) => calls.filter((c) => c.method === 'response_url' && c.body.responseId === id),
    waitForCall(predicate, timeoutMs = 2_000) {
      const found = calls.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const waiter = { predicate, resolve };
        waiters.add(waiter);
        setTimeout(() => {
          if (!waiters.delete(waiter)) return;
          const seen = calls.map(
            (c) => `${c.method}${c.response.ok === false ? `(${String(c.response.error)})` : ''}`,
          );
          reject(
            new Error(
              `no matching Slack API call within ${timeoutMs} ms; calls so far: ${seen.join(', ') || 'none'}`,
            ),
          );
        }, timeoutMs).unref();
      });
    },
    failNext(method, failure) {
      const queue = failures.get(method) ?? [];
      queue.push({ ...failure });
      failures.set(method, queue);
    },
    addUser: (user) => void state.users.set(user.id, user),
    messages: (channel) => [...(state.channels.get(state.resolveChannel(channel)) ?? [])],
    homeView: (userId) => state.homeViews.get(userId),
    reset() {
      calls.length = 0;
      failures.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function sendFailure(
  send: (status: number, body: Json, headers?: Record<string, string>) => { status: number; response: Json },
  failure: ScriptedFailure,
) {
  if (failure.status === 429) {
    return send(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(failure.retryAfter ?? 1) });
  }
  if (failure.status && failure.status !== 200)
    return send(failure.status, { ok: false, error: 'service_unavailable' });
  return send(200, { ok: false, error: failure.error ?? 'fatal_error' });
}

function refusal(r: { error: string; reason?: string }): Json {
  return r.reason
    ? { ok: false, error: r.error, response_metadata: { messages: [`[ERROR] ${r.reason}`] } }
    : { ok: false, error: r.error };
}

function bearer(header: string | undefined): string | undefined {
  const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return m?.[1];
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** WebClient sends forms with nested values JSON-encoded; Bolt's respond() sends JSON. */
function parseBody(raw: string, contentType: string): Json {
  if (!raw) return {};
  if (contentType.includes('application/json')) {
    try {
      return JSON.parse(raw) as Json;
    } catch {
      return {};
    }
  }
  const body: Json = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    if (JSON_FIELDS.includes(key) && /^[[{]|^(true|false)$/.test(value)) {
      try {
        body[key] = JSON.parse(value);
        continue;
      } catch {
        // keep the raw string: Slack would refuse it, and so will validation
      }
    }
    body[key] = value;
  }
  return body;
}
