import type { Logger } from '../../logger.js';
import type { Envelope } from './envelope.js';
import { ReplayCache } from './replay-cache.js';
import { foreignTo, type InstalledWorkspace, installedWorkspace, teamClaims } from './workspace.js';

export type Admission = { ok: true } | { ok: false; reply?: unknown };

export interface DeliveryMeta {
  /** X-Slack-Retry-Num (HTTP) or retry_num (Socket Mode): Slack sending an event again. */
  retryNum?: string | number | undefined;
}

interface AuthTestClient {
  auth: { test(): Promise<{ team_id?: string; enterprise_id?: string; is_enterprise_install?: boolean }> };
}

/** The ephemeral answer to a slash command from another workspace, in `text`'s words. */
export const foreignCommandReply = (text: string) => ({ response_type: 'ephemeral', text });

function actor(envelope: Envelope): string {
  const b = envelope.body as { user_id?: unknown; user?: unknown; event?: { user?: unknown } };
  const user = b.user_id ?? b.user ?? b.event?.user;
  const id = typeof user === 'object' && user !== null ? (user as { id?: unknown }).id : user;
  return typeof id === 'string' ? id.slice(0, 40) : 'unknown';
}

/**
 * What every payload passes after its shape is checked and before Bolt sees it, whichever way it
 * came (HTTP or Socket Mode): it must come from the installed workspace.
 */
export class EdgeGate {
  #workspace: InstalledWorkspace | undefined;
  readonly #events = new ReplayCache(20_000);

  constructor(
    readonly logger: Logger,
    /**
     * What a person of another workspace is told. Pacer knows nothing of them, not even their
     * language, so app.ts gives the team's: the language of the people Pacer serves.
     */
    private readonly foreignText: () => string,
    /** Wall-clock milliseconds, for how long event ids are remembered. */
    private readonly now: () => number = Date.now,
  ) {}

  /** Asks Slack which workspace the bot token belongs to; receivers call it before they listen. */
  async learnWorkspace(client: AuthTestClient): Promise<InstalledWorkspace> {
    this.#workspace = installedWorkspace(await client.auth.test());
    return this.#workspace;
  }

  admit(envelope: Envelope, meta: DeliveryMeta = {}): Admission {
    const workspace = this.#workspace;
    if (!workspace)
      throw new Error('EdgeGate: the installed workspace is not known yet (learnWorkspace first)');
    const foreign = foreignTo(workspace, teamClaims(envelope));
    if (foreign) {
      this.logger.warn(
        `refused this ${envelope.kind}: ${foreign} (user ${actor(envelope)}; Pacer is installed in ${workspace.teamId})`,
      );
      // Slack delivered it and waits for a 200: anything else shows the person an error (commands)
      // or makes Slack retry and, for events, eventually turn the subscription off.
      return {
        ok: false,
        ...(envelope.kind === 'command' ? { reply: foreignCommandReply(this.foreignText()) } : {}),
      };
    }
    if (envelope.kind === 'event') {
      // Slack sends an event again (X-Slack-Retry-Num) when the first answer was slow or lost, with a
      // new timestamp and signature but the same event_id; its last retry comes about 6 minutes on.
      const now = this.now();
      if (!this.#events.firstSeen(envelope.body.event_id, now, now + EVENT_ID_MEMORY_MS)) {
        const retry = meta.retryNum === undefined ? '' : ` (retry ${String(meta.retryNum).slice(0, 4)})`;
        this.logger.info(
          `ignored event ${envelope.body.event_id.slice(0, 40)} sent again${retry}: acted on once already`,
        );
        return { ok: false };
      }
    }
    return { ok: true };
  }
}

/** Longer than Slack's retry schedule (at once, after 1 minute, after 5 minutes). */
const EVENT_ID_MEMORY_MS = 15 * 60_000;
