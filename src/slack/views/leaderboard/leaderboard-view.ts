import type { KnownBlock } from '@slack/types';
import { topWithCaller } from '../../../domain/leaderboard.js';
import { formatMoney } from '../../../domain/money.js';
import { periodLabel } from '../../../domain/periods.js';
import type { Leaderboard, LeaderboardRow, Metric } from '../../../use-cases/leaderboard.js';
import { escapeMrkdwn } from '../../mrkdwn.js';
import { context, fitReply, header, type Reply, section } from '../blocks.js';
import { listWithMore, SLACK } from '../fit.js';

const MEDALS = [':first_place_medal:', ':second_place_medal:', ':third_place_medal:'];
const TITLES: Record<Metric, string> = {
  revenue: 'revenue',
  attainment: 'attainment (% of own target)',
  deals: 'deals closed',
  'new-customers': 'new customers won',
};

function figure(row: LeaderboardRow, metric: Metric, currency: string): string {
  const money = formatMoney(row.totals.revenueCents, currency);
  switch (metric) {
    case 'revenue':
      return `${money} · ${row.totals.deals} deal${row.totals.deals === 1 ? '' : 's'}`;
    case 'deals':
      return `${row.totals.deals} deal${row.totals.deals === 1 ? '' : 's'} · ${money}`;
    case 'new-customers':
      return `${row.totals.newCustomers} new customer${row.totals.newCustomers === 1 ? '' : 's'} · ${money}`;
    case 'attainment':
      return `${Math.floor((row.num * 100) / row.den)}% · ${money} of ${formatMoney(row.target ?? 0, currency)}`;
  }
}

function line(row: LeaderboardRow, metric: Metric, currency: string, callerId: string): string {
  const place = row.rank <= 3 ? MEDALS[row.rank - 1] : `${row.rank}.`;
  const you = row.memberId === callerId ? ' ← you' : '';
  return `${place} <@${row.memberId}> — ${figure(row, metric, currency)}${you}`;
}

/**
 * The top 10 plus the caller's own row; attainment lists members without a target apart.
 * `filterLabel` is a region or product name as typed (plain text), escaped wherever mrkdwn shows it.
 */
export function leaderboardView(
  board: Leaderboard,
  currency: string,
  callerId: string,
  extraContext: string[] = [],
  filterLabel = '',
): Reply {
  const { metric, period } = board.query;
  const title = `Leaderboard · ${periodLabel(period)} · ${TITLES[metric]}${filterLabel ? ` · ${filterLabel}` : ''}`;
  const { top, caller } = topWithCaller(board.ranked, callerId, 10);
  const lines = top.map((r) => line(r as LeaderboardRow, metric, currency, callerId));
  if (caller) lines.push('…', line(caller as LeaderboardRow, metric, currency, callerId));
  const body = lines.length ? lines.join('\n') : '_No sales in this period yet._';
  const blocks: KnownBlock[] = [header(title), section(body)];
  const notes: string[] = [];
  if (board.noTarget.length) {
    notes.push(
      `No target, so not ranked on attainment: ${listWithMore(
        board.noTarget.map((m) => `<@${m.memberId}>`),
        SLACK.contextText - 60,
      )}`,
    );
  }
  notes.push(
    `Team: ${formatMoney(board.team.revenueCents, currency)} from ${board.team.deals} deals, ${board.team.newCustomers} new customers. Ties share a rank.`,
    ...extraContext,
  );
  blocks.push(context(...notes));
  // The header is plain text; the notification text is mrkdwn, so a region's name is escaped there.
  return fitReply([escapeMrkdwn(title), body, ...notes].join('\n'), blocks);
}
