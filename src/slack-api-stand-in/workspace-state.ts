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
}

export interface StoredMessage {
  ts: string;
  text?: string;
  blocks?: unknown[];
  user: string;
  thread_ts?: string;
}

export interface StoredView {
  id: string;
  hash: string;
  view: Record<string, unknown>;
  userId?: string;
}

export class WorkspaceState {
  readonly users = new Map<string, StandInUser>();
  readonly channels = new Map<string, StoredMessage[]>();
  readonly views = new Map<string, StoredView>();
  readonly homeViews = new Map<string, unknown>();
  #tsCounter = 0;
  #viewCounter = 0;

  constructor(
    readonly teamId: string,
    readonly botUserId: string,
    users: StandInUser[],
  ) {
    for (const user of users) this.users.set(user.id, user);
  }

  /** Slack's ts: seconds.micro, unique and increasing. */
  nextTs(): string {
    this.#tsCounter += 1;
    return `1700000000.${String(this.#tsCounter).padStart(6, '0')}`;
  }

  nextViewId(): string {
    this.#viewCounter += 1;
    return `V${String(this.#viewCounter).padStart(8, '0')}`;
  }

  /** The IM channel with a user: stable per user, like Slack's D… ids. */
  dmChannelOf(userId: string): string {
    return `D${userId.replace(/^[UW]/, '')}`;
  }

  /** A user id posted to directly lands in the DM with that user, as in Slack. */
  resolveChannel(channel: string): string {
    return /^[UW][A-Z0-9]+$/.test(channel) ? this.dmChannelOf(channel) : channel;
  }

  messagesIn(channel: string): StoredMessage[] {
    const id = this.resolveChannel(channel);
    let list = this.channels.get(id);
    if (!list) {
      list = [];
      this.channels.set(id, list);
    }
    return list;
  }
}
