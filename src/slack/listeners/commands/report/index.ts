import type { AppDeps } from '../../../../app-deps.js';
import { type Period, type PeriodKind, parsePeriod, periodAt } from '../../../../domain/periods.js';
import { memberSpeaker } from '../../../../services/language-settings.js';
import { TIMEZONE } from '../../../../services/settings-service.js';
import { type AnalysisFilter, audienceOf } from '../../../../use-cases/analysis.js';
import { analysisReplies } from '../../../analysis-replies.js';
import { tokenize } from '../../../command-text.js';
import type { HelpEntry } from '../../../help-entry.js';
import { escapeMrkdwn } from '../../../mrkdwn.js';
import { UserFacingError } from '../../../user-facing-error.js';
import { type CommandHandler, registerCommand } from '../../command-listener.js';
import type { ListenerRouter } from '../../listener-router.js';
import { readSliceFilter } from '../slice-filter.js';

const EXAMPLE = '`/report 2026-11 region:North`';

export const help: HelpEntry[] = [
  {
    usage: '/report [week|month|quarter|year|2026-11|2026-Q4|2026] [region:<name>] [product:<name>]',
    example: '/report 2026-Q4 region:North',
    descriptionKey: 'analysis.help',
  },
];

const KINDS: PeriodKind[] = ['week', 'month', 'quarter', 'year'];

/**
 * `/report`: the analysis of this month (or the period named), for a region or product line when
 * asked, as the caller may see it: admins everything, managers their reports, reps the team view.
 * Answered to the caller alone.
 */
const handleReport: CommandHandler = async ({ caller, text }, deps) => {
  const say = memberSpeaker(deps, caller.userId);
  const timezone = deps.settings.get(TIMEZONE);
  let period: Period = periodAt('month', deps.clock.now(), timezone);
  const filter: AnalysisFilter = {};
  for (const word of tokenize(text)) {
    const lower = word.toLowerCase();
    const slice = readSliceFilter(word, deps, EXAMPLE);
    if (KINDS.includes(lower as PeriodKind))
      period = periodAt(lower as PeriodKind, deps.clock.now(), timezone);
    else if (slice) {
      if (slice.kind === 'region') filter.regionId = slice.entry.id;
      else filter.productId = slice.entry.id;
    } else {
      const parsed = parsePeriod(word);
      if (!parsed) {
        const key = /^\d{4}/.test(word) ? 'analysis.badPeriod' : 'analysis.badArgument';
        throw new UserFacingError(say.t(key, { text: escapeMrkdwn(word) }));
      }
      period = parsed;
    }
  }
  const pages = await analysisReplies(deps, period, audienceOf(deps, caller), filter, say, deps.logger);
  // A team with very many regions and product lines gets more than one page: the later ones follow
  // the answer by response_url.
  const [first, ...more] = pages;
  return {
    ...first!,
    visibility: 'ephemeral',
    more,
    notShown: (left) => say.t('analysis.pagesNotShown', { count: left, example: EXAMPLE }),
  };
};

export function registerReport(router: ListenerRouter, deps: AppDeps): void {
  registerCommand(router, deps, '/report', handleReport);
}
