import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppDeps } from '../app-deps.js';

export interface HealthReport {
  status: number;
  body: Record<string, unknown>;
}

/**
 * 200 while the database answers and can keep writes; 503 with the reason otherwise (its file gone,
 * replaced or unwritable, as the database watch saw it, or the connection itself failing).
 */
export function healthReport(deps: Pick<AppDeps, 'db' | 'clock' | 'databaseWatch'>): HealthReport {
  const time = deps.clock.now().toISOString();
  const problem = deps.databaseWatch?.problem() ?? null;
  if (problem) {
    return {
      status: 503,
      body: {
        status: 'database unavailable',
        reason: problem.reason,
        since: problem.since.toISOString(),
        time,
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
      body: { status: 'database unavailable', reason: 'the database does not answer', time },
    };
  return { status: 200, body: { status: 'ok', time } };
}

export function health(deps: AppDeps, _req: IncomingMessage, res: ServerResponse): void {
  const report = healthReport(deps);
  res.writeHead(report.status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(report.body));
}
