import type { KnownBlock } from '@slack/types';
import { topWithCaller } from '../../../domain/leaderboard.js';
import type { Speaker } from '../../../i18n/translator.js';
import type { Leaderboard, LeaderboardRow, Metric } from '../../../use-cases/leaderboard.js';
import { escapeMrkdwn } from '../../mrkdwn.js';
import { context, fitReply, header, type Reply, section } from '../blocks.js';
import { listWithMore, SLACK } from '../fit.js';

const MEDALS = [':first_place_medal:', ':second_place_medal:', ':third_place_medal:'];

function figure(row: LeaderboardRow, metric: Metric, currency: string, say: Speaker): string {
  const money = say.money(row.totals.revenueCents, currency);
  const deals = say.t('leaderboard.deals', { count: row.totals.deals });
  switch (metric) {
    case 'revenue':
      return `${money} · ${deals}`;
    case 'deals':
      return `${deals} · ${money}`;
    case 'new-customers':
      return `${say.t('leaderboard.newCustomers', { count: row.totals.newCustomers })} · ${money}`;
    case 'attainment':
      return say.t('leaderboard.attainment', {
        percent: Math.floor((row.num * 100) / row.den),
        actual: money,
        target: say.money(row.target ?? 0, currency),
      });
  }
}

function line(row: LeaderboardRow, metric: Metric, currency: string, callerId: string, say: Speaker): string {
  const place = row.rank <= 3 ? MEDALS[row.rank - 1]! : `${row.rank}.`;
  const you = row.memberId === callerId ? say.t('leaderboard.you') : '';
  return `${say.t('leaderboard.line', { place, member: row.memberId, figure: figure(row, metric, currency, say) })}${you}`;
}

/**
 * The top 10 plus the caller's own row; attainment lists members without a target apart.
 * `filterLabel` is a region or product name as typed (plain text), escaped wherever mrkdwn shows it.
 * `say` is the caller's language for their own board, the team's for a public one.
 */
export function leaderboardView(
  board: Leaderboard,
  currency: string,
  callerId: string,
  say: Speaker,
  extraContext: string[] = [],
  filterLabel = '',
): Reply {
  const { metric, period } = board.query;
  const title = filterLabel
    ? say.t('leaderboard.titleFiltered', { period: say.period(period), metric, filter: filterLabel })
    : say.t('leaderboard.title', { period: say.period(period), metric });
  const { top, caller } = topWithCaller(board.ranked, callerId, 10);
  const lines = top.map((r) => line(r as LeaderboardRow, metric, currency, callerId, say));
  if (caller) lines.push('…', line(caller as LeaderboardRow, metric, currency, callerId, say));
  const body = lines.length ? lines.join('\n') : say.t('leaderboard.empty');
  const blocks: KnownBlock[] = [header(title), section(body)];
  const notes: string[] = [];
  if (board.noTarget.length) {
    const members = listWithMore(
      board.noTarget.map((m) => `<@${m.memberId}>`),
      SLACK.contextText - 60,
    );
    notes.push(say.t('leaderboard.noTarget', { members }));
  }
  notes.push(
    say.t('leaderboard.team', {
      revenue: say.money(board.team.revenueCents, currency),
      deals: board.team.deals,
      newCustomers: board.team.newCustomers,
    }),
    ...extraContext,
  );
  blocks.push(context(...notes));
  // The header is plain text; the notification text is mrkdwn, so a region's name is escaped there.
  return fitReply([escapeMrkdwn(title), body, ...notes].join('\n'), blocks);
}
