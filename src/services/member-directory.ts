import type { Clock } from '../clock.js';
import type { Member, SlackProfile } from '../domain/entities/member.js';
import { type Actor, isAdmin } from '../domain/permissions.js';
import type { Logger } from '../logger.js';
import type { MembersRepository } from '../persistence/members-repository.js';

/** Where profiles come from: Slack's users.info in production, the stand-in in tests. */
export interface ProfileSource {
  profile(userId: string): Promise<SlackProfile | null>;
}

const REFRESH_AFTER_MS = 24 * 3_600_000;

/** Members are filled lazily: the first time Pacer meets a user, and again once a day. */
export class MemberDirectory {
  constructor(
    private readonly members: MembersRepository,
    private readonly source: ProfileSource,
    private readonly clock: Clock,
    private readonly admins: readonly string[],
    private readonly logger: Logger,
  ) {}

  /** The member, fetched from Slack when unknown or stale; `null` when Slack does not know them. */
  async ensure(userId: string): Promise<Member | null> {
    const known = this.members.get(userId);
    const now = this.clock.now();
    if (known && now.getTime() - known.fetchedAt.getTime() < REFRESH_AFTER_MS) return known;
    try {
      const profile = await this.source.profile(userId);
      if (!profile) return known ?? null;
      return this.members.saveProfile(profile, now);
    } catch (error) {
      // A stale profile is better than a failed command.
      if (known) {
        this.logger.warn(`users.info failed for ${userId}; using the stored profile`, error);
        return known;
      }
      throw error;
    }
  }

  /**
   * A profile Slack pushed (the user_change event): stored at once for members Pacer knows, so a
   * deactivated rep cannot be credited with a deal in the day before the next users.info. Users
   * Pacer has not met are left out; it learns them when they first appear.
   */
  update(profile: SlackProfile): Member | null {
    if (!this.members.get(profile.userId)) return null;
    return this.members.saveProfile(profile, this.clock.now());
  }

  get(userId: string): Member | undefined {
    return this.members.get(userId);
  }

  isAdmin(member: Actor): boolean {
    return isAdmin(member, this.admins);
  }
}
