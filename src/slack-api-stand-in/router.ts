import { validateMessage } from '../slack/block-kit-limits.js';
import type { CallLog, RecordedCall } from './call-log.js';
import { METHODS, type MethodHandler, refusalBody } from './methods.js';
import type { RateLimiter } from './rate-limits.js';
import { bearerToken } from './request-body.js';
import {
  type FailureScript,
  failureReply,
  type ScriptedFailure,
  type Transport,
} from './scripted-failures.js';
import type { WorkspaceState } from './workspace-state.js';

type Json = Record<string, unknown>;

/** A request as the router needs it, free of node:http so it can be driven in-process too. */
export interface StandInRequest {
  httpMethod: string;
  path: string;
  authorization?: string | undefined;
  /** The parsed body; undefined when it could not be parsed. */
  body: Json | undefined;
}

export interface StandInReply {
  status: number;
  headers: Record<string, string>;
  body: Json;
  /** How the server sends it (scripted delays, hangs, dropped connections); at once by default. */
  transport?: Transport;
}

export interface RouterOptions {
  botToken: string;
  /** App-level token (xapp-…) accepted by apps.connections.open, for Socket Mode. */
  appToken?: string | undefined;
  /** The WebSocket URL apps.connections.open hands out. */
  socketModeUrl?: string | undefined;
  /** Message rate limits to enforce on chat.postMessage (off unless given). */
  rateLimiter?: () => RateLimiter | null;
  /** More methods, answered like the built-in ones (files.ts). */
  methods?: Record<string, MethodHandler>;
}

// Slack lets a response_url be used five times (within 30 minutes).
export const RESPONSE_URL_USES = 5;

const reply = (status: number, body: Json, headers: Record<string, string> = {}): StandInReply => ({
  status,
  headers,
  body,
});

/**
 * Answers `POST /api/<method>` and `POST /response/<id>` the way Slack would, and records every
 * answered call (refusals and scripted failures too) in the log.
 */
export function createRouter(
  state: WorkspaceState,
  log: CallLog,
  failures: FailureScript,
  options: RouterOptions,
): (request: StandInRequest) => StandInReply {
  const record = (
    method: string,
    token: string | undefined,
    body: Json,
    outcome: StandInReply,
    fault?: RecordedCall['fault'],
  ) => {
    const call: RecordedCall = {
      method,
      token,
      body,
      at: Date.now(),
      response: outcome.body,
      status: outcome.status,
      ...(fault ? { fault } : {}),
    };
    log.record(call);
    return outcome;
  };

  // A scoped failure applies only to calls for its user or channel.
  const inScope = (body: Json | undefined) => (failure: ScriptedFailure) => {
    if (!failure.user && !failure.channel) return true;
    const channel = typeof body?.channel === 'string' ? state.resolveChannel(body.channel) : '';
    const users = typeof body?.users === 'string' ? body.users.split(',').map((u) => u.trim()) : [];
    if (failure.user && (users.includes(failure.user) || channel === state.dmChannelOf(failure.user)))
      return true;
    return Boolean(failure.channel && channel && channel === state.resolveChannel(failure.channel));
  };

  const answerResponseUrl = (responseId: string, body: Json | undefined): StandInReply => {
    // Only accepted posts use the URL up; a refused or failed one may be retried, as with Slack.
    const used = log
      .list('response_url')
      .filter((c) => c.body.responseId === responseId && c.status === 200 && c.response.ok === true).length;
    const failure = failures.take('response_url');
    let outcome: StandInReply;
    if (failure) outcome = failureReply(failure);
    else if (!body) outcome = reply(400, { ok: false, error: 'invalid_json' });
    else if (used >= RESPONSE_URL_USES) outcome = reply(404, { ok: false, error: 'used_url' });
    else {
      const refused = body.delete_original === true ? null : validateMessage(body);
      outcome = refused ? reply(200, refusalBody(refused)) : reply(200, { ok: true });
    }
    return record('response_url', undefined, { ...body, responseId }, outcome);
  };

  const answerMethod = (method: string, request: StandInRequest): StandInReply => {
    const body = request.body;
    const token =
      bearerToken(request.authorization) ?? (typeof body?.token === 'string' ? body.token : undefined);
    const handler = options.methods?.[method] ?? METHODS[method];
    const failure = failures.take(method, inScope(body));
    const answer = (): StandInReply => {
      if (!handler && method !== 'apps.connections.open')
        return reply(200, { ok: false, error: 'unknown_method' });
      if (!body) return reply(200, { ok: false, error: 'invalid_json' });
      if (!token) return reply(200, { ok: false, error: 'not_authed' });
      if (method === 'apps.connections.open') return reply(200, openConnection(token, options));
      if (token !== options.botToken) return reply(200, { ok: false, error: 'invalid_auth' });
      if (method === 'chat.postMessage') {
        const retryAfter =
          options.rateLimiter?.()?.retryAfter(state.resolveChannel(String(body.channel ?? ''))) ?? 0;
        if (retryAfter > 0) return failureReply({ status: 429, retryAfter });
      }
      return reply(200, handler!(state, body));
    };
    if (!failure) return record(method, token, body ?? {}, answer());
    if (failure.lost || (failure.hang && failure.takeEffect)) {
      // Slack carried the call out; the caller never learns it.
      const done = answer();
      const transport: Transport = failure.hang
        ? { kind: 'hang' }
        : { kind: failure.lost === 'drop' ? 'drop' : 'now' };
      const seen =
        failure.lost === 'status'
          ? { ...failureReply({ status: failure.status ?? 500 }), transport }
          : { ...done, transport };
      record(method, token, body ?? {}, done, failure.hang ? 'hang' : 'lost');
      return seen;
    }
    if (failure.hang)
      return record(method, token, body ?? {}, { ...reply(200, {}), transport: { kind: 'hang' } }, 'hang');
    if (failure.delayMs !== undefined && failure.status === undefined && failure.error === undefined) {
      return record(
        method,
        token,
        body ?? {},
        { ...answer(), transport: { kind: 'delay', ms: failure.delayMs } },
        'slow',
      );
    }
    return record(method, token, body ?? {}, failureReply(failure));
  };

  return (request) => {
    if (request.httpMethod === 'POST') {
      const response = /^\/response\/([\w-]+)$/.exec(request.path);
      if (response) return answerResponseUrl(response[1]!, request.body);
      const method = /^\/api\/([\w.]+)$/.exec(request.path);
      if (method) return answerMethod(method[1]!, request);
    }
    return reply(404, { ok: false, error: 'not_found' });
  };
}

// Only an app-level token opens a Socket Mode connection, as in Slack.
function openConnection(token: string, options: RouterOptions): Json {
  if (options.appToken && token === options.appToken && options.socketModeUrl) {
    return { ok: true, url: options.socketModeUrl };
  }
  return { ok: false, error: token.startsWith('xoxb-') ? 'not_allowed_token_type' : 'invalid_auth' };
}
