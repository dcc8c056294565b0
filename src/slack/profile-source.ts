import type { WebClient } from '@slack/web-api';
import type { SlackProfile } from '../persistence/members-repository.js';
import type { ProfileSource } from '../services/member-directory.js';

/** Reads a member's profile with users.info. */
export function slackProfileSource(client: WebClient): ProfileSource {
  return {
    async profile(userId) {
      try {
        const { user } = await client.users.info({ user: userId });
        if (!user?.id) return null;
        return {
          userId: user.id,
          name: user.profile?.display_name || user.real_name || user.name || user.id,
          realName: user.real_name ?? null,
          tz: user.tz ?? null,
          slackAdmin: Boolean(user.is_admin || user.is_owner),
          isBot: Boolean(user.is_bot),
          deleted: Boolean(user.deleted),
        } satisfies SlackProfile;
      } catch (error) {
        if ((error as { data?: { error?: string } }).data?.error === 'user_not_found') return null;
        throw error;
      }
    },
  };
}
