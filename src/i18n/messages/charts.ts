/** Words on chart images (legends) and their alt text, which says what the picture shows. */
const en = {
  'charts.actual': 'Actual',
  'charts.target': 'Target',
  'charts.stretch': 'Stretch',
  'charts.cumulativeAlt':
    '{title}: cumulative revenue by day, {actual} so far against a target of {target} and a stretch of {stretch}.',
  'charts.cumulativeAltNoStretch':
    '{title}: cumulative revenue by day, {actual} so far against a target of {target}.',
  'charts.cumulativeAltNoTarget': '{title}: cumulative revenue by day, {actual} so far, no target set.',
  'charts.barsAlt': '{title}: revenue against target. {items}',
  'charts.trendAlt': '{title}: revenue each week against the week’s target. {items}',
  'charts.itemWithTarget': '{label}: {actual} of {target}.',
  'charts.itemNoTarget': '{label}: {actual}, no target.',
  /** Between the items of an alt text: a space after an English full stop, none after 。 */
  'charts.itemSeparator': ' ',
  'charts.homeMonthTitle': 'This month · {period}',
  'charts.digestTitle': 'Your reports this month · {period}',
  'charts.homeTrendTitle': 'Your last {count, plural, one {week} other {# weeks}}',
  /** A week on the trend chart's axis: its ISO week number. */
  'charts.weekLabel': 'W{weekNumber}',
} as const;

const zhCN: Record<keyof typeof en, string> = {
  'charts.actual': '实际',
  'charts.target': '目标',
  'charts.stretch': '冲刺目标',
  'charts.cumulativeAlt': '{title}：按日累计的业绩，目前 {actual}，目标 {target}，冲刺目标 {stretch}。',
  'charts.cumulativeAltNoStretch': '{title}：按日累计的业绩，目前 {actual}，目标 {target}。',
  'charts.cumulativeAltNoTarget': '{title}：按日累计的业绩，目前 {actual}，未设目标。',
  'charts.barsAlt': '{title}：业绩与目标对比。{items}',
  'charts.trendAlt': '{title}：每周业绩与当周目标对比。{items}',
  'charts.itemWithTarget': '{label}：{actual} / {target}。',
  'charts.itemNoTarget': '{label}：{actual}，未设目标。',
  'charts.itemSeparator': '',
  'charts.homeMonthTitle': '本月 · {period}',
  'charts.digestTitle': '下属本月业绩 · {period}',
  'charts.homeTrendTitle': '最近 {count} 周业绩',
  'charts.weekLabel': '第{weekNumber}周',
};

export const charts = { en, 'zh-CN': zhCN };
