import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type App,
  type CustomRoute,
  defaultBodyLimit,
  HTTPModuleFunctions,
  HTTPReceiver,
  HTTPReceiverDeferredRequestError,
  HTTPResponseAck,
  isRawBodyError,
  type Receiver,
  type ReceiverDispatchErrorHandlerArgs,
} from '@slack/bolt';
import type { Logger } from '../../logger.js';
import { newReference } from '../error-handler.js';
import type { EdgeGate } from './edge-gate.js';
import { classifyEnvelope, type Envelope } from './envelope.js';
import { FORM, isSslCheck, mediaType, parseBody } from './parse-body.js';
import { ReplayCache } from './replay-cache.js';
import { TIMESTAMP_TOLERANCE_S, verifySignature } from './signature.js';

export interface EdgeReceiverOptions {
  signingSecret: string;
  /** The one path Slack posts commands, interactivity and events to. */
  endpoint: string;
  customRoutes: CustomRoute[];
  logger: Logger;
  gate: EdgeGate;
  /** Wall-clock milliseconds: Slack stamps requests with real time, not the app's (pinned) clock. */
  now?: () => number;
  /** Bolt's default: 4 MB. */
  bodyLimit?: number;
  /** Signatures remembered for replays; default 100,000 (about 15 MB at most). */
  replayCapacity?: number;
}

type Answer = { status: number; body?: unknown };

