/**
 * What a job says it did, for the admin who ran it with `/pacer run` (check-ins, reminders, digests,
 * feedback prompts, at-risk alerts, contests, achievements). Said in the team's language, as every
 * job summary is: a job runs for the team, and most runs have no admin reading them.
 */
const DELIVERY =
  '{delivery, select, sent {sent} alreadySent {already sent} refused {refused} pending {pending, to be tried again} other {nothing to send}}';
const DELIVERY_ZH =
  '{delivery, select, sent {已发送} alreadySent {之前已发送} refused {被拒收} pending {发送未成功，稍后重试} other {无需发送}}';

const en = {
  'jobSummary.noChannel': 'No announce channel is set (`/pacer channel #sales`).',
  'jobSummary.checkinsNoRound': 'No round at this time.',
  'jobSummary.checkinsSent': '{count, plural, one {# check-in} other {# check-ins}} sent.',
  'jobSummary.remindersSent':
    '{count, plural, one {# reminder} other {# reminders}} sent, {open} still to come.',
  'jobSummary.digestNoRound': 'No round.',
  'jobSummary.digestsSent':
    '{count, plural, one {# digest} other {# digests}} sent, {waiting} waiting for answers.',
  'jobSummary.firstWorkingDayWaiting': 'Waiting for the first working day, {date}.',
  'jobSummary.feedbackPrompted': '{count, plural, one {# manager} other {# managers}} prompted.',
  'jobSummary.atRisk':
    '{count, plural, one {# manager} other {# managers}} told; {calm} with nobody at risk.',
  'jobSummary.noContestPost': 'No contest post is due.',
  'jobSummary.contestPost': `{name} {kind, select, start {start} standings {standings} other {final}}: ${DELIVERY}.`,
  'jobSummary.streaks': 'Streaks worked out: {count} new.',
  'jobSummary.nothingToAnnounce': 'Nothing to announce.',
  'jobSummary.achievementOff': 'Switched off: not announced.',
  'jobSummary.achievementAnnounced': `Announced {name} of <@{member}>: ${DELIVERY}.`,
  'jobSummary.waitingNothing': 'Nothing waits past its time.',
  'jobSummary.waitingAnswered': 'Waiting deal {pendingId} was already answered.',
  'jobSummary.waitingDecided': 'Waiting deal {pendingId} was already decided.',
  'jobSummary.waitingOne': `Waiting deal {pendingId} {waitStep, select, expire {expired} other {asked}}; <@{member}>: ${DELIVERY}.`,
  'jobSummary.waitingTold':
    'Waiting deal {pendingId} {waitStep, select, remind {reminded} escalate {escalated} other {asked}}: {count} of {recipients} told.',
} as const;

const zhCN: Record<keyof typeof en, string> = {
  'jobSummary.noChannel': '尚未设置公告频道（`/pacer channel #sales`）。',
  'jobSummary.checkinsNoRound': '现在没有要发出的复盘。',
  'jobSummary.checkinsSent': '已发出 {count} 份复盘。',
  'jobSummary.remindersSent': '已发送 {count} 条复盘提醒，还有 {open} 条稍后发送。',
  'jobSummary.digestNoRound': '现在没有进行中的复盘。',
  'jobSummary.digestsSent': '已发送 {count} 份团队复盘汇总，{waiting} 位经理还在等下属提交。',
  'jobSummary.firstWorkingDayWaiting': '等到第一个工作日（{date}）再发出。',
  'jobSummary.feedbackPrompted': '已提醒 {count} 位经理写一对一反馈。',
  'jobSummary.atRisk':
    '已通知 {count} 位经理{calm, plural, =0 {} other {；另有 # 位经理的下属目前都没有风险}}。',
  'jobSummary.noContestPost': '目前没有到期的竞赛消息。',
  'jobSummary.contestPost': `“{name}”{kind, select, start {开赛公告} standings {排名更新} other {最终结果}}：${DELIVERY_ZH}。`,
  'jobSummary.streaks': '已计算连续达成：新增 {count} 项。',
  'jobSummary.nothingToAnnounce': '没有需要公布的内容。',
  'jobSummary.achievementOff': '该成就已关闭，未公布。',
  'jobSummary.achievementAnnounced': `公布 <@{member}> 的成就“{name}”：${DELIVERY_ZH}。`,
  'jobSummary.waitingNothing': '没有超时等待的成交。',
  'jobSummary.waitingAnswered': '等待中的成交 {pendingId} 已经有人回答。',
  'jobSummary.waitingDecided': '等待中的成交 {pendingId} 已经审批完毕。',
  'jobSummary.waitingOne': `等待中的成交 {pendingId}{waitStep, select, expire {已作废} other {已询问}}；<@{member}>：${DELIVERY_ZH}。`,
  'jobSummary.waitingTold':
    '等待中的成交 {pendingId}{waitStep, select, remind {已提醒} escalate {已转给管理员} other {已询问}}：{recipients} 人中已通知 {count} 人。',
};

export const jobSummaries = { en, 'zh-CN': zhCN };
