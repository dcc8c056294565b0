import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, REP, TestPacer } from '../helpers/test-pacer.js';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});
async function start(env: Record<string, string> = {}): Promise<TestPacer> {
  const t = await TestPacer.start({ env });
  cleanups.push(() => t.stop());
  return t;
}
const route = (t: TestPacer, path: string) => t.url.replace('/slack/events', path);

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Prometheus text exposition format 0.0.4, strictly: every line is a comment, a sample or blank. */
function parsePrometheus(text: string): Sample[] {
  const samples: Sample[] = [];
  const typed = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const meta = /^# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*) (.+)$/.exec(line);
    if (meta) {
      if (meta[1] === 'TYPE') {
        expect(['counter', 'gauge', 'histogram', 'summary', 'untyped']).toContain(meta[3]);
        typed.set(meta[2]!, meta[3]!);
      }
      continue;
    }
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})? (-?[0-9.e+-]+|NaN|[+-]Inf)( -?\d+)?$/.exec(line);
    if (!m) throw new Error(`not Prometheus text: ${line}`);
    const labels: Record<string, string> = {};
    for (const pair of (m[3] ?? '').match(/[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*"/g) ?? []) {
      const eq = pair.indexOf('=');
      labels[pair.slice(0, eq)] = JSON.parse(pair.slice(eq + 1));
    }
    const family = m[1]!.replace(/_(bucket|sum|count|total|created)$/, '');
    expect(typed.has(m[1]!) || typed.has(family), `${m[1]} has a # TYPE`).toBe(true);
    samples.push({ name: m[1]!, labels, value: Number(m[4]) });
  }
  return samples;
}

const value = (samples: Sample[], name: string, labels: Record<string, string> = {}) =>
  samples
    .filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
    .reduce((sum, s) => sum + s.value, 0);

describe('GET /metrics', () => {
  it('serves Prometheus text that counts commands with their ack latency, job runs and the database size', async () => {
    const t = await start();
    const before = parsePrometheus(await (await fetch(route(t, '/metrics'))).text());
    expect(value(before, 'pacer_commands_total', { command: '/pacer' })).toBe(0);
    await t.command(REP.id, '/pacer', 'help');
    await t.command(REP.id, '/pacer', 'settings');
    await t.command(ADMIN.id, '/pacer', 'run backup');
    const res = await fetch(route(t, '/metrics'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const samples = parsePrometheus(await res.text());
    expect(value(samples, 'pacer_commands_total', { command: '/pacer', outcome: 'answered' })).toBe(3);
    expect(value(samples, 'pacer_command_ack_seconds_count', { command: '/pacer' })).toBe(3);
    expect(value(samples, 'pacer_command_ack_seconds_bucket', { command: '/pacer', le: '+Inf' })).toBe(3);
    expect(value(samples, 'pacer_job_runs_total', { job: 'backup', outcome: 'ran' })).toBe(1);
    expect(value(samples, 'pacer_job_run_seconds_count', { job: 'backup' })).toBe(1);
    expect(value(samples, 'pacer_database_bytes')).toBeGreaterThan(4096);
    expect(value(samples, 'pacer_process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('asks for the bearer token when METRICS_TOKEN is set', async () => {
    const token = 'metrics-token-0123456789';
    const t = await start({ METRICS_TOKEN: token });
    expect((await fetch(route(t, '/metrics'))).status).toBe(401);
    const wrong = await fetch(route(t, '/metrics'), { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    const ok = await fetch(route(t, '/metrics'), { headers: { authorization: `Bearer ${token}` } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('# TYPE pacer_commands_total counter');
  });
});

describe('GET /healthz', () => {
  it('reports the scheduler heartbeat, and goes 503 when the scheduler stalls or is stopped', async () => {
    const t = await start();
    const healthy = await fetch(route(t, '/healthz'));
    expect(healthy.status).toBe(200);
    expect(await healthy.json()).toMatchObject({
      status: 'ok',
      scheduler: { state: 'running', lastTickAgeSeconds: 0 },
    });
    // No beat for four minutes (cron is off under the pinned clock, as a dead timer would be).
    t.clock.advance(4 * 60_000);
    const stalled = await fetch(route(t, '/healthz'));
    expect(stalled.status).toBe(503);
    expect(await stalled.json()).toMatchObject({
      status: 'degraded',
      scheduler: { state: 'stalled', lastTickAgeSeconds: 240 },
    });
    await t.deps.scheduler.stop();
    const stopped = await fetch(route(t, '/healthz'));
    expect(stopped.status).toBe(503);
    expect(await stopped.json()).toMatchObject({ status: 'degraded', scheduler: { state: 'stopped' } });
  });
});
