/** The Monday reminder: the post in the announce channel and each rep's DM. */
const en = {
  'reminder.header': 'Weekly targets · {week}',
  'reminder.teamTarget': "*This week's team target:* {amount}",
  'reminder.teamTargetStretch': "*This week's team target:* {amount} (stretch {stretch})",
  'reminder.noTeamTarget':
    '*This week:* no team target yet — an admin can set one with `/target set team 2026 12,000,000`.',
  'reminder.lastWeekNone': '*Last week* ({period}): no target.',
  'reminder.lastWeek':
    '*Last week* ({period}): {actual} of {target} — {percent}%, {verdict, select, hit {:white_check_mark: hit} other {:x: missed}}',
  'reminder.monthToDate': 'Month to date ({period})',
  'reminder.quarterToDate': 'Quarter to date ({period})',
  'reminder.byRegion': '*By region* (this month)',
  'reminder.byProduct': '*By product line* (this month)',
  'reminder.slice': '• {name}: {actual} of {target} · {status}{risk}',
  'reminder.more': '_… and {count} more: `/target {scope}:<name>`_',
  'reminder.footer': 'See yours any time with `/target`.',
  'reminder.dmTarget': '*Your target this week* ({week}): *{amount}*',
  'reminder.dmTargetStretch': '*Your target this week* ({week}): *{amount}*, stretch {stretch}',
  'reminder.dmLastWeek': 'Last week: {actual} of {target} ({percent}%).',
  'reminder.dmThisMonth': 'This month',
  'reminder.dmFooter': '`/target` shows every period.',
} as const;

const zhCN: Record<keyof typeof en, string> = {
  'reminder.header': '本周目标 · {week}',
  'reminder.teamTarget': '*本周团队目标：*{amount}',
  'reminder.teamTargetStretch': '*本周团队目标：*{amount}（冲刺目标 {stretch}）',
  'reminder.noTeamTarget': '*本周：*还没有团队目标，管理员可用 `/target set team 2026 12,000,000` 设定。',
  'reminder.lastWeekNone': '*上周*（{period}）：未设目标。',
  'reminder.lastWeek':
    '*上周*（{period}）：{actual} / {target}，完成 {percent}%，{verdict, select, hit {:white_check_mark: 已达成} other {:x: 未达成}}',
  'reminder.monthToDate': '本月至今（{period}）',
  'reminder.quarterToDate': '本季度至今（{period}）',
  'reminder.byRegion': '*各区域*（本月）',
  'reminder.byProduct': '*各产品线*（本月）',
  'reminder.slice': '• {name}：{actual} / {target} · {status}{risk}',
  'reminder.more': '_……还有 {count} 项：`/target {scope}:<名称>`_',
  'reminder.footer': '随时用 `/target` 查看你自己的目标。',
  'reminder.dmTarget': '*你本周的目标*（{week}）：*{amount}*',
  'reminder.dmTargetStretch': '*你本周的目标*（{week}）：*{amount}*，冲刺目标 {stretch}',
  'reminder.dmLastWeek': '上周：{actual} / {target}（{percent}%）。',
  'reminder.dmThisMonth': '本月',
  'reminder.dmFooter': '用 `/target` 查看各周期的目标。',
};

export const reminder = { en, 'zh-CN': zhCN };
