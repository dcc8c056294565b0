import type { AppDeps } from '../app-deps.js';
import { drawAndUpload, type UploadedChart } from '../charts/chart-images.js';
import type { BarsChartInput } from '../charts/chart-inputs.js';
import type { Period } from '../domain/periods.js';
import type { Speaker } from '../i18n/translator.js';
import type { Logger } from '../logger.js';
import type { ReportPace } from '../use-cases/team-pace.js';

/**
 * The Monday digest's picture: each report's month to date against their month target, drawn and
 * uploaded before the digest is delivered. Null when there is nothing to draw or no renderer, and
 * when drawing or uploading fails (logged): a chart never holds a digest back (ADR 0020).
 */
export async function managerDigestChart(
  deps: Pick<AppDeps, 'charts' | 'members' | 'sender'>,
  logger: Logger,
  input: { managerId: string; month: Period; currency: string; reports: readonly ReportPace[] },
  say: Speaker,
): Promise<UploadedChart | null> {
  if (!deps.charts) return null;
  const { reports, month } = input;
  if (!reports.some((r) => r.monthActual > 0 || r.month)) return null;
  try {
    const chart: BarsChartInput = {
      kind: 'bars',
      title: say.t('charts.digestTitle', { period: say.period(month) }),
      locale: say.locale,
      currency: input.currency,
      bars: reports.map((r) => ({
        label: deps.members.get(r.memberId)?.name ?? r.memberId,
        actual: r.monthActual,
        target: r.month?.target.amount ?? null,
      })),
    };
    return await drawAndUpload(
      { renderer: deps.charts, uploader: deps.sender.images() },
      chart,
      `pacer-team-${month.key}.png`,
    );
  } catch (error) {
    logger.warn(`could not draw or upload the digest chart of ${input.managerId}`, error);
    return null;
  }
}