function answer(res: ServerResponse, { status, body }: Answer): void {
  if (res.headersSent || res.writableEnded) return;
  if (body === undefined) {
    res.writeHead(status);
    res.end();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function pathOf(url: string | undefined): string | null {
  try {
    return new URL(url ?? '/', 'http://localhost').pathname;
  } catch {
    return null;
  }
}

function retryHeader(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Pacer's HTTP receiver: Bolt's HTTPReceiver keeps the server, its lifecycle and the custom routes
 * (/healthz); requests to the Slack endpoint take this path instead of Bolt's, which threw outside
 * any handler on a `null` payload and answered 500 to other shapes it could not read (ADR 11).
 * Every request ends in a status and a log line: 401 bad signature or timestamp, 413 too large,
 * 400 not a payload Slack sends, 200 for everything Slack sent (acted on once, or refused), 404 when
 * no listener takes it. Bolt's own pieces do the buffering and the ack.
 */
export class EdgeReceiver implements Receiver {
  readonly #http: HTTPReceiver;
  readonly #options: EdgeReceiverOptions;
  readonly #logger: Logger;
  readonly #now: () => number;
  readonly #replays: ReplayCache;
  #app: App | undefined;
  /** Requests Bolt is still handling (listeners and the error handler), and who waits for none. */
  #inFlight = 0;
  readonly #idleWaiters = new Set<() => void>();

  constructor(options: EdgeReceiverOptions) {
    this.#options = options;
    this.#logger = options.logger;
    this.#now = options.now ?? Date.now;
    this.#replays = new ReplayCache(options.replayCapacity ?? 100_000);
    const logger = options.logger;
    this.#http = new HTTPReceiver({
      signingSecret: options.signingSecret,
      // Bolt's receiver handles no Slack endpoint itself: the listener below takes that path.
      endpoints: [],
      customRoutes: options.customRoutes,
      logger,
      dispatchErrorHandler: (args) => dispatchError(logger, args),
    });
    const others = this.#http.requestListener;
    this.#http.requestListener = (req, res) => {
      const path = pathOf(req.url);
      if (path === null) return answer(res, { status: 400 });
      if (path === options.endpoint && req.method === 'POST') {
        this.#handle(req, res).catch((error) => this.#failed(res, error));
        return;
      }
      others(req, res);
    };
  }

  init(app: App): void {
    this.#app = app;
    this.#http.init(app);
  }

  /** Learns the installed workspace (auth.test), then listens: no request is taken before that. */
  // biome-ignore lint/suspicious/noExplicitAny: the same arguments as HTTPReceiver.start
  async start(...args: any[]): Promise<unknown> {
    await this.#options.gate.learnWorkspace(this.#app!.client);
    return (this.#http.start as (...a: unknown[]) => Promise<unknown>)(...args);
  }

  stop(): Promise<void> {
    return this.#http.stop();
  }

  /**
   * Resolves once no request is being handled: every listener has finished, late replies and the
   * error handler's answer included. Lets a test assert that something did not happen without
   * sleeping and hoping it was long enough.
   */
  whenIdle(): Promise<void> {
    if (this.#inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.add(resolve));
  }

  #failed(res: ServerResponse, error: unknown): void {
    // A gap in this receiver, not in the request: logged loudly with a reference, answered 400.
    const reference = newReference();
    this.#logger.error(`request to ${this.#options.endpoint} failed ${reference}`, error);
    answer(res, { status: 400 });
  }

  #refuse(res: ServerResponse, status: number, why: string): void {
    this.#logger.warn(`refused a request (${status}): ${why}`);
    answer(res, { status });
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let buffered: Awaited<ReturnType<typeof HTTPModuleFunctions.bufferIncomingMessage>>;
    try {
      buffered = await HTTPModuleFunctions.bufferIncomingMessage(
        req,
        this.#options.bodyLimit ?? defaultBodyLimit,
      );
    } catch (error) {
      if (isRawBodyError(error) && error.statusCode === 413) {
        // The rest of the body is never read: the connection cannot carry another request.
        res.setHeader('connection', 'close');
        return this.#refuse(res, 413, 'body too large');
      }
      return this.#refuse(res, 400, `body not read: ${(error as Error).message}`);
    }
    const raw = buffered.rawBody;
    const form = mediaType(req.headers['content-type']) === FORM;
    if (form && isSslCheck(raw)) return answer(res, { status: 200 });

    const now = this.#now();
    const signed = verifySignature(this.#options.signingSecret, req.headers, raw, now);
    if (!signed.ok) return this.#refuse(res, 401, signed.reason);
    // The signature covers timestamp and body: the same one again is the same request again. It is
    // remembered until its timestamp leaves the window, after which the timestamp check refuses it.
    const until = (signed.timestamp + TIMESTAMP_TOLERANCE_S + 1) * 1000;
    if (!this.#replays.firstSeen(signed.signature, now, until)) {
      // 200, not a 4xx: if Slack itself sent it twice, an error would only make it send it again.
      // Slack never signs two requests alike, so this is a duplicate on the way or someone replaying.
      this.#logger.warn(`ignored a replayed request (timestamp ${signed.timestamp}): acted on once already`);
      return answer(res, { status: 200 });
    }

    const parsed = parseBody(raw, form);
    if (!parsed.ok) return this.#refuse(res, 400, parsed.reason);
    const checked = classifyEnvelope(parsed.body);
    if (!checked.ok) return this.#refuse(res, 400, checked.reason);
    const { envelope } = checked;
    if (envelope.kind === 'url_verification') {
      return answer(res, { status: 200, body: { challenge: envelope.body.challenge } });
    }
    if (envelope.kind === 'app_rate_limited') {
      this.#logger.warn(
        'Slack is holding back events: more than 30,000 in the last minute (app_rate_limited)',
      );
      return answer(res, { status: 200 });
    }
    const retryNum = retryHeader(req, 'x-slack-retry-num');
    const admitted = this.#options.gate.admit(envelope, { retryNum });
    if (!admitted.ok) return answer(res, { status: 200, body: admitted.reply });
    await this.#dispatch(buffered, res, envelope, retryNum, retryHeader(req, 'x-slack-retry-reason'));
  }

  async #dispatch(
    req: IncomingMessage,
    res: ServerResponse,
    envelope: Envelope,
    retryNum: string | undefined,
    retryReason: string | undefined,
  ): Promise<void> {
    const body = envelope.body as Record<string, unknown>;
    const response = new HTTPResponseAck({
      logger: this.#logger,
      processBeforeResponse: false,
      httpRequest: req,
      httpRequestBody: body,
      httpResponse: res,
    });
    const boltAck = response.bind();
    let acked = false;
    const ack = (reply?: unknown) => {
      acked = true;
      return boltAck(reply as Parameters<typeof boltAck>[0]);
    };
    const retry = retryNum === undefined ? undefined : Number.parseInt(retryNum, 10);
    this.#inFlight++;
    try {
      await this.#app!.processEvent({ body, ack, retryNum: retry, retryReason });
    } catch (error) {
      // Bolt threw before any listener ran: a shape the envelope schemas let through.
      const reference = newReference();
      this.#logger.error(`Bolt could not process a ${envelope.kind} payload ${reference}`, error);
      if (!acked) {
        response.ack();
        answer(res, { status: 400 });
      }
      return;
    } finally {
      this.#settle();
    }
    if (!acked) {
      // Bolt would wait 3 seconds and answer 404; nothing will ack now that every listener is done.
      response.ack();
      this.#logger.info(`no listener took a ${envelope.kind} payload (${describe(envelope)})`);
      answer(res, { status: 404 });
    }
  }

  #settle(): void {
    this.#inFlight--;
    if (this.#inFlight > 0) return;
    for (const resolve of this.#idleWaiters) resolve();
    this.#idleWaiters.clear();
  }
}

function describe(envelope: Envelope): string {
  const b = envelope.body as Record<string, unknown>;
  const view = b.view as { callback_id?: unknown } | undefined;
  const action = (b.actions as Array<{ action_id?: unknown }> | undefined)?.[0];
  const name = b.command ?? action?.action_id ?? view?.callback_id ?? b.callback_id ?? b.type;
  return String(name).slice(0, 60);
}

function dispatchError(logger: Logger, { error, request, response }: ReceiverDispatchErrorHandlerArgs): void {
  if (error instanceof HTTPReceiverDeferredRequestError) {
    logger.info(`no route for ${request.method} ${request.url?.slice(0, 200)}`);
    answer(response, { status: 404 });
    return;
  }
  const reference = newReference();
  logger.error(`request to ${request.url?.slice(0, 200)} failed ${reference}`, error);
  answer(response, { status: 500 });
}
