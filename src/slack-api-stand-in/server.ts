import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type CallListener, CallLog, type RecordedCall } from './call-log.js';
import { FileStore, fileMethods, fileRoute, type SharedFile, withSlackFileCheck } from './files.js';
import { METHODS } from './methods.js';
import { RateLimiter, type RateLimits } from './rate-limits.js';
import { parseRequestBody } from './request-body.js';
import { createRouter, type StandInReply } from './router.js';
import { FailureScript, type ScriptedFailure } from './scripted-failures.js';
import { type StandInUser, type StoredMessage, WorkspaceState } from './workspace-state.js';

export interface SlackApiStandInOptions {
  /** The only bot token accepted; any other gets invalid_auth. Default 'xoxb-test-token'. */
  botToken?: string;
  /** App-level token (xapp-…) accepted by apps.connections.open, for Socket Mode. */
  appToken?: string;
  /** The WebSocket URL apps.connections.open hands out (a local ws:// server in tests). */
  socketModeUrl?: string;
  teamId?: string;
  botUserId?: string;
  users?: StandInUser[];
  /** Default 0: any free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Enforce Slack's message rate limits on chat.postMessage (off by default). */
  rateLimits?: RateLimits;
}

export interface SlackApiStandIn {
  /** For WebClient's slackApiUrl (and Bolt's clientOptions): `http://127.0.0.1:PORT/api/`. */
  readonly url: string;
  /** `http://127.0.0.1:PORT`. */
  readonly origin: string;
  /** Answered calls, refused and failed ones included, in arrival order. */
  calls(method?: string): RecordedCall[];
  /** A URL the stand-in accepts response_url posts on: `${origin}/response/<id>`. */
  responseUrl(id?: string): string;
  /** The posts received on response URL `id`. */
  responses(id: string): RecordedCall[];
  /**
   * The first call matching `predicate`, recorded already or arriving within `timeoutMs` (default 2000);
   * on timeout it rejects with the calls seen so far.
   */
  waitForCall(predicate: (c: RecordedCall) => boolean, timeoutMs?: number): Promise<RecordedCall>;
  /** Calls `listener` for each call from now on (for a live view); returns the unsubscribe function. */
  onCall(listener: CallListener): () => void;
  /**
   * Fail upcoming calls of `method` ('response_url' for response URL posts): error codes, HTTP
   * statuses, 429s, lost answers, hangs, slow answers; scoped to a user or channel if asked.
   */
  failNext(method: string, failure: ScriptedFailure): void;
  /** Starts (or, with null, stops) enforcing message rate limits, with fresh buckets. */
  enforceRateLimits(limits: RateLimits | null): void;
  /** The clock message ts follow (ms since the epoch); Date.now by default. */
  useClock(now: () => number): void;
  addUser(user: StandInUser): void;
  /** A channel's messages now, edits applied and deleted ones gone; a user id stands for their DM. */
  messages(channel: string): StoredMessage[];
  /** Channels that hold messages. */
  channels(): string[];
  /** The Home tab last published for a user. */
  homeView(userId: string): unknown | undefined;
  /** Files: members share them (a CSV in Pacer's DM), and what Pacer uploaded (files.ts). */
  readonly files: {
    share(user: string, channel: string, name: string, bytes: Buffer): Record<string, unknown>;
    sharedIn(channel: string): SharedFile[];
    remove(id: string): boolean;
    /** A completed upload's bytes and name (an image block's `slack_file`), or null (also once deleted). */
    image(id: string): { name: string; bytes: Buffer } | null;
  };
  /** Forgets calls (and with them response_url uses) and scripted failures; keeps users and messages. */
  reset(): void;
  close(): Promise<void>;
}

/**
 * Starts a local HTTP server that answers like Slack's Web API: it keeps a small workspace state,
 * refuses what Slack refuses, records every call, and can be scripted to fail.
 */
