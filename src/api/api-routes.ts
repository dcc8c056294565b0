import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CustomRoute } from '@slack/bolt';
import type { z } from 'zod';
import type { AppDeps } from '../app-deps.js';
import type { ExternalDealRecord } from '../domain/deals/external-deal.js';
import { TokenBuckets } from '../domain/rate-limit.js';
import { DatabaseUnavailableError } from '../persistence/database.js';
import { CURRENCY } from '../services/settings-service.js';
import { newReference } from '../slack/error-handler.js';
import { askAboutWaiting } from '../slack/notifications/deal-approval.js';
import { celebrateDeal } from '../slack/notifications/deal-celebration.js';
import {
  type ApiActor,
  type ApiWrite,
  createApiDeal,
  deleteApiDeal,
  listApiDeals,
  updateApiDeal,
} from '../use-cases/api-deals.js';
import { ApiKeyAuthenticator } from '../use-cases/api-keys.js';
import { listWaiting } from '../use-cases/waiting-deals.js';
import { issuesProblem, toApiDeal, toApiPending, toApiWaiting, writeProblem, zodProblem } from './answers.js';
import { createDealSchema, listQuerySchema, patchDealSchema } from './deal-schemas.js';
import { problemBody, readBody, sendJson, sendProblem } from './http.js';
import { hubspotWebhook } from './hubspot/webhook.js';
import { openApiDocument } from './openapi.js';

type Request = IncomingMessage & { params?: Record<string, string | string[]> };

const param = (req: Request, name: string): string => {
  const value = req.params?.[name];
  return (Array.isArray(value) ? value.join('/') : value) ?? '';
};

const isJson = (req: IncomingMessage) =>
  /^application\/(?:[\w.+-]*\+)?json\b/i.test(req.headers['content-type'] ?? '');

/**
 * The REST API and the CRM webhooks, as Bolt custom routes on Pacer's own HTTP server (ADR 23): the
 * same port and receiver as `/slack/events`, `/healthz` and `/metrics`, in HTTP and Socket Mode.
 */
