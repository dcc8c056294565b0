import type { App, Receiver, ReceiverEvent, SocketModeReceiver } from '@slack/bolt';
import type { Logger } from '../../logger.js';
import type { EdgeGate } from './edge-gate.js';
import { classifyEnvelope } from './envelope.js';

/**
 * Socket Mode gets the same checks as HTTP: Bolt's SocketModeReceiver hands each envelope to
 * `app.processEvent`, and here that app is a stand-in that checks the payload's shape and workspace
 * first. A refused payload is still acked (Socket Mode has no status codes; an envelope left unacked
 * is sent again). Signatures, timestamps and replays do not apply: the WebSocket is opened with the
 * app token, and each envelope comes once.
 */
export class GatedSocketModeReceiver implements Receiver {
  #app: App | undefined;

  constructor(
    private readonly inner: SocketModeReceiver,
    private readonly gate: EdgeGate,
    private readonly logger: Logger,
  ) {}

  /** The Socket Mode client, so /healthz can follow the connection (ADR 13's runtime health). */
  get client(): SocketModeReceiver['client'] {
    return this.inner.client;
  }

  init(app: App): void {
    this.#app = app;
    const gated = { processEvent: (event: ReceiverEvent) => this.#process(app, event) };
    // SocketModeReceiver uses nothing of the app but processEvent.
    this.inner.init(gated as unknown as App);
  }

  async #process(app: App, event: ReceiverEvent): Promise<void> {
    const checked = classifyEnvelope(event.body);
    if (!checked.ok) {
      this.logger.warn(`refused a Socket Mode payload: ${checked.reason}`);
      await event.ack();
      return;
    }
    const admitted = this.gate.admit(checked.envelope, { retryNum: event.retryNum });
    if (!admitted.ok) {
      await event.ack(admitted.reply);
      return;
    }
    await app.processEvent(event);
  }

  // biome-ignore lint/suspicious/noExplicitAny: the same arguments as SocketModeReceiver.start
  async start(...args: any[]): Promise<unknown> {
    await this.gate.learnWorkspace(this.#app!.client);
    return (this.inner.start as (...a: unknown[]) => Promise<unknown>)(...args);
  }

  // biome-ignore lint/suspicious/noExplicitAny: the same arguments as SocketModeReceiver.stop
  stop(...args: any[]): Promise<unknown> {
    return (this.inner.stop as (...a: unknown[]) => Promise<unknown>)(...args);
  }
}
