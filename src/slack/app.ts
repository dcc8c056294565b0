import { App, type CustomRoute, type LogLevel, type Receiver, SocketModeReceiver } from '@slack/bolt';
import { apiRoutes } from '../api/api-routes.js';
import type { AppDeps } from '../app-deps.js';
import { serveMetrics } from '../ops/metrics-route.js';
import { installErrorHandler } from './error-handler.js';
import { health } from './health.js';
import { registerListeners } from './listeners/index.js';
import { teamSpeakerOr } from './notifications/database-alert.js';
import { EdgeGate } from './receiver/edge-gate.js';
import { EdgeReceiver } from './receiver/edge-receiver.js';
import { GatedSocketModeReceiver } from './receiver/gated-socket-receiver.js';

/**
 * The Bolt app: Pacer's edge receiver on POST /slack/events (commands, interactivity and events share
 * it; signature, shape and workspace checked before Bolt sees a payload, ADR 11), or Socket Mode when
 * an app token is configured. GET /healthz answers 200 while the database does.
 */
const COMMAND_RETRY = { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 1_000 };

export function createSlackApp(deps: AppDeps): App {
  const { config, logger } = deps;
  const customRoutes: CustomRoute[] = [
    { path: '/healthz', method: ['GET'], handler: (req, res) => health(deps, req, res) },
    {
      path: '/metrics',
      method: ['GET'],
      handler: (req, res) => void serveMetrics(deps.metrics, deps.config.metricsToken, req, res),
    },
    // The REST API and CRM webhooks (ADR 23).
    ...apiRoutes(deps),
  ];
  const app = new App({
    token: config.slackBotToken,
    logger,
    logLevel: logger.getLevel() as LogLevel,
    // Replies must come within seconds: a few quick retries, not the WebClient's default half hour.
    clientOptions: { slackApiUrl: config.slackApiUrl, retryConfig: COMMAND_RETRY },
    extendedErrorHandler: true,
    // Pacer keeps no conversation state; Bolt's default store costs time on every request.
    convoStore: false,
    // auth.test runs in start(), awaited: a bad token stops start-up instead of failing later.
    deferInitialization: true,
    receiver: createReceiver(deps, customRoutes),
  });
  installErrorHandler(app, deps, logger.child('errors'));
  registerListeners(app, deps);
  return app;
}

/** HTTP, or Socket Mode when an app token is configured; both behind the same gate (ADR 11). */
function createReceiver(deps: AppDeps, customRoutes: CustomRoute[]): Receiver {
  const { config, logger } = deps;
  const edgeLogger = logger.child('edge');
  // Someone of another workspace is no member: the team's language is the best guess there is.
  const gate = new EdgeGate(edgeLogger, () => teamSpeakerOr(deps).t('failure.foreignWorkspace'));
  if (config.slackAppToken) {
    const socket = new SocketModeReceiver({
      appToken: config.slackAppToken,
      logger,
      logLevel: logger.getLevel() as LogLevel,
      installerOptions: { clientOptions: { slackApiUrl: config.slackApiUrl }, port: config.port },
      customRoutes,
    });
    return new GatedSocketModeReceiver(socket, gate, edgeLogger);
  }
  return new EdgeReceiver({
    signingSecret: config.slackSigningSecret ?? '',
    endpoint: '/slack/events',
    customRoutes,
    logger: edgeLogger,
    gate,
  });
}
