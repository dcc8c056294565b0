import type { AppDeps } from '../app-deps.js';
import { analysisChartInputs } from '../charts/analysis-chart-inputs.js';
import { chartImages } from '../charts/chart-images.js';
import type { Period } from '../domain/periods.js';
import { localDateAt } from '../domain/time.js';
import type { Speaker } from '../i18n/translator.js';
import type { Logger } from '../logger.js';
import { CURRENCY, TIMEZONE } from '../services/settings-service.js';
import { type AnalysisFilter, type Audience, analyse, chartSteps } from '../use-cases/analysis.js';
import { analysisView } from './views/analysis/analysis-view.js';
import type { Reply } from './views/blocks.js';

/**
 * The analysis of `period` for one audience as messages in `say`'s language, with its charts as
 * images uploaded the three-step way when Pacer has a chart renderer (deps.charts); text only otherwise, and when a
 * chart cannot be drawn or uploaded.
 */
export async function analysisReplies(
  deps: AppDeps,
  period: Period,
  audience: Audience,
  filter: AnalysisFilter,
  say: Speaker,
  logger: Pick<Logger, 'warn'>,
): Promise<Reply[]> {
  const currency = deps.settings.get(CURRENCY);
  const analysis = analyse(deps, period, audience, filter);
  if (!deps.charts) return analysisView(analysis, currency, say);
  const charts = { renderer: deps.charts, uploader: deps.sender.images() };
  let images: Awaited<ReturnType<typeof chartImages>> = [];
  try {
    const today = localDateAt(deps.clock.now(), deps.settings.get(TIMEZONE));
    const steps = chartSteps(deps, analysis, filter, today, (step) => say.period(step));
    const name = say.period(period);
    const inputs = analysisChartInputs(steps, analysis.regions, analysis.products, {
      locale: say.locale,
      currency,
      cumulativeTitle: say.t('analysis.chartCumulative', { period: name }),
      regionsTitle: say.t('analysis.chartRegions', { period: name }),
      productsTitle: say.t('analysis.chartProducts', { period: name }),
      noRegion: say.t('analysis.noRegion'),
      noProduct: say.t('analysis.noProduct'),
    });
    images = await chartImages(charts, inputs, `analysis-${period.key}`, logger);
  } catch (error) {
    logger.warn(`analysis charts not shown: ${error instanceof Error ? error.message : String(error)}`);
  }
  return analysisView(analysis, currency, say, images);
}
