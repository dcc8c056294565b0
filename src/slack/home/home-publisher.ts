import { createHash } from 'node:crypto';
import type { WebClient } from '@slack/web-api';
import type { AppDeps } from '../../app-deps.js';
import { type ChartDeps, drawAndUpload } from '../../charts/chart-images.js';
import type { ChartInput, CumulativeChartInput, TrendChartInput } from '../../charts/chart-inputs.js';
import type { Speaker } from '../../i18n/translator.js';
import type { HomeChartKind } from '../../persistence/home-charts-repository.js';
import { memberSpeaker } from '../../services/language-settings.js';
import { type HomeData, homeFor } from '../../use-cases/home.js';
import { homeMonthSeries, homeWeeklyTrend, TREND_WEEKS } from '../../use-cases/home-chart.js';
import { commissionLine } from '../listeners/commands/leaderboard/commission-line.js';
import { type HomeChart, homeView } from '../views/home/home-view.js';

interface WantedChart {
  kind: HomeChartKind;
  input: ChartInput;
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
   * Publishes at once, with each of the member's charts (the month, the weekly trend) whose upload
   * still shows today's figures. The others are drawn and uploaded after that first publish and the
   * tab published again with them: opening the tab never waits for a render, and a chart that cannot
   * be made is logged and left out (ADR 0020). The files the new charts replace are then deleted.
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
      const shown = new Map<HomeChartKind, HomeChart>();
      const publish = () => {
        const [chart, trend] = [shown.get('month') ?? null, shown.get('trend') ?? null];
        const view = homeView({ data, ownCommission, chart, trend }, say);
        return this.client.views.publish({ user_id: userId, view });
      };
      const wanted = this.charts ? this.#wantedCharts(data, say) : [];
      const stale: Array<{ wanted: WantedChart; replaces: string | undefined }> = [];
      for (const chart of wanted) {
        // The chart uploaded last, kept in SQLite: after a restart an unchanged one is not drawn again.
        const cached = deps.homeCharts.get(userId, chart.kind);
        if (cached?.version === chart.version) shown.set(chart.kind, cached);
        else stale.push({ wanted: chart, replaces: cached?.fileId });
      }
      try {
        await publish();
      } catch (error) {
        if (shown.size === 0 || slackErrorCode(error) !== 'invalid_blocks') throw error;
        // Slack no longer has a cached file (a restored backup, a retention purge, an admin's
        // delete): without this the cache row would fail every later open, across restarts too.
        // Forget the member's charts, publish the figures without them, then upload fresh ones.
        deps.logger.warn(`a cached Home chart of ${userId} is gone from Slack; uploading new ones`);
        deps.homeCharts.forget(userId);
        for (const chart of wanted)
          if (shown.has(chart.kind)) stale.push({ wanted: chart, replaces: shown.get(chart.kind)!.fileId });
        shown.clear();
        stale.sort((a, b) => wanted.indexOf(a.wanted) - wanted.indexOf(b.wanted));
        await publish();
      }
      const replaced: string[] = [];
      for (const { wanted: chart, replaces } of stale) {
        const uploaded = await this.#upload(userId, chart);
        if (!uploaded) continue;
        shown.set(chart.kind, uploaded);
        if (replaces && replaces !== uploaded.fileId) replaced.push(replaces);
      }
      if (!stale.some(({ wanted: chart }) => shown.has(chart.kind))) return;
      await publish();
      // The tab shows the new pictures: the ones they replace are seen nowhere and go (ADR 0030).
      for (const fileId of replaced) await this.#delete(userId, fileId);
    } catch (error) {
      // A tab that could not be refreshed is shown as it was; the next open tries again.
      deps.logger.warn(`could not publish the Home tab of ${userId}`, error);
    }
  }

  /** The charts the member's tab shows: the month, then the weekly trend, each when it has something to show. */
  #wantedCharts(data: HomeData, say: Speaker): WantedChart[] {
    return [this.#monthChart(data, say), this.#trendChart(data, say)].filter(
      (c): c is WantedChart => c !== null,
    );
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
    return wantedChart('month', input, `pacer-${month.key}.png`);
  }

  /** The last weeks against each week's target; null when none of them sold or had a target. */
  #trendChart(data: HomeData, say: Speaker): WantedChart | null {
    const weeks = homeWeeklyTrend(this.deps, data);
    if (!weeks.some((w) => w.actual > 0 || w.target !== null)) return null;
    const input: TrendChartInput = {
      kind: 'trend',
      title: say.t('charts.homeTrendTitle', { count: TREND_WEEKS }),
      locale: say.locale,
      currency: data.currency,
      weeks: weeks.map((w) => ({
        label: say.t('charts.weekLabel', { weekNumber: Number(w.period.key.slice(6)) }),
        actual: w.actual,
        target: w.target,
      })),
    };
    return wantedChart('trend', input, `pacer-trend-${weeks.at(-1)!.period.key}.png`);
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
      this.deps.homeCharts.save(
        userId,
        wanted.kind,
        { version: wanted.version, ...chart },
        this.deps.clock.now(),
      );
      return chart;
    } catch (error) {
      this.deps.logger.warn(`could not draw or upload the Home chart (${wanted.kind}) of ${userId}`, error);
      return null;
    }
  }
}

/** Slack's error code for a refused Web API call (`invalid_blocks`), if it is one. */
function slackErrorCode(error: unknown): string | undefined {
  return (error as { data?: { error?: unknown } } | null)?.data?.error as string | undefined;
}

/** The version is a hash of the whole input: any change of figure, label, language or currency is a new chart. */
function wantedChart(kind: HomeChartKind, input: ChartInput, fileName: string): WantedChart {
  const version = createHash('sha256').update(JSON.stringify(input)).digest('base64url');
  return { kind, input, fileName, version };
}
