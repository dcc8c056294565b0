import type { IncomingMessage, ServerResponse } from 'node:http';
import { App, type CustomRoute, type LogLevel } from '@slack/bolt';
import type { AppDeps } from '../app-deps.js';
import { serveMetrics } from '../ops/metrics-route.js';
import { installErrorHandler } from './error-handler.js';
import { registerListeners } from './listeners/index.js';

/**
 * The Bolt app: HTTP receiver on POST /slack/events (commands, interactivity and events share it)
 * with Bolt's signature check, or Socket Mode when an app token is configured. GET /healthz answers
 * 200 while the database does.
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
  ];
  const common = {
    token: config.slackBotToken,
    logger,
    logLevel: logger.getLevel() as LogLevel,
    // Replies must come within seconds: a few quick retries, not the WebClient's default half hour.
    clientOptions: { slackApiUrl: config.slackApiUrl, retryConfig: COMMAND_RETRY },
    customRoutes,
    extendedErrorHandler: true as const,
    // Pacer keeps no conversation state; Bolt's default store costs time on every request.
    convoStore: false as const,
    // auth.test runs in start(), awaited: a bad token stops start-up instead of failing later.
    deferInitialization: true,
  };
  const app = config.slackAppToken
    ? new App({
        ...common,
        socketMode: true,
        appToken: config.slackAppToken,
        installerOptions: { clientOptions: { slackApiUrl: config.slackApiUrl }, port: config.port },
      })
    : new App({
        ...common,
        signingSecret: config.slackSigningSecret,
        signatureVerification: true,
        endpoints: '/slack/events',
      });
  installErrorHandler(app, logger.child('errors'));
  registerListeners(app, deps);
  return app;
}

function health(deps: AppDeps, _req: IncomingMessage, res: ServerResponse): void {
  let ok = false;
  try {
    ok = deps.db.prepare('SELECT 1 AS one').get() !== undefined;
  } catch {
    ok = false;
  }
  const runtime = deps.runtimeHealth();
  const status = !ok ? 'database unavailable' : runtime.ok ? 'ok' : 'degraded';
  res.writeHead(ok && runtime.ok ? 200 : 503, { 'content-type': 'application/json' });
  const { ok: _, ...detail } = runtime;
  res.end(JSON.stringify({ status, time: deps.clock.now().toISOString(), ...detail }));
}
