/** Periods and the pace of a target: shared by every surface that shows progress. */
const en = {
  // Only the non-English path formats periods from these; English keeps the domain's periodLabel.
  'period.year': '{year}',
  'period.quarter': 'Q{quarter} {year}',
  'period.week': 'week {week} ({from}–{to})',
  'pace.ahead': ':rocket: ahead',
  'pace.onTrack': ':white_check_mark: on track',
  'pace.behind': ':warning: behind',
  'pace.done': ':trophy: target reached',
  'pace.hit': ':trophy: hit',
  'pace.missed': ':x: missed',
  'pace.notStarted': ':hourglass: not started',
  'pace.atRisk': ' · *at risk*',
  'progress.line': '*{title}* — {actual} of {target}  `{bar}`  {status}{risk}',
  'progress.stretch': 'stretch {stretch} ({percent}%)',
  'progress.toGo': '{remaining} to go',
  'progress.perDay': '{perDay} per working day over the {days} left',
  'progress.noWorkingDays': 'no working days in this period (all holidays or days off)',
  'progress.explicit': 'set explicitly',
  'progress.why': '_Why:_ {reasoning}',
  'progress.conflict':
    ':warning: The targets set inside {period} add up to {children}, {kind, select, over {more than} other {less than}} its {amount}; the rest is {kind, select, over {set to 0} other {not placed}}.',
} as const;

const zhCN: Record<keyof typeof en, string> = {
  'period.year': '{year}年',
  'period.quarter': '{year}年第{quarter}季度',
  'period.week': '第{week}周（{from}–{to}）',
  'pace.ahead': ':rocket: 超前',
  'pace.onTrack': ':white_check_mark: 进度正常',
  'pace.behind': ':warning: 落后',
  'pace.done': ':trophy: 已达成目标',
  'pace.hit': ':trophy: 已达成',
  'pace.missed': ':x: 未达成',
  'pace.notStarted': ':hourglass: 尚未开始',
  'pace.atRisk': ' · *有风险*',
  'progress.line': '*{title}* — {actual} / {target}  `{bar}`  {status}{risk}',
  'progress.stretch': '冲刺目标 {stretch}（{percent}%）',
  'progress.toGo': '还差 {remaining}',
  'progress.perDay': '剩余 {days} 个工作日，还需每个工作日 {perDay}',
  'progress.noWorkingDays': '本周期没有工作日（全部为节假日或休息日）',
  'progress.explicit': '单独设定',
  'progress.why': '_原因：_{reasoning}',
  'progress.conflict':
    ':warning: {period} 内单独设定的目标合计 {children}，{kind, select, over {超过} other {低于}}其目标 {amount}；{kind, select, over {其余部分记为 0} other {差额未分配}}。',
};

export const common = { en, 'zh-CN': zhCN };
