/** `/leaderboard`, private and public. */
const en = {
  'leaderboard.title':
    'Leaderboard · {period} · {metric, select, revenue {revenue} attainment {attainment (% of own target)} deals {deals closed} other {new customers won}}',
  'leaderboard.titleFiltered':
    'Leaderboard · {period} · {metric, select, revenue {revenue} attainment {attainment (% of own target)} deals {deals closed} other {new customers won}} · {filter}',
  'leaderboard.deals': '{count, plural, one {# deal} other {# deals}}',
  'leaderboard.newCustomers': '{count, plural, one {# new customer} other {# new customers}}',
  'leaderboard.attainment': '{percent}% · {actual} of {target}',
  'leaderboard.line': '{place} <@{member}> — {figure}',
  'leaderboard.you': ' ← you',
  'leaderboard.empty': '_No sales in this period yet._',
  'leaderboard.noTarget': 'No target, so not ranked on attainment: {members}',
  'leaderboard.team':
    'Team: {revenue} from {deals, plural, one {# deal} other {# deals}}, {newCustomers, plural, one {# new customer} other {# new customers}}. Ties share a rank.',
  'leaderboard.posted': 'Posted the leaderboard in the channel.',
  'leaderboard.noChannel': 'There is no channel to post in. Try it in a channel.',
  'leaderboard.badMetric': 'Rank by revenue, attainment, deals or new-customers, e.g. {example}.',
  'leaderboard.badWord':
    "I don't understand “{word}”. Periods are week, month, quarter, year or 2026-11, 2026-Q3, 2026-W48, 2026; e.g. {example}.",
  'commission.line': 'Your commission for {period} (only you see this): *{total}*',
  'commission.lineParts': 'Your commission for {period} (only you see this): *{total}* = {parts}',
  'commission.rate': '{rate}% of {base} ({label})',
  'commission.fixed': '{amount} {label}',
} as const;

const zhCN: Record<keyof typeof en, string> = {
  'leaderboard.title':
    '排行榜 · {period} · {metric, select, revenue {业绩} attainment {目标完成率} deals {成交单数} other {新客户数}}',
  'leaderboard.titleFiltered':
    '排行榜 · {period} · {metric, select, revenue {业绩} attainment {目标完成率} deals {成交单数} other {新客户数}} · {filter}',
  'leaderboard.deals': '{count} 单',
  'leaderboard.newCustomers': '{count} 个新客户',
  'leaderboard.attainment': '{percent}% · {actual} / {target}',
  'leaderboard.line': '{place} <@{member}> — {figure}',
  'leaderboard.you': ' ← 你',
  'leaderboard.empty': '_本期还没有成交。_',
  'leaderboard.noTarget': '未设目标，不参与完成率排名：{members}',
  'leaderboard.team': '团队：共 {deals} 单，业绩 {revenue}，新客户 {newCustomers} 个。并列者名次相同。',
  'leaderboard.posted': '排行榜已发到频道。',
  'leaderboard.noChannel': '没有可以发布的频道，请在频道里使用。',
  'leaderboard.badMetric':
    '排名方式可选 revenue（业绩）、attainment（完成率）、deals（单数）或 new-customers（新客户），例如 {example}。',
  'leaderboard.badWord':
    '看不懂“{word}”。周期可以是 week、month、quarter、year，或 2026-11、2026-Q3、2026-W48、2026；例如 {example}。',
  'commission.line': '你在{period}的提成（仅你可见）：*{total}*',
  'commission.lineParts': '你在{period}的提成（仅你可见）：*{total}* = {parts}',
  'commission.rate': '{base} × {rate}%（{label}）',
  'commission.fixed': '{label} {amount}',
};

export const leaderboard = { en, 'zh-CN': zhCN };
