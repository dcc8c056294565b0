import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppDeps } from '../app-deps.js';

export interface HealthReport {
  status: number;
  body: Record<string, unknown>;
}

/**
 * 200 while the database answers and can keep writes and the scheduler (and Socket Mode) run; 503 with
 * the reason otherwise: the database file gone, replaced or unwritable, as the database watch saw it,
 * the connection itself failing, a stalled or stopped scheduler, a Socket Mode connection down.
 */
export function healthReport(
  deps: Pick<AppDeps, 'db' | 'clock' | 'databaseWatch' | 'runtimeHealth'>,
): HealthReport {
  const time = deps.clock.now().toISOString();
  const { ok: runtimeOk, ...runtime } = deps.runtimeHealth();
  const problem = deps.databaseWatch?.problem() ?? null;
  if (problem) {
    return {
      status: 503,
      body: {
        status: 'database unavailable',
        reason: problem.reason,
        since: problem.since.toISOString(),
        time,
        ...runtime,
      },
    };
  }
  let ok = false;
  try {
    ok = deps.db.prepare('SELECT 1 AS one').get() !== undefined;
  } catch {
    ok = false;
  }
  if (!ok)
    return {
      status: 503,
      body: { status: 'database unavailable', reason: 'the database does not answer', time, ...runtime },
    };
  if (!runtimeOk) return { status: 503, body: { status: 'degraded', time, ...runtime } };
  return { status: 200, body: { status: 'ok', time, ...runtime } };
}

export function health(deps: AppDeps, _req: IncomingMessage, res: ServerResponse): void {
  const report = healthReport(deps);
  res.writeHead(report.status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(report.body));
}