export function apiRoutes(deps: AppDeps): CustomRoute[] {
  const logger = deps.logger.child('api');
  const authenticator = new ApiKeyAuthenticator(deps);
  const buckets = new TokenBuckets(deps.config.apiRateLimitPerMinute);
  const say = deps.i18n.speaker('en');
  let document: string | undefined;

  /** Runs a handler; whatever escapes is a 500 (503 when the database refuses writes) with a reference. */
  const guarded =
    (handler: (req: Request, res: ServerResponse) => Promise<void>) =>
    (req: Request, res: ServerResponse) => {
      handler(req, res).catch((error: unknown) => {
        if (error instanceof DatabaseUnavailableError) {
          logger.warn(`refused an API write: ${error.reason}`);
          return sendProblem(
            res,
            problemBody(503, 'unavailable', 'Cannot save now', `Nothing was saved: ${error.reason}.`),
            {
              'retry-after': '60',
            },
          );
        }
        const reference = newReference();
        logger.error(`API request ${req.method} ${pathOf(req)} failed ${reference}`, error);
        sendProblem(
          res,
          problemBody(500, 'internal', 'Internal error', `Nothing was saved. Reference ${reference}.`),
        );
      });
    };

  /** Authenticates and rate-limits; answers the refusal itself and returns null. */
  const admit = (req: Request, res: ServerResponse): ApiActor | null => {
    const auth = authenticator.authenticate(req.headers.authorization);
    if (!auth.ok) {
      logger.info(`refused an API request (401): key ${auth.reason}`);
      const detail = {
        missing: 'Send Authorization: Bearer <key>; admins create keys with /pacer api-key create <name>.',
        malformed: 'The Authorization header does not carry a Pacer key (Bearer pacer_…).',
        unknown: 'Pacer knows no such key.',
        revoked: 'This key was revoked.',
      }[auth.reason];
      sendProblem(res, problemBody(401, 'unauthorized', 'Unauthorized', detail), {
        'www-authenticate': 'Bearer',
      });
      return null;
    }
    const taken = buckets.take(String(auth.key.id), deps.clock.now().getTime());
    if (!taken.ok) {
      logger.info(
        `refused an API request (429): key ${auth.key.name} over ${deps.config.apiRateLimitPerMinute}/min`,
      );
      sendProblem(
        res,
        problemBody(
          429,
          'rate-limited',
          'Too many requests',
          `At most ${deps.config.apiRateLimitPerMinute} requests a minute per key.`,
          {
            retry_after: taken.retryAfterSeconds,
          },
        ),
        { 'retry-after': String(taken.retryAfterSeconds) },
      );
      return null;
    }
    return { id: `api-key:${auth.key.name}`, source: 'api' };
  };

  /** The body as JSON checked by `schema`, or null once the refusal is answered. */
  const jsonBody = async <T>(req: Request, res: ServerResponse, schema: z.ZodType<T>): Promise<T | null> => {
    if (!isJson(req)) {
      req.resume();
      sendProblem(
        res,
        problemBody(
          415,
          'unsupported-media-type',
          'Unsupported media type',
          'Send Content-Type: application/json.',
        ),
      );
      return null;
    }
    const read = await readBody(req);
    if (!read.ok) {
      if (read.status === 413) {
        sendProblem(res, problemBody(413, 'too-large', 'Body too large', 'The body is over 10 MB.'), {
          connection: 'close',
        });
      } else sendProblem(res, problemBody(400, 'unreadable', 'Body not read', 'The body could not be read.'));
      return null;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(read.body.toString('utf8'));
    } catch {
      sendProblem(res, problemBody(400, 'invalid-json', 'Invalid JSON', 'The body is not valid JSON.'));
      return null;
    }
    const checked = schema.safeParse(parsed);
    if (!checked.success) {
      sendProblem(res, zodProblem(checked.error));
      return null;
    }
    return checked.data;
  };

  const answerWrite = (res: ServerResponse, result: ApiWrite, createdStatus = 201) => {
    if (!result.ok) return sendProblem(res, writeProblem(say, result));
    if (result.waiting) {
      // 202: accepted, not counted; the owner or the approvers decide in Slack (ADR 27).
      sendJson(res, 202, toApiPending(result, deps.settings.get(CURRENCY)));
      if (result.fresh) void askAboutWaiting(deps, result.waiting);
      return;
    }
    sendJson(res, result.created ? createdStatus : 200, toApiDeal(result.deal));
  };

  const createDeal = guarded(async (req, res) => {
    const actor = admit(req, res);
    if (!actor) return void req.resume();
    const body = await jsonBody(req, res, createDealSchema);
    if (!body) return;
    const { celebrate, ...record } = body;
    const result = await createApiDeal(deps, actor, record as ExternalDealRecord, {
      celebrate: celebrate !== false,
    });
    answerWrite(res, result);
    if (result.ok && !result.waiting && result.created && celebrate !== false)
      void celebrateDeal(deps, result.stored, result.deal.source);
  });

  const listDeals = guarded(async (req, res) => {
    if (!admit(req, res)) return;
    const query = listQuerySchema.safeParse(
      Object.fromEntries(new URL(req.url ?? '/', 'http://x').searchParams),
    );
    if (!query.success) return sendProblem(res, zodProblem(query.error, 'The query'));
    const { cursor, status, ...filters } = query.data;
    const after = cursor === undefined ? undefined : Number(cursor);
    if (status === 'waiting') {
      const notHere = (['product', 'region', 'source'] as const).filter((k) => filters[k] !== undefined);
      if (notHere.length > 0)
        return sendProblem(
          res,
          problemBody(
            400,
            'invalid-request',
            'Invalid request',
            `These filters do not apply with status=waiting: ${notHere.join(', ')}. Filter by owner, from and to.`,
          ),
        );
      const waiting = listWaiting(deps, { ...filters, after });
      return sendJson(res, 200, {
        deals: waiting.deals.map((w) => toApiWaiting(w, deps.settings.get(CURRENCY))),
        next_cursor: waiting.nextAfter === null ? null : String(waiting.nextAfter),
      });
    }
    const page = listApiDeals(deps, { ...filters, after: cursor === undefined ? undefined : Number(cursor) });
    if (!page.ok) return sendProblem(res, issuesProblem(say, page));
    sendJson(res, 200, {
      deals: page.deals.map(toApiDeal),
      next_cursor: page.nextAfter === null ? null : String(page.nextAfter),
    });
  });

  const updateDeal = guarded(async (req, res) => {
    const actor = admit(req, res);
    if (!actor) return void req.resume();
    const body = await jsonBody(req, res, patchDealSchema);
    if (!body) return;
    answerWrite(res, await updateApiDeal(deps, actor, param(req, 'external_id'), body as ExternalDealRecord));
  });

  const deleteDeal = guarded(async (req, res) => {
    const actor = admit(req, res);
    if (!actor) return;
    answerWrite(res, deleteApiDeal(deps, actor, param(req, 'external_id')));
  });

  const routes: CustomRoute[] = [
    {
      path: '/api/v1/openapi.json',
      method: ['GET'],
      handler: (_req, res) => {
        document ??= JSON.stringify(openApiDocument('1.0.0'));
        res.writeHead(200, {
          'content-type': 'application/json; charset=utf-8',
          'cache-control': 'public, max-age=300',
        });
        res.end(document);
      },
    },
    { path: '/api/v1/deals', method: ['POST'], handler: createDeal },
    { path: '/api/v1/deals', method: ['GET'], handler: listDeals },
    { path: '/api/v1/deals/:external_id', method: ['PATCH'], handler: updateDeal },
    { path: '/api/v1/deals/:external_id', method: ['DELETE'], handler: deleteDeal },
  ];
  if (deps.config.hubspotClientSecret) {
    routes.push({
      path: '/webhooks/hubspot',
      method: ['POST'],
      handler: guarded(hubspotWebhook(deps, deps.config.hubspotClientSecret)),
    });
  }
  return routes;
}

function pathOf(req: IncomingMessage): string {
  return (req.url ?? '').split('?')[0]!.slice(0, 200);
}
