/** Targets told (issue 15): the DM when a target is set or changed, its Acknowledge, the channel post. */
const en = {
  'targetTold.dm':
    ':dart: <@{setBy}> {changed, select, yes {changed} other {set}} {scope, select, member {your target} region {the target of region {name}} other {the target of product line {name}}} for {period}: *{amount}*{hasStretch, select, yes {, stretch *{stretch}*} other {}}.',
  'targetTold.before': 'It was {before}{hasStretch, select, yes {, stretch {beforeStretch}} other {}}.',
  'targetTold.breakdown': 'That is, broken down:',
  'targetTold.part': '• {period}: *{amount}*{hasStretch, select, yes {, stretch {stretch}} other {}}',
  'targetTold.note': '*Note:* {note}',
  'targetTold.ackAsk': 'Please acknowledge that you have seen it.',
  'targetTold.ackButton': 'Acknowledge',
  'targetTold.acked': ':white_check_mark: You acknowledged this target {when}.',
  'targetTold.ackNotYours': 'Only <@{recipient}> can acknowledge this target.',
  'targetTold.ackGone': 'Pacer no longer knows this target notice. See your targets with `/target`.',
  'targetTold.announceHeading': ':mega: *Targets for {period}*, set by <@{setBy}>:',
  'targetTold.announceLine': '• {who}: *{amount}*{hasStretch, select, yes {, stretch {stretch}} other {}}',
  'targetTold.announced': 'Posted the team and region targets for {period} to <#{channel}>.',
  'targetTold.noChannel':
    'Nothing was posted: no announce channel is set. Set one with `/pacer channel #sales`.',
  'targetTold.notAnnounced':
    'Slack would not take the post in <#{channel}>, so the targets were not announced. Is Pacer in that channel?',
  'targetTold.acksHeading':
    '*Target acknowledgements:* {acked} of {count} acknowledged{undelivered, plural, =0 {} one {; # DM could not be delivered} other {; # DMs could not be delivered}}',
  'targetTold.acksLine':
    '• <@{recipient}> · {who}, {period}: {amount} · {told, select, sent {DM delivered} waiting {_DM waiting to be sent_{hasReason, select, yes { ({reason}; trying again)} other {}}} refused {:warning: DM could not be delivered: {reason}} expired {:warning: DM could not be delivered within a day{hasReason, select, yes {: {reason}} other {}}} other {DM not sent: the target was changed again before it could go out}} · {acked, select, yes {acknowledged {when}} other {_not acknowledged yet_}}',
  'targetTold.acksNone': 'No targets have been told to the people you manage yet.',
  'targetTold.jobSummary':
    'Target notice {notice} to <@{recipient}>: {told, select, sent {delivered} waiting {not delivered yet, tried again within minutes} refused {refused by Slack for good} superseded {not sent, the target was changed again} other {given up, not delivered within a day}}.',
  'targetTold.jobNothing': 'No target notice waits to be sent.',
  'targetTold.problem.acksNotAllowed':
    'Only admins and managers can see who has acknowledged their targets. See yours with `/target`.',
  'help.target.acks':
    'whether the targets told to people reached them, and who has acknowledged them (managers: your people; admins: everyone)',
};

const zhCN: Record<keyof typeof en, string> = {
  'targetTold.dm':
    ':dart: <@{setBy}> {changed, select, yes {调整了} other {设定了}}{scope, select, member {你} region {{name} 区域} other {{name} 产品线}}在{period}的目标：*{amount}*{hasStretch, select, yes {，冲刺目标 *{stretch}*} other {}}。',
  'targetTold.before': '原为 {before}{hasStretch, select, yes {，冲刺目标 {beforeStretch}} other {}}。',
  'targetTold.breakdown': '分解如下：',
  'targetTold.part': '• {period}：*{amount}*{hasStretch, select, yes {，冲刺目标 {stretch}} other {}}',
  'targetTold.note': '*说明：*{note}',
  'targetTold.ackAsk': '请点击确认你已收到。',
  'targetTold.ackButton': '确认收到',
  'targetTold.acked': ':white_check_mark: 你已于 {when} 确认收到这个目标。',
  'targetTold.ackNotYours': '只有 <@{recipient}> 可以确认这个目标。',
  'targetTold.ackGone': 'Pacer 已找不到这条目标通知。用 `/target` 查看你的目标。',
  'targetTold.announceHeading': ':mega: *{period}的目标*（由 <@{setBy}> 设定）：',
  'targetTold.announceLine': '• {who}：*{amount}*{hasStretch, select, yes {，冲刺目标 {stretch}} other {}}',
  'targetTold.announced': '已将{period}的团队和区域目标发布到 <#{channel}>。',
  'targetTold.noChannel': '未发布：还没有设置公告频道。用 `/pacer channel #sales` 设置。',
  'targetTold.notAnnounced': 'Slack 没有接受在 <#{channel}> 的发布，目标未公告。Pacer 在那个频道里吗？',
  'targetTold.acksHeading':
    '*目标确认情况：*{count} 人中已有 {acked} 人确认{undelivered, plural, =0 {} other {；# 条私信未能送达}}',
  'targetTold.acksLine':
    '• <@{recipient}> · {who}，{period}：{amount} · {told, select, sent {私信已送达} waiting {_私信等待发送_{hasReason, select, yes {（{reason}，稍后重试）} other {}}} refused {:warning: 私信无法送达：{reason}} expired {:warning: 私信一天内未能送达{hasReason, select, yes {：{reason}} other {}}} other {私信未发送：目标在发出前已再次调整}} · {acked, select, yes {已于 {when} 确认} other {_尚未确认_}}',
  'targetTold.acksNone': '你管理的成员还没有收到过目标通知。',
  'targetTold.jobSummary':
    '发给 <@{recipient}> 的目标通知 {notice}：{told, select, sent {已送达} waiting {尚未送达，几分钟内重试} refused {被 Slack 永久拒收} superseded {未发送，目标已再次调整} other {一天内未能送达，已放弃}}。',
  'targetTold.jobNothing': '没有等待发送的目标通知。',
  'targetTold.problem.acksNotAllowed':
    '只有管理员和经理可以查看目标确认情况。用 `/target` 查看你自己的目标。',
  'help.target.acks': '查看目标私信是否送达、谁已确认收到（经理：你的成员；管理员：所有人）',
};

export const targetTold = { en, 'zh-CN': zhCN };
