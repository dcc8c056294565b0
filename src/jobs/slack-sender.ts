import type { KnownBlock, MessageMetadata } from '@slack/types';
import type { ChatPostMessageArguments, ChatUpdateArguments } from '@slack/web-api';
import { WebClient } from '@slack/web-api';
import type { ImageUploader } from '../charts/chart-inputs.js';
import type { Logger } from '../logger.js';
import { slackImageUploader } from '../slack/file-transfer.js';
import { classifySlackError, SlackCallError } from './slack-errors.js';

export interface SenderOptions {
  token: string;
  slackApiUrl: string;
  logger: Logger;
  /** Every Web API call gives up after this long (a hung Slack must not hold a fan-out forever). */
  callTimeoutMs?: number;
  /** How many 429s in a row one call waits out (each for exactly its Retry-After) before giving up. */
  rateLimitWaits?: number;
  /** Slack allows about one message per second per channel. */
  perChannelIntervalMs?: number;
  /** Where IM channel ids are kept across restarts (the ledger); in memory when left out. */
  imChannels?: ImChannelStore;
}

export interface ImChannelStore {
  get(userId: string): string | undefined;
  set(userId: string, channel: string): void;
}

export interface Posted {
  channel: string;
  ts: string;
}

export interface OutgoingMessage {
  text: string;
  blocks?: KnownBlock[];
}

/** The event type of the metadata every keyed delivery carries, so it can be found again. */
export const DELIVERY_EVENT_TYPE = 'pacer_delivery';

const PRODUCTION_TIMEOUT_MS = 10_000;

/**
 * The one way scheduled and broadcast messages reach Slack. It has its own WebClient, so a 429 that
 * pauses this queue never delays replies to commands, which go through Bolt's client.
 *
 * WebClient's own retries are off: they resend a chat.postMessage whose answer was lost (posting it
 * twice) and add their backoff on top of Retry-After. Here a 429 waits exactly Retry-After and is
 * tried again (Slack did not take the call); anything else is thrown as a classified
 * SlackCallError, and the delivery layer decides, after checking what Slack holds, whether to send
 * again.
 */
export class SlackSender {
  readonly #client: WebClient;
  readonly #logger: Logger;
  readonly #interval: number;
  readonly #rateLimitWaits: number;
  readonly #lastPost = new Map<string, Promise<number>>();
  readonly #imChannels: ImChannelStore;
  // Slack's rate limits are per method and workspace: after a 429, every call of that method waits.
  readonly #heldUntil = new Map<string, number>();

