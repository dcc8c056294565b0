/** The Monday DM each manager gets about their reports, with the weekly reminder. */
const en = {
  'managerDigest.header': 'Your team this week · {week}',
  'managerDigest.atRiskCount':
    ':rotating_light: {count, plural, one {# report is} other {# reports are}} at risk this month.',
  'managerDigest.noneAtRisk': 'Nobody on your team is at risk this month.',
  'managerDigest.member': '*<@{member}>* · {status}',
  'managerDigest.week': 'This week: {amount}',
  'managerDigest.weekStretch': 'This week: {amount}, stretch {stretch}',
  'managerDigest.noWeekTarget': 'This week: no target',
  'managerDigest.lastWeek': 'Last week: {actual} of {target} ({percent}%)',
  'managerDigest.lastWeekNone': 'Last week: no target',
  'managerDigest.month': 'This month',
  'managerDigest.noMonthTarget': 'This month: {actual} · no target',
  'managerDigest.footer': "Pacer's Home tab has the table, check-ins and blockers any time.",
} as const;

const zhCN: Record<keyof typeof en, string> = {
  'managerDigest.header': '本周团队概况 · {week}',
  'managerDigest.atRiskCount': ':rotating_light: 本月有 {count} 名下属有风险。',
  'managerDigest.noneAtRisk': '本月团队中没有人有风险。',
  'managerDigest.member': '*<@{member}>*：{status}',
  'managerDigest.week': '本周目标：{amount}',
  'managerDigest.weekStretch': '本周目标：{amount}，冲刺目标 {stretch}',
  'managerDigest.noWeekTarget': '本周：未设目标',
  'managerDigest.lastWeek': '上周：{actual} / {target}（{percent}%）',
  'managerDigest.lastWeekNone': '上周：未设目标',
  'managerDigest.month': '本月',
  'managerDigest.noMonthTarget': '本月：{actual} · 未设目标',
  'managerDigest.footer': '随时打开 Pacer 的主页标签，查看进度表、周报和阻碍。',
};

export const managerDigest = { en, 'zh-CN': zhCN };
