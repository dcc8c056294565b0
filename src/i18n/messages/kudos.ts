/** `/kudos`: the replies to the giver and the thank-you posted in the channel. */
const EXAMPLE = '`/kudos @ana @li for covering my demo with Globex`';
const ZH_EXAMPLE = '`/kudos @ana @li 谢谢你帮我顶了 Globex 的演示`';

const en = {
  'kudos.noReceiver': `Mention who you are thanking, e.g. ${EXAMPLE}.`,
  'kudos.self': `Kudos are for others; you cannot give yourself one. E.g. ${EXAMPLE}.`,
  'kudos.noReason': `Say what they did: a reason is required. E.g. ${EXAMPLE}.`,
  'kudos.typedName': `Pick the name from Slack's list so it becomes a mention, e.g. ${EXAMPLE}.`,
  'kudos.reasonTooLong': `Keep the reason to one plain sentence (at most 1,000 characters). E.g. ${EXAMPLE}.`,
  'kudos.overAllowance':
    'You have {left} of your {limit} daily kudos left, and this needs {count}. They reset at midnight your time.',
  'kudos.notActive': '<@{member}> is not an active person here (bots and deactivated accounts get no kudos).',
  'kudos.post': ':clap: <@{member}> thanks {members}: {reason}',
  'kudos.sent':
    'Kudos sent to {members}. You have {left} of {limit} left today (they reset at midnight your time).',
} as const;

const zhCN: Record<keyof typeof en, string> = {
  'kudos.noReceiver': `请提及你要感谢的人，例如 ${ZH_EXAMPLE}。`,
  'kudos.self': `点赞是给别人的，不能给自己。例如 ${ZH_EXAMPLE}。`,
  'kudos.noReason': `请写明对方做了什么：理由必填。例如 ${ZH_EXAMPLE}。`,
  'kudos.typedName': `请从 Slack 弹出的列表里选人，这样才是提及，例如 ${ZH_EXAMPLE}。`,
  'kudos.reasonTooLong': `理由请写成一句纯文本（最多 1,000 个字符）。例如 ${ZH_EXAMPLE}。`,
  'kudos.overAllowance':
    '你今天的 {limit} 个点赞还剩 {left} 个，这次需要 {count} 个。按你所在时区的午夜重置。',
  'kudos.notActive': '<@{member}> 不是这里的在职成员（机器人和已停用的账号不能收到点赞）。',
  'kudos.post': ':clap: <@{member}> 感谢 {members}：{reason}',
  'kudos.sent': '已为 {members} 点赞。你今天还剩 {left} / {limit} 个（按你所在时区的午夜重置）。',
};

export const kudos = { en, 'zh-CN': zhCN };
