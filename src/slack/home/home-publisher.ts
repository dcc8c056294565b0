import type { WebClient } from '@slack/web-api';
import type { AppDeps } from '../../app-deps.js';
import { memberSpeaker } from '../../services/language-settings.js';
import { homeFor } from '../../use-cases/home.js';
import { commissionLine } from '../listeners/commands/leaderboard/commission-line.js';
import { homeView } from '../views/home/home-view.js';

/**
 * Publishes members' Home tabs. A tab is published when its member opens it, and again after their
 * own deals change, but only for members who opened it since Pacer started: nobody else's tab is
 * touched on a deal, and a tab not seen since a restart is rebuilt when it is next opened anyway
 * (ADR 21). Publishes for one member never overlap: a change while one is under way asks for one
 * more afterwards, so a burst of deals costs two views.publish calls, not one per deal.
 */
export class HomePublisher {
  readonly #opened = new Set<string>();
  readonly #running = new Map<string, Promise<void>>();
  readonly #again = new Set<string>();

  constructor(
    private readonly deps: AppDeps,
    private readonly client: WebClient,
  ) {}

  /** The member opened the Home tab: publish it now, and keep it fresh after their deals change. */
  opened(userId: string): Promise<void> {
    this.#opened.add(userId);
    return this.publish(userId);
  }

  /** Deals of these members changed: refresh the tabs of those who have one open. */
  dealsChanged(memberIds: readonly string[]): void {
    for (const id of memberIds) if (this.#opened.has(id)) void this.publish(id);
  }

  /** Resolves once the member's tab shows what the database holds now (or the attempt failed and was logged). */
  publish(userId: string): Promise<void> {
    const running = this.#running.get(userId);
    if (running) {
      this.#again.add(userId);
      return running;
    }
    const run = (async () => {
      try {
        do {
          this.#again.delete(userId);
          await this.#publishOnce(userId);
        } while (this.#again.has(userId));
      } finally {
        this.#running.delete(userId);
      }
    })();
    this.#running.set(userId, run);
    return run;
  }

  async #publishOnce(userId: string): Promise<void> {
    const { deps } = this;
    try {
      const member = await deps.directory.ensure(userId);
      if (!member || member.deleted || member.isBot) return;
      const data = homeFor(deps, member);
      const say = memberSpeaker(deps, userId);
      // The viewer's own commission and nobody else's: the line is computed for userId alone.
      const ownCommission = commissionLine(deps, userId, data.periods[1]!.period, say);
      await this.client.views.publish({ user_id: userId, view: homeView({ data, ownCommission }, say) });
    } catch (error) {
      // A tab that could not be refreshed is shown as it was; the next open tries again.
      deps.logger.warn(`could not publish the Home tab of ${userId}`, error);
    }
  }
}
