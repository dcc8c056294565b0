import type { Logger } from '../../logger.js';
import type { Envelope } from './envelope.js';

export type Admission = { ok: true } | { ok: false; reply?: unknown };

export interface DeliveryMeta {
  /** X-Slack-Retry-Num (HTTP) or retry_num (Socket Mode): Slack sending an event again. */
  retryNum?: string | number | undefined;
}

/**
 * What every payload passes after its shape is checked and before Bolt sees it, whichever way it
 * came (HTTP or Socket Mode).
 */
export class EdgeGate {
  constructor(readonly logger: Logger) {}

  admit(_envelope: Envelope, _meta: DeliveryMeta = {}): Admission {
    return { ok: true };
  }
}
