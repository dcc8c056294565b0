import type { EventEmitter } from 'node:events';
import type { SchedulerHeartbeat, SchedulerStatus } from './heartbeat.js';

export type SocketState = 'connecting' | 'connected' | 'reconnecting' | 'disconnected';

/** Follows a Socket Mode client's connection through the events it emits. */
export class SocketWatch {
  state: SocketState = 'connecting';
  since: Date;
  readonly #now: () => Date;

  constructor(now: () => Date) {
    this.#now = now;
    this.since = now();
  }

  watch(client: EventEmitter): void {
    for (const state of ['connecting', 'connected', 'reconnecting', 'disconnected'] as const) {
      client.on(state, () => {
        this.state = state;
        this.since = this.#now();
      });
    }
    // The WebSocket closing comes first; `reconnecting` only after the client's back-off delay.
    client.on('close', () => {
      this.state = 'disconnected';
      this.since = this.#now();
    });
  }
}

export interface RuntimeHealth {
  ok: boolean;
  scheduler: SchedulerStatus;
  socketMode?: { state: SocketState; since: string };
}

/**
 * The scheduler's and Socket Mode's part of /healthz; the handler adds the database's. Unhealthy when
 * the scheduler stalled or stopped, or Socket Mode is not connected (no command can arrive).
 */
export function runtimeHealth(heartbeat: SchedulerHeartbeat, socket: SocketWatch | null): RuntimeHealth {
  const scheduler = heartbeat.status();
  const health: RuntimeHealth = { ok: scheduler.state === 'running', scheduler };
  if (socket) {
    health.socketMode = { state: socket.state, since: socket.since.toISOString() };
    if (socket.state !== 'connected') health.ok = false;
  }
  return health;
}
