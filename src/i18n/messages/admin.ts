/**
 * `/pacer`: help, settings, the admin guard, and what admins read about jobs (`/pacer run`,
 * `/pacer schedule`, refusal notices, database alerts).
 */
const en = {
  'admin.only':
    'Only admins can {action, select, channel {set the announce channel} timezone {change the team timezone} currency {change the team currency} member {change roles, regions or managers} addRegion {add regions} removeRegion {remove regions} addProduct {add product lines} removeProduct {remove product lines} workdays {change the working days} runJobs {run scheduled jobs} schedules {change schedules} celebrate {change deal celebrations} kudos {change kudos settings} commission {change the commission plan} reminderDms {switch reminder DMs} language {change the team language} forget {delete what Pacer keeps about a person} enableAwards {enable awards} disableAwards {disable awards} awardRules {change award rules} holidays {change team holidays} checkinSchedule {change the check-in schedule} reminderDelay {change the reminder delay} checkinQuestions {change the check-in questions} other {do that}}. Nothing was changed. Ask a Pacer admin or a Slack workspace admin.',
} as const;

const zhCN: Record<keyof typeof en, string> = {
  'admin.only':
    '只有管理员可以{action, select, channel {设置公告频道} timezone {修改团队时区} currency {修改团队货币} member {修改角色、区域或上级} addRegion {添加区域} removeRegion {删除区域} addProduct {添加产品线} removeProduct {删除产品线} workdays {修改工作日} runJobs {手动运行定时任务} schedules {修改任务时间表} celebrate {修改成交庆祝设置} kudos {修改点赞设置} commission {修改提成方案} reminderDms {开关提醒私信} language {修改团队语言} forget {删除 Pacer 保存的某位成员的数据} enableAwards {启用奖项} disableAwards {停用奖项} awardRules {修改评奖规则} holidays {修改团队节假日} checkinSchedule {修改周报时间} reminderDelay {修改提醒间隔} checkinQuestions {修改周报问题} other {执行此操作}}，未做任何更改。请联系 Pacer 管理员或 Slack 工作区管理员。',
};

export const admin = { en, 'zh-CN': zhCN };
