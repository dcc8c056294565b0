import type { AppDeps } from '../../../../app-deps.js';
import { type Period, type PeriodKind, parsePeriod, periodAt } from '../../../../domain/periods.js';
import type { Speaker } from '../../../../i18n/translator.js';
import { memberSpeaker, teamSpeaker } from '../../../../services/language-settings.js';
import { ANNOUNCE_CHANNEL, CURRENCY, TIMEZONE } from '../../../../services/settings-service.js';
import { leaderboard, METRICS, type Metric } from '../../../../use-cases/leaderboard.js';
import { tokenize } from '../../../command-text.js';
import type { HelpEntry } from '../../../help-entry.js';
import { escapeMrkdwn } from '../../../mrkdwn.js';
import { UserFacingError } from '../../../user-facing-error.js';
import { leaderboardView } from '../../../views/leaderboard/leaderboard-view.js';
import { type CommandHandler, registerCommand } from '../../command-listener.js';
import type { ListenerRouter } from '../../listener-router.js';
import { readSliceFilter } from '../slice-filter.js';
import { commissionLine } from './commission-line.js';

const EXAMPLE = '`/leaderboard quarter by attainment region:North`';

export const help: HelpEntry[] = [
  {
    usage:
      '/leaderboard [week|month|quarter|year|2026-11] [by revenue|attainment|deals|new-customers] [region:<name>] [product:<name>] [public]',
    example: '/leaderboard quarter by attainment',
    descriptionKey: 'help.leaderboard.show',
  },
];

const KINDS: PeriodKind[] = ['week', 'month', 'quarter', 'year'];

interface Parsed {
  period: Period;
  metric: Metric;
  regionId?: number;
  productId?: number;
  filterLabel: string;
  isPublic: boolean;
}

function parse(text: string, deps: AppDeps, say: Speaker): Parsed {
  const at = deps.clock.now();
  const timezone = deps.settings.get(TIMEZONE);
  const parsed: Parsed = {
    period: periodAt('month', at, timezone),
    metric: 'revenue',
    filterLabel: '',
    isPublic: false,
  };
  const words = tokenize(text);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const lower = word.toLowerCase();
    const slice = readSliceFilter(word, deps, EXAMPLE);
    if (KINDS.includes(lower as PeriodKind)) parsed.period = periodAt(lower as PeriodKind, at, timezone);
    else if (lower === 'by') {
      const metric = (words[++i] ?? '').toLowerCase();
      if (!METRICS.includes(metric as Metric)) {
        throw new UserFacingError(say.t('leaderboard.badMetric', { example: EXAMPLE }));
      }
      parsed.metric = metric as Metric;
    } else if (lower === 'public') parsed.isPublic = true;
    else if (slice) {
      if (slice.kind === 'region') parsed.regionId = slice.entry.id;
      else parsed.productId = slice.entry.id;
      parsed.filterLabel = slice.entry.name;
    } else {
      const period = parsePeriod(word);
      if (!period || period.kind === 'day') {
        throw new UserFacingError(
          say.t('leaderboard.badWord', { word: escapeMrkdwn(word), example: EXAMPLE }),
        );
      }
      parsed.period = period;
    }
  }
  return parsed;
}

const handleLeaderboard: CommandHandler = async ({ caller, text, channelId }, deps) => {
  // The caller's own board speaks their language; a public one the team's.
  const mine = memberSpeaker(deps, caller.userId);
  const q = parse(text, deps, mine);
  const board = leaderboard(deps, {
    period: q.period,
    metric: q.metric,
    ...(q.regionId !== undefined ? { regionId: q.regionId } : {}),
    ...(q.productId !== undefined ? { productId: q.productId } : {}),
  });
  const currency = deps.settings.get(CURRENCY);
  if (q.isPublic) {
    // Public boards go through the rate-limited sender and never carry anyone's commission.
    const view = leaderboardView(board, currency, '', teamSpeaker(deps), [], q.filterLabel);
    const channel = channelId || deps.settings.get(ANNOUNCE_CHANNEL);
    if (!channel) throw new UserFacingError(mine.t('leaderboard.noChannel'));
    await deps.sender.post({ channel, ...view });
    return { text: mine.t('leaderboard.posted') };
  }
  const own = commissionLine(deps, caller.userId, q.period, mine);
  return leaderboardView(board, currency, caller.userId, mine, own ? [own] : [], q.filterLabel);
};

export function registerLeaderboard(router: ListenerRouter, deps: AppDeps): void {
  registerCommand(router, deps, '/leaderboard', handleLeaderboard);
}
