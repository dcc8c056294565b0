/** The mid-week DM to a manager naming the reports behind the pace needed for the month. */
const en = {
  'atRisk.header': 'At risk this month · {period}',
  'atRisk.intro':
    '{count, plural, one {# of your reports is} other {# of your reports are}} behind the pace needed for the month:',
  'atRisk.member': '*<@{member}>* — {actual} of {target} · {gap} behind the pace',
  'atRisk.perDay': 'Needs {perDay} per working day over the {days} left ({remaining} to go)',
  'atRisk.noDaysLeft': 'No working days left: {remaining} to go',
  'atRisk.checkinBoth': 'Last check-in ({period}): confidence {count}/5 · blocker: {text}',
  'atRisk.checkinConfidence': 'Last check-in ({period}): confidence {count}/5 · no blocker',
  'atRisk.checkinBlocker': 'Last check-in ({period}): blocker: {text}',
  'atRisk.noCheckin': 'No check-in answered yet',
  'atRisk.footer': 'A word from you now helps most. `/checkin answers @name` shows their answers.',
} as const;

const zhCN: Record<keyof typeof en, string> = {
  'atRisk.header': '本月风险提醒 · {period}',
  'atRisk.intro': '你有 {count} 名下属落后于本月所需进度：',
  'atRisk.member': '*<@{member}>* — {actual} / {target} · 落后进度 {gap}',
  'atRisk.perDay': '剩余 {days} 个工作日，还需每个工作日 {perDay}（还差 {remaining}）',
  'atRisk.noDaysLeft': '已没有剩余工作日：还差 {remaining}',
  'atRisk.checkinBoth': '最近一次周报（{period}）：信心 {count}/5 · 阻碍：{text}',
  'atRisk.checkinConfidence': '最近一次周报（{period}）：信心 {count}/5 · 无阻碍',
  'atRisk.checkinBlocker': '最近一次周报（{period}）：阻碍：{text}',
  'atRisk.noCheckin': '尚未填写过周报',
  'atRisk.footer': '现在和他们聊一聊最有帮助。用 `/checkin answers @名字` 查看其周报。',
};

export const atRisk = { en, 'zh-CN': zhCN };
