import type { WebClient } from '@slack/web-api';
import type { SlackProfile } from '../domain/entities/member.js';
import type { ProfileSource } from '../services/member-directory.js';

/** Slack's user object (users.info, the user_change event) as the member table keeps it. */
export interface SlackUser {
  id?: string;
  name?: string;
  real_name?: string;
  tz?: string;
  is_admin?: boolean;
  is_owner?: boolean;
  is_bot?: boolean;
  deleted?: boolean;
  /** Only with `include_locale: true`: `en-US`, `zh-CN`. */
  locale?: string;
  profile?: { display_name?: string; email?: string };
}

export function toSlackProfile(user: SlackUser): SlackProfile | null {
  if (!user.id) return null;
  return {
    userId: user.id,
    name: user.profile?.display_name || user.real_name || user.name || user.id,
    realName: user.real_name ?? null,
    tz: user.tz ?? null,
    slackAdmin: Boolean(user.is_admin || user.is_owner),
    isBot: Boolean(user.is_bot),
    deleted: Boolean(user.deleted),
    ...(user.locale ? { locale: user.locale } : {}),
    ...(user.profile?.email ? { email: user.profile.email } : {}),
  };
}

/** Reads a member's profile with users.info. */
export function slackProfileSource(client: WebClient): ProfileSource {
  return {
    async profile(userId) {
      try {
        const { user } = await client.users.info({ user: userId, include_locale: true });
        return user ? toSlackProfile(user) : null;
      } catch (error) {
        if ((error as { data?: { error?: string } }).data?.error === 'user_not_found') return null;
        throw error;
      }
    },
  };
}