  constructor(options: SenderOptions) {
    this.#logger = options.logger.child('sender');
    this.#client = new WebClient(options.token, {
      slackApiUrl: options.slackApiUrl,
      logger: this.#logger,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      timeout: options.callTimeoutMs ?? PRODUCTION_TIMEOUT_MS,
    });
    this.#interval = options.perChannelIntervalMs ?? 1_000;
    this.#rateLimitWaits = options.rateLimitWaits ?? 10;
    const memory = new Map<string, string>();
    this.#imChannels = options.imChannels ?? {
      get: (userId) => memory.get(userId),
      set: (userId, channel) => void memory.set(userId, channel),
    };
  }

  /** Uploads chart images with this sender's client (the three-step upload, file-transfer.ts). */
  images(): ImageUploader {
    return slackImageUploader(this.#client);
  }

  /** Posts a message; with `key`, the message carries it in its metadata so it can be found again. */
  async post(message: ChatPostMessageArguments, key?: string): Promise<Posted> {
    const channel = String(message.channel);
    const withKey = key
      ? ({
          ...message,
          metadata: { event_type: DELIVERY_EVENT_TYPE, event_payload: { key } } satisfies MessageMetadata,
        } as ChatPostMessageArguments)
      : message;
    const result = await this.#paced(channel, () =>
      this.#call('chat.postMessage', () => this.#client.chat.postMessage(withKey)),
    );
    return { channel: String(result.channel ?? channel), ts: String(result.ts) };
  }

  async update(message: ChatUpdateArguments): Promise<void> {
    await this.#call('chat.update', () => this.#client.chat.update(message));
  }

  /** Deletes a message Pacer posted; one Slack no longer has (`message_not_found`) counts as gone. */
  async remove(channel: string, ts: string): Promise<void> {
    try {
      await this.#call('chat.delete', () => this.#client.chat.delete({ channel, ts }));
    } catch (error) {
      if (error instanceof SlackCallError && error.code === 'message_not_found') return;
      throw error;
    }
  }

  /** Posts a DM to a member: opens (or reuses) the IM channel first, as Slack recommends. */
  async dm(userId: string, message: OutgoingMessage, key?: string): Promise<Posted> {
    return this.post({ ...message, channel: await this.imChannel(userId) }, key);
  }

  /** The IM channel with a member, opened once and remembered (across restarts with a store). */
  async imChannel(userId: string): Promise<string> {
    const known = this.#imChannels.get(userId);
    if (known) return known;
    const opened = await this.#call('conversations.open', () =>
      this.#client.conversations.open({ users: userId }),
    );
    const channel = String(opened.channel?.id);
    try {
      this.#imChannels.set(userId, channel);
    } catch (error) {
      // Remembering the channel saves a call next time; a database that cannot write (the very
      // problem an alert DM may be about) must not stop the DM itself.
      this.#logger.warn(`could not remember the DM channel of ${userId}`, error);
    }
    return channel;
  }

  /**
   * The message carrying delivery `key` in `channel`, posted at or after `since`, if Slack holds one:
   * how a send whose answer was lost (or a crash right after sending) is told apart from one that
   * never arrived.
   */
  async findDelivered(channel: string, key: string, since: Date): Promise<Posted | null> {
    let cursor: string | undefined;
    // A few pages reach far back enough for any channel Pacer posts in between two attempts.
    for (let page = 0; page < 5; page++) {
      const result = await this.#call('conversations.history', () =>
        this.#client.conversations.history({
          channel,
          oldest: (since.getTime() / 1000).toFixed(6),
          inclusive: true,
          include_all_metadata: true,
          limit: 200,
          ...(cursor ? { cursor } : {}),
        }),
      );
      for (const m of result.messages ?? []) {
        const metadata = m.metadata as { event_type?: string; event_payload?: { key?: unknown } } | undefined;
        if (metadata?.event_type === DELIVERY_EVENT_TYPE && metadata.event_payload?.key === key && m.ts) {
          return { channel, ts: m.ts };
        }
      }
      cursor = result.response_metadata?.next_cursor || undefined;
      if (!cursor || !result.has_more) return null;
    }
    return null;
  }

  // One Web API call: waits out 429s for exactly Retry-After (held for every call of the method),
  // and turns every other failure into a classified SlackCallError.
  async #call<T>(method: string, call: () => Promise<T>): Promise<T> {
    for (let waits = 0; ; waits++) {
      const held = (this.#heldUntil.get(method) ?? 0) - performance.now();
      if (held > 0) await sleep(held);
      try {
        return await call();
      } catch (error) {
        const failure = classifySlackError(method, error);
        if (failure.retryAfterMs === undefined || waits >= this.#rateLimitWaits) throw failure;
        this.#heldUntil.set(
          method,
          Math.max(this.#heldUntil.get(method) ?? 0, performance.now() + failure.retryAfterMs),
        );
        this.#logger.info(`${method} rate limited; waiting ${failure.retryAfterMs} ms as Slack asked`);
      }
    }
  }

  // Posts to one channel go out one after another, at least `interval` apart.
  async #paced<T>(channel: string, send: () => Promise<T>): Promise<T> {
    const previous = this.#lastPost.get(channel) ?? Promise.resolve(0);
    let release: (at: number) => void = () => {};
    const mine = new Promise<number>((resolve) => {
      release = resolve;
    });
    this.#lastPost.set(channel, mine);
    const lastAt = await previous;
    const wait = lastAt + this.#interval - performance.now();
    if (wait > 0) await sleep(wait);
    try {
      return await send();
    } finally {
      release(performance.now());
      if (this.#lastPost.get(channel) === mine) {
        // Keep the map small: nothing is queued behind this post.
        setTimeout(() => {
          if (this.#lastPost.get(channel) === mine) this.#lastPost.delete(channel);
        }, this.#interval).unref();
      }
    }
  }
}

export { SlackCallError };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
