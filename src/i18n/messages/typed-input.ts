/**
 * Refusals of what someone typed that several commands share: a person or a channel that is not a
 * mention Slack made (`/csat for:`, `/checkin answers`, `/pacer forget`, `/achievements`,
 * `/pacer channel`), and working days `/pacer workdays` cannot read. `{typed}` is escaped and cut.
 */
const en = {
  'mention.empty': 'Mention the person: type @ and pick them from the list Slack shows, e.g. {example}.',
  'mention.typedName':
    '“{typed}” is a typed name, not a mention. Type @ and pick the person from the list Slack shows, e.g. {example}.',
  'mention.notPerson':
    '“{typed}” is not a person. Mention them: type @ and pick the person from the list Slack shows, e.g. {example}.',
  'mention.notChannel':
    '“{typed}” is not a channel I can use. Type # and pick the channel from the list Slack shows, e.g. {example}.',
  'workdays.problem.empty': 'Name the working days, e.g. {example}.',
  'workdays.problem.badDay': '“{typed}” is not a day or a range of days, e.g. {example}.',
} as const;

const zhCN: Record<keyof typeof en, string> = {
  'mention.empty': '请提及这个人：输入 @ 并从 Slack 弹出的列表里选人，例如 {example}。',
  'mention.typedName':
    '“{typed}”是手动输入的名字，不是提及。请输入 @ 并从 Slack 弹出的列表里选人，例如 {example}。',
  'mention.notPerson': '“{typed}”不是一个人。请输入 @ 并从 Slack 弹出的列表里选人，例如 {example}。',
  'mention.notChannel': '“{typed}”不是可用的频道。请输入 # 并从 Slack 弹出的列表里选频道，例如 {example}。',
  'workdays.problem.empty': '请写出工作日，例如 {example}。',
  'workdays.problem.badDay': '“{typed}”不是星期几，也不是星期范围（星期请用英文缩写），例如 {example}。',
};

export const typedInput = { en, 'zh-CN': zhCN };
