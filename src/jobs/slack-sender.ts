import type { KnownBlock } from '@slack/types';
import type { ChatPostMessageArguments, ChatUpdateArguments } from '@slack/web-api';
import { type RetryOptions, WebClient } from '@slack/web-api';
import type { Logger } from '../logger.js';

export interface SenderOptions {
  token: string;
  slackApiUrl: string;
  logger: Logger;
  /** Backoff for 5xx and network failures; 429s wait for Retry-After on top of it. */
  retry?: RetryOptions;
  /** Slack allows about one message per second per channel. */
  perChannelIntervalMs?: number;
}

export interface Posted {
  channel: string;
  ts: string;
}

const PRODUCTION_RETRY: RetryOptions = { retries: 6, factor: 2, minTimeout: 1_000, maxTimeout: 60_000 };

/**
 * The one way scheduled and broadcast messages reach Slack. It has its own WebClient, so a 429 that
 * pauses this queue (the WebClient waits for Retry-After) never delays replies to commands, which go
 * through Bolt's client.
 */
export class SlackSender {
  readonly #client: WebClient;
  readonly #interval: number;
  readonly #lastPost = new Map<string, Promise<number>>();
  readonly #dmChannels = new Map<string, string>();

  constructor(options: SenderOptions) {
    this.#client = new WebClient(options.token, {
      slackApiUrl: options.slackApiUrl,
      logger: options.logger.child('sender'),
      retryConfig: options.retry ?? PRODUCTION_RETRY,
      rejectRateLimitedCalls: false,
    });
    this.#interval = options.perChannelIntervalMs ?? 1_000;
  }

  async post(message: ChatPostMessageArguments): Promise<Posted> {
    const channel = String(message.channel);
    const result = await this.#paced(channel, () => this.#client.chat.postMessage(message));
    return { channel: String(result.channel ?? channel), ts: String(result.ts) };
  }

  async update(message: ChatUpdateArguments): Promise<void> {
    await this.#client.chat.update(message);
  }

  /** Posts a DM to a member: opens (or reuses) the IM channel first, as Slack recommends. */
  async dm(userId: string, message: { text: string; blocks?: KnownBlock[] }): Promise<Posted> {
    let channel = this.#dmChannels.get(userId);
    if (!channel) {
      const opened = await this.#client.conversations.open({ users: userId });
      channel = String(opened.channel?.id);
      this.#dmChannels.set(userId, channel);
    }
    return this.post({ ...message, channel });
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
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
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
