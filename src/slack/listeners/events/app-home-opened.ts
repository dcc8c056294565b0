import type { App } from '@slack/bolt';
import type { HomePublisher } from '../../home/home-publisher.js';

/** Slack says a member opened Pacer's Home tab: publish it fresh, for them alone. */
export function registerAppHomeOpened(app: App, home: HomePublisher): void {
  app.event('app_home_opened', async ({ event }) => {
    // The Messages tab fires the same event; only the Home tab has a view to publish.
    if (event.tab !== 'home') return;
    await home.opened(event.user);
  });
}
