/** The little of a Slack workspace that the stand-in remembers: people, DMs, messages, views. */

export interface StandInUser {
  id: string;
  name: string;
  real_name?: string;
  tz?: string;
  tz_offset?: number;
  is_admin?: boolean;
  is_owner?: boolean;
  is_bot?: boolean;
  deleted?: boolean;
  /** Returned by users.info only when asked with `include_locale`, as Slack does. */
  locale?: string;
  /** In users.info's profile, as for an app with users:read.email. */
  email?: string;
}

export interface StoredMessage {
  ts: string;
  text?: string;
  blocks?: unknown[];
  user: string;
  thread_ts?: string;
  /** Message metadata as chat.postMessage got it: `{ event_type, event_payload }`. */
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
}

export interface StoredView {
  id: string;
  hash: string;
  view: Record<string, unknown>;
  externalId?: string;
}

export class WorkspaceState {
  readonly users = new Map<string, StandInUser>();
  readonly #channels = new Map<string, StoredMessage[]>();
  readonly views = new Map<string, StoredView>();
  readonly homeViews = new Map<string, Record<string, unknown>>();
  /** Each user's Home view id and current hash, for views.publish's hash check. */
  readonly homeViewMeta = new Map<string, { id: string; hash: string }>();
  #lastTsMicros = 0;
  /** Slack's clock, for message ts (which conversations.history's oldest/latest compare against). */
  now: () => number = () => Date.now();
  #viewCounter = 0;
  #hashCounter = 0;

  constructor(
    readonly teamId: string,
    readonly botUserId: string,
    readonly botId: string,
    users: StandInUser[],
  ) {
    for (const user of users) this.users.set(user.id, user);
  }

  /** Slack's ts: seconds.micro, unique and increasing, so callers may sort and compare them. */
  nextTs(): string {
    this.#lastTsMicros = Math.max(this.#lastTsMicros + 1, Math.floor(this.now() * 1000));
    const micros = String(this.#lastTsMicros);
    return `${micros.slice(0, -6)}.${micros.slice(-6)}`;
  }

  nextViewId(): string {
    this.#viewCounter += 1;
    return `V${String(this.#viewCounter).padStart(10, '0')}`;
  }

  /** A new hash on every change, so a stale views.update is refused with hash_conflict as in Slack. */
  nextHash(): string {
    this.#hashCounter += 1;
    return `1700000000.${this.#hashCounter.toString(36).padStart(8, '0')}`;
  }

  /** The IM channel with a user: stable per user, like Slack's D… ids (U and W ids kept apart). */
  dmChannelOf(userId: string): string {
    return userId.startsWith('U') ? `D${userId.slice(1)}` : `D${userId}`;
  }

  /** The user whose DM channel this is, if it is one. */
  dmUserOf(channel: string): string | undefined {
    return [...this.users.keys()].find((id) => this.dmChannelOf(id) === channel);
  }

  /** A user id posted to directly lands in the DM with that user, as in Slack. */
  resolveChannel(channel: string): string {
    return /^[UW][A-Z0-9]+$/.test(channel) ? this.dmChannelOf(channel) : channel;
  }

  messages(channel: string): readonly StoredMessage[] {
    return this.#channels.get(this.resolveChannel(channel)) ?? [];
  }

  addMessage(channel: string, message: StoredMessage): void {
    const id = this.resolveChannel(channel);
    const list = this.#channels.get(id) ?? [];
    list.push(message);
    this.#channels.set(id, list);
  }

  findMessage(channel: string, ts: string): StoredMessage | undefined {
    return this.messages(channel).find((m) => m.ts === ts);
  }

  removeMessage(channel: string, ts: string): boolean {
    const list = this.#channels.get(this.resolveChannel(channel));
    const index = list?.findIndex((m) => m.ts === ts) ?? -1;
    if (index === -1) return false;
    list!.splice(index, 1);
    return true;
  }

  /** Channels that hold at least one message, for a playground to list. */
  channelIds(): string[] {
    return [...this.#channels].filter(([, list]) => list.length > 0).map(([id]) => id);
  }
}
