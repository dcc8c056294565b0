import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../app-deps.js';
import { type SlackUser, toSlackProfile } from '../../profile-source.js';

/** Keeps members current when Slack says a profile changed: deactivation, timezone, admin flag. */
export function registerUserChange(app: App, deps: AppDeps): void {
  app.event('user_change', async ({ event }) => {
    const profile = toSlackProfile(event.user as SlackUser);
    if (profile) deps.directory.update(profile);
  });
}
