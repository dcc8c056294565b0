import { createHash } from 'node:crypto';
import type { WebClient } from '@slack/web-api';
import type { AppDeps } from '../../app-deps.js';
import { type ChartDeps, drawAndUpload } from '../../charts/chart-images.js';
import type { CumulativeChartInput } from '../../charts/chart-inputs.js';
import type { Speaker } from '../../i18n/translator.js';
import { memberSpeaker } from '../../services/language-settings.js';
import { type HomeData, homeFor } from '../../use-cases/home.js';
import { homeMonthSeries } from '../../use-cases/home-chart.js';
import { commissionLine } from '../listeners/commands/leaderboard/commission-line.js';
import { type HomeChart, homeView } from '../views/home/home-view.js';

interface WantedChart {
  input: CumulativeChartInput;
  fileName: string;
  /** The figures the chart shows: a chart uploaded for the same version is still true. */
  version: string;
}

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
    /** What draws and uploads App Home's month chart; App Home goes without a chart when not given. */
    private readonly charts?: ChartDeps,
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

  /**
   * Publishes at once, with the member's month chart when the one uploaded last still shows today's
   * figures. Otherwise the chart is drawn and uploaded after that first publish and the tab published
   * again with it: opening the tab never waits for a render, and a chart that cannot be made is
   * logged and left out (ADR 0020).
   */
  async #publishOnce(userId: string): Promise<void> {
    const { deps } = this;
    try {
      const member = await deps.directory.ensure(userId);
      if (!member || member.deleted || member.isBot) return;
      const data = homeFor(deps, member);
      const say = memberSpeaker(deps, userId);
      // The viewer's own commission and nobody else's: the line is computed for userId alone.
      const ownCommission = commissionLine(deps, userId, data.periods[1]!.period, say);
      const publish = (chart: HomeChart | null) =>
        this.client.views.publish({ user_id: userId, view: homeView({ data, ownCommission, chart }, say) });
      const wanted = this.charts ? this.#monthChart(data, say) : null;
      // The chart uploaded last, kept in SQLite: after a restart an unchanged one is not drawn again.
      const cached = wanted ? deps.homeCharts.get(userId) : undefined;
      const fresh = wanted && cached?.version === wanted.version ? cached : null;
      await publish(fresh);
      if (!wanted || fresh) return;
      const chart = await this.#upload(userId, wanted);
      if (!chart) return;
      await publish(chart);
      // The tab shows the new picture: the one it replaces is seen nowhere and goes (ADR 0030).
      if (cached && cached.fileId !== chart.fileId) await this.#delete(userId, cached.fileId);
    } catch (error) {
      // A tab that could not be refreshed is shown as it was; the next open tries again.
      deps.logger.warn(`could not publish the Home tab of ${userId}`, error);
    }
  }

  /** The month chart's input and the version of the figures it shows; null with nothing to draw. */
  #monthChart(data: HomeData, say: Speaker): WantedChart | null {
    const series = homeMonthSeries(this.deps, data);
    const sold = series.actual.some((v) => v !== null && v > 0);
    if (!sold && !series.target) return null;
    const month = data.periods.find((p) => p.period.kind === 'month')!.period;
    const input: CumulativeChartInput = {
      kind: 'cumulative',
      title: say.t('charts.homeMonthTitle', { period: say.period(month) }),
      locale: say.locale,
      currency: data.currency,
      labels: series.days.map((day) => String(Number(day.slice(8)))),
      actual: series.actual,
      target: series.target,
      stretch: series.stretch,
    };
    const version = createHash('sha256').update(JSON.stringify(input)).digest('base64url');
    return { input, fileName: `pacer-${month.key}.png`, version };
  }

  async #delete(userId: string, fileId: string): Promise<void> {
    try {
      await this.charts!.uploader.deleteImage(fileId);
    } catch (error) {
      this.deps.logger.warn(`could not delete the old Home chart ${fileId} of ${userId}`, error);
    }
  }

  async #upload(userId: string, wanted: WantedChart): Promise<HomeChart | null> {
    try {
      const chart = await drawAndUpload(this.charts!, wanted.input, wanted.fileName);
      this.deps.homeCharts.save(userId, { version: wanted.version, ...chart }, this.deps.clock.now());
      return chart;
    } catch (error) {
      this.deps.logger.warn(`could not draw or upload the Home chart of ${userId}`, error);
      return null;
    }
  }
}
