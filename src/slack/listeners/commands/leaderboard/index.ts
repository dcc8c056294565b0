import type { AppDeps } from '../../../../app-deps.js';
import { type Period, type PeriodKind, parsePeriod, periodAt } from '../../../../domain/periods.js';
import { ANNOUNCE_CHANNEL, CURRENCY, TIMEZONE } from '../../../../services/settings-service.js';
import { leaderboard, METRICS, type Metric } from '../../../../use-cases/leaderboard.js';
import { findCatalogEntry } from '../../../../use-cases/team-setup.js';
import { tokenize } from '../../../command-text.js';
import type { HelpEntry } from '../../../help-entry.js';
import { escapeMrkdwn } from '../../../mrkdwn.js';
import { UserFacingError } from '../../../user-facing-error.js';
import { leaderboardView } from '../../../views/leaderboard/leaderboard-view.js';
import { type CommandHandler, registerCommand } from '../../command-listener.js';
import type { ListenerRouter } from '../../listener-router.js';
import { commissionLine } from './commission-line.js';

const EXAMPLE = '`/leaderboard quarter by attainment region:North`';

export const help: HelpEntry[] = [
  {
    usage:
      '/leaderboard [week|month|quarter|year|2026-11] [by revenue|attainment|deals|new-customers] [region:<name>] [product:<name>] [public]',
    example: '/leaderboard quarter by attainment',
    description: 'who leads; ties share a rank; `public` posts it in the channel',
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

function parse(text: string, deps: AppDeps): Parsed {
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
    if (KINDS.includes(lower as PeriodKind)) parsed.period = periodAt(lower as PeriodKind, at, timezone);
    else if (lower === 'by') {
      const metric = (words[++i] ?? '').toLowerCase();
      if (!METRICS.includes(metric as Metric)) {
        throw new UserFacingError(`Rank by revenue, attainment, deals or new-customers, e.g. ${EXAMPLE}.`);
      }
      parsed.metric = metric as Metric;
    } else if (lower === 'public') parsed.isPublic = true;
    else if (/^(region|product):/i.test(word)) {
      const kind = lower.startsWith('region') ? 'region' : 'product';
      const entry = findCatalogEntry(
        kind === 'region' ? deps.regions : deps.products,
        word.slice(kind.length + 1),
        EXAMPLE,
      );
      if (kind === 'region') parsed.regionId = entry.id;
      else parsed.productId = entry.id;
      parsed.filterLabel = entry.name;
    } else {
      const period = parsePeriod(word);
      if (!period || period.kind === 'day') {
        throw new UserFacingError(
          `I don't understand “${escapeMrkdwn(word)}”. Periods are week, month, quarter, year or 2026-11, 2026-Q3, 2026-W48, 2026; e.g. ${EXAMPLE}.`,
        );
      }
      parsed.period = period;
    }
  }
  return parsed;
}

const handleLeaderboard: CommandHandler = async ({ caller, text, channelId }, deps) => {
  const q = parse(text, deps);
  const board = leaderboard(deps, {
    period: q.period,
    metric: q.metric,
    ...(q.regionId !== undefined ? { regionId: q.regionId } : {}),
    ...(q.productId !== undefined ? { productId: q.productId } : {}),
  });
  const currency = deps.settings.get(CURRENCY);
  if (q.isPublic) {
    // Public boards go through the rate-limited sender and never carry anyone's commission.
    const view = leaderboardView(board, currency, '', [], q.filterLabel);
    const channel = channelId || deps.settings.get(ANNOUNCE_CHANNEL);
    if (!channel) throw new UserFacingError('There is no channel to post in. Try it in a channel.');
    await deps.sender.post({ channel, ...view });
    return { text: 'Posted the leaderboard in the channel.' };
  }
  const own = commissionLine(deps, caller.userId, q.period);
  return leaderboardView(board, currency, caller.userId, own ? [own] : [], q.filterLabel);
};

export function registerLeaderboard(router: ListenerRouter, deps: AppDeps): void {
  registerCommand(router, deps, '/leaderboard', handleLeaderboard);
}
