import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppDeps } from '../../app-deps.js';
import { CURRENCY, TIMEZONE } from '../../services/settings-service.js';
import { askAboutWaiting } from '../../slack/notifications/deal-approval.js';
import { celebrateDeal } from '../../slack/notifications/deal-celebration.js';
import { createApiDeal } from '../../use-cases/api-deals.js';
import { issuesProblem, toApiDeal, toApiPending } from '../answers.js';
import { problemBody, readBody, sendJson, sendProblem } from '../http.js';
import { readHubspotDeal } from './deal-payload.js';
import { verifyHubspotSignature } from './signature.js';

const header = (req: IncomingMessage, name: string) => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** The URI HubSpot signed: the configured one, else rebuilt as the proxy in front saw it. */
function signedUri(req: IncomingMessage, configured: string | undefined): string {
  if (configured) return configured;
  const proto = header(req, 'x-forwarded-proto')?.split(',')[0]?.trim() || 'https';
  const host = header(req, 'x-forwarded-host') ?? header(req, 'host') ?? 'localhost';
  return `${proto}://${host}${req.url ?? '/'}`;
}

/**
 * POST /webhooks/hubspot (ADR 23): a HubSpot workflow's "Send a webhook" action, signed (v3) with
 * the app's client secret. A deal in a closed-won stage is logged like an API deal (source hubspot,
 * idempotent by the HubSpot deal id) and celebrated; any other stage is acknowledged and ignored.
 * HubSpot retries 5xx and 429 but not other 4xx, so a bad payload is refused once with its reason.
 */
export function hubspotWebhook(deps: AppDeps, secret: string) {
  const logger = deps.logger.child('hubspot');
  const say = deps.i18n.speaker('en');
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const read = await readBody(req);
    if (!read.ok) {
      return sendProblem(
        res,
        problemBody(read.status, read.status === 413 ? 'too-large' : 'unreadable', 'Body refused'),
        {
          connection: 'close',
        },
      );
    }
    const check = verifyHubspotSignature({
      secret,
      method: req.method ?? 'POST',
      uri: signedUri(req, deps.config.hubspotWebhookUrl),
      body: read.body,
      signature: header(req, 'x-hubspot-signature-v3'),
      timestamp: header(req, 'x-hubspot-request-timestamp'),
      // HubSpot stamps with real time, not the app's (pinned) clock.
      nowMs: Date.now(),
    });
    if (!check.ok) {
      logger.warn(`refused a HubSpot webhook (401): signature ${check.reason}`);
      return sendProblem(
        res,
        problemBody(401, 'bad-signature', 'Signature not valid', `X-HubSpot-Signature-v3 ${check.reason}.`),
      );
    }
    let body: unknown;
    try {
      body = JSON.parse(read.body.toString('utf8'));
    } catch {
      return sendProblem(
        res,
        problemBody(400, 'invalid-json', 'Invalid JSON', 'The body is not valid JSON.'),
      );
    }
    const deal = readHubspotDeal(body, deps.settings.get(TIMEZONE));
    if (!deal)
      return sendProblem(
        res,
        problemBody(400, 'invalid-json', 'Not an object', 'The body must be a JSON object.'),
      );
    if (deal.stage === null || !deps.config.hubspotClosedWonStages.includes(deal.stage)) {
      logger.info(
        `ignored HubSpot deal ${deal.objectId ?? '?'}: stage ${deal.stage ?? 'missing'} is not closed won`,
      );
      return sendJson(res, 200, { status: 'ignored', reason: 'not a closed-won stage', stage: deal.stage });
    }
    const result = await createApiDeal(deps, { id: 'hubspot', source: 'hubspot' }, deal.record);
    if (!result.ok) {
      if (result.kind === 'invalid' || result.kind === 'unknown') {
        logger.warn(
          `refused HubSpot deal ${deal.objectId ?? '?'}: ${result.issues.map((i) => `${i.field} ${i.code}`).join(', ')}`,
        );
        return sendProblem(res, issuesProblem(say, result));
      }
      // Deleted in Pacer after it was logged, or rejected there: acknowledged, not brought back.
      return sendJson(res, 200, {
        status: 'ignored',
        reason: result.kind === 'declined' ? 'rejected or cancelled in Pacer' : 'deleted in Pacer',
      });
    }
    if (result.waiting) {
      // Acknowledged (HubSpot retries only 5xx and 429); the owner or the manager decides in Slack.
      sendJson(res, 202, toApiPending(result, deps.settings.get(CURRENCY)));
      if (result.fresh) void askAboutWaiting(deps, result.waiting);
      return;
    }
    sendJson(res, result.created ? 201 : 200, toApiDeal(result.deal));
    if (result.created) void celebrateDeal(deps, result.stored, 'hubspot');
  };
}