export async function startSlackApiStandIn(options: SlackApiStandInOptions = {}): Promise<SlackApiStandIn> {
  const state = new WorkspaceState(
    options.teamId ?? 'T0PACER',
    options.botUserId ?? 'UPACERBOT',
    'B0PACER',
    options.users ?? [],
  );
  const log = new CallLog();
  const failures = new FailureScript();
  let limiter = options.rateLimits ? new RateLimiter(options.rateLimits) : null;
  let origin = '';
  const files = new FileStore(() => origin, state.teamId);
  const botToken = options.botToken ?? 'xoxb-test-token';
  const route = createRouter(state, log, failures, {
    botToken,
    methods: { ...fileMethods(files, state.botUserId), ...withSlackFileCheck(files, METHODS) },
    appToken: options.appToken,
    socketModeUrl: options.socketModeUrl,
    rateLimiter: () => limiter,
  });
  let responseCounter = 0;

  const server = createServer((req, res) => {
    const send = ({ status, headers, body, transport }: StandInReply) => {
      if (transport?.kind === 'hang') return; // answered by nobody; close() ends the connection
      if (transport?.kind === 'drop') {
        req.socket.destroy();
        return;
      }
      const write = () => {
        if (res.destroyed) return;
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
        res.end(JSON.stringify(body));
      };
      if (transport?.kind === 'delay') setTimeout(write, transport.ms).unref();
      else write();
    };
    readBody(req)
      .then((bytes) => {
        const path = new URL(req.url ?? '/', 'http://stand-in').pathname;
        const uploading = /^\/upload\//.test(path);
        // The upload POST is logged as `upload` and can be scripted to fail, like a Web API method.
        const failure = uploading ? failures.take('upload') : undefined;
        const file = failure
          ? { status: failure.status ?? 500, headers: {}, body: Buffer.from('upload failed') }
          : fileRoute(
              files,
              { httpMethod: req.method ?? 'GET', path, authorization: req.headers.authorization, raw: bytes },
              botToken,
            );
        if (file && uploading) {
          log.record({
            method: 'upload',
            token: undefined,
            body: { path, length: bytes.length },
            at: Date.now(),
            response: { ok: file.status === 200 },
            status: file.status,
          });
        }
        if (file) {
          res.writeHead(file.status, file.headers);
          res.end(file.body);
          return;
        }
        const raw = bytes.toString('utf8');
        send(
          route({
            httpMethod: req.method ?? 'GET',
            path,
            authorization: req.headers.authorization,
            body: parseRequestBody(raw, req.headers['content-type'] ?? ''),
          }),
        );
      })
      .catch((error: unknown) => {
        if (!res.headersSent)
          send({ status: 500, headers: {}, body: { ok: false, error: 'internal_error' } });
        console.error('slack-api-stand-in: request failed', error);
      });
  });
  // Node's default 5 s keep-alive races with clients that reuse a socket after an idle gap (the
  // playground's "fetch failed"): Slack keeps connections far longer, and so does the stand-in.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${options.host ?? '127.0.0.1'}:${port}`;

  return {
    url: `${origin}/api/`,
    origin,
    calls: (method) => log.list(method),
    responseUrl: (id) => `${origin}/response/${id ?? `auto-${++responseCounter}`}`,
    responses: (id) => log.list('response_url').filter((c) => c.body.responseId === id),
    waitForCall: (predicate, timeoutMs) => log.waitFor(predicate, timeoutMs),
    onCall: (listener) => log.subscribe(listener),
    failNext: (method, failure) => failures.add(method, failure),
    enforceRateLimits: (limits) => {
      limiter = limits ? new RateLimiter(limits) : null;
    },
    useClock: (now) => {
      state.now = now;
    },
    addUser: (user) => void state.users.set(user.id, user),
    // Copies, so a test that inspects a message cannot change what the stand-in remembers.
    messages: (channel) => state.messages(channel).map((m) => ({ ...m })),
    channels: () => state.channelIds(),
    homeView: (userId) => state.homeViews.get(userId),
    files: {
      share: (user, channel, name, bytes) => files.share(user, state.resolveChannel(channel), name, bytes),
      sharedIn: (channel) => files.sharedIn(state.resolveChannel(channel)),
      remove: (id) => files.remove(id),
      image: (id) => {
        const file = files.shown(id);
        return file?.bytes ? { name: file.name, bytes: Buffer.from(file.bytes) } : null;
      },
    },
    reset() {
      log.clear();
      failures.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
