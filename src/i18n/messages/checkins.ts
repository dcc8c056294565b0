/**
 * Check-ins: the DM, the form and its errors, the reminder, the manager's digest, one-on-one
 * feedback and the `/checkin` replies. "Check-in" is 复盘 in Chinese: the weekly look back a sales
 * team does with its manager. Questions an admin wrote are free text and stay as written.
 */
const en = {
  // The DM and the form
  'checkin.dm.title': '*Check-in · {period}*',
  'checkin.dm.noAnswers': '_No answers._',
  'checkin.dm.start': 'Start check-in',
  'checkin.dm.edit': 'Edit',
  'checkin.dm.closed': '_This check-in has closed._',
  'checkin.dm.answeredText': '{title} — answered, thank you.',
  'checkin.dm.openText': '{title} — {text}. Takes two minutes.',
  'checkin.private': 'Only you, your manager and admins see your answers.',
  'checkin.summary.week': 'This week: {count, plural, one {# deal} other {# deals}}, {amount}',
  'checkin.summary.weekTarget': "{percent}% of the week's target",
  'checkin.summary.monthTarget': "{percent}% of the month's",
  'checkin.modal.title': 'Check-in',
  'checkin.modal.send': 'Send',
  'checkin.modal.later': 'Later',
  'checkin.modal.scale': '1 (low) to 5 (high)',
  'checkin.question.week': 'How did this week go against your target?',
  'checkin.question.blockers': 'What is blocking you?',
  'checkin.question.support': 'What support or training would help you most?',
  'checkin.question.confidence': "How confident are you of reaching this month's target?",
  'checkin.error.required': 'Please answer this question.',
  'checkin.error.scale': 'Pick a whole number from {min} to {max}.',
  'checkin.error.tooLong': 'Please keep this to {max} characters (it has {length}).',
  'checkin.error.noRound': 'This round no longer exists.',
  'checkin.error.closed': 'This check-in has closed.',
  'checkin.notYours': 'This check-in is not yours. Use `/checkin` for your own.',
  'checkin.closedThanks': 'This check-in has closed, thank you anyway. The next one comes on schedule.',
  'checkin.reminder':
    ':wave: A gentle reminder: your check-in is still open until {closes}. Use the *Start check-in* button above, or `/checkin`.',
  // The manager's digest
  'checkin.digest.title': 'Check-ins · {period}{page}',
  'checkin.digest.text': 'Check-ins · {period}{page}: {text}',
  'checkin.digest.summary': '{answered} answered, {flagged} flagged.',
  'checkin.digest.lowConfidence': ':warning: low confidence ({value}/5)',
  'checkin.digest.blocker': ':construction: blocker',
  'checkin.digest.flagSeparator': ', ',
  'checkin.digest.notAnswered':
    'Not answered: {members}.{cut, select, yes { Long answers are cut here to fit ten messages.} other {}}',
  'checkin.digest.everyone':
    'Everyone answered.{cut, select, yes { Long answers are cut here to fit ten messages.} other {}}',
  'checkin.digest.more': ' and {count} more',
  'checkin.digest.continued': '_Continued in the next message._',
  // One-on-one feedback
  'checkin.feedback.prompt':
    '*One-on-one feedback · {period}*\nA few words for each of your reports: what went well, what to improve, one goal.',
  'checkin.feedback.promptText':
    'Time for one-on-one feedback ({period}) for {count, plural, one {# report} other {# reports}}.',
  'checkin.feedback.soFar': '{period}: {revenue} from {count, plural, one {# deal} other {# deals}}',
  'checkin.feedback.soFarPercent':
    '{period}: {revenue} from {count, plural, one {# deal} other {# deals}} ({percent}% of target)',
  'checkin.feedback.give': 'Give feedback',
  'checkin.feedback.moreReports': '_… and {count} more reports, not shown here._',
  'checkin.feedback.for': 'Feedback for *{name}*; they receive it by DM.',
  'checkin.feedback.wentWell': 'What went well',
  'checkin.feedback.improve': 'What to improve',
  'checkin.feedback.goal': 'One goal for next month',
  'checkin.feedback.empty': 'Please write a sentence.',
  'checkin.feedback.plain': 'Plain text, please.',
  'checkin.feedback.notManager': 'Only their manager (or an admin) gives this feedback.',
  'checkin.feedback.dm':
    '*Feedback from <@{member}> · {period}*\n*What went well:* {wentWell}\n*What to improve:* {improve}\n*One goal for next month:* {goal}',
  'checkin.feedback.sent': 'Sent your feedback to <@{member}>.',
  // /checkin replies
  'checkin.repsOnly': 'Check-ins are for reps; managers get the digest instead.',
  'checkin.noneOpen': 'There is no check-in open right now. The next one comes on schedule.',
  'checkin.history.mine': 'Your check-ins',
  'checkin.history.of': 'Check-ins of {name}',
  'checkin.history.empty': '{title}: nothing yet.',
  'checkin.history.feedback':
    '*Feedback from <@{member}>, {period}*\nWent well: {wentWell}\nTo improve: {improve}\nGoal: {goal}',
  'checkin.answersPrivate':
    'Check-in answers are private: only the member, their manager and admins can read them.',
  'checkin.paused': 'Check-ins paused until {date} (included). `/checkin resume` turns them back on.',
  'checkin.resumed': 'Check-ins are back on for you.',
  'checkin.pause.usage': 'Usage: `/checkin pause until YYYY-MM-DD`, e.g. `/checkin pause until {example}`.',
  'checkin.pause.past':
    '{date} has already passed: pick today ({today}) or later, e.g. `/checkin pause until {example}`.',
  'checkin.pause.tooLong':
    'A pause can last at most a year: pick a date up to {latest}, e.g. `/checkin pause until {example}`.',
  'checkin.holiday.list': '*Team holidays:* {list}',
  'checkin.holiday.none': 'No team holidays yet.',
  'checkin.holiday.badDate':
    'Give the date as YYYY-MM-DD, e.g. `/checkin holiday add 2026-12-24 Christmas Eve`.',
  'checkin.holiday.added': '{date} is a team holiday: no check-in round and no share of targets that day.',
  'checkin.holiday.removed': '{date} is no longer a team holiday.',
  'checkin.holiday.usage': 'Use `/checkin holiday add|list|remove <YYYY-MM-DD>`.',
  'checkin.schedule.set':
    "Check-ins now go out {cadence, select, weekly {weekly} biweekly {biweekly} other {monthly}} on {day, select, mon {Monday} tue {Tuesday} wed {Wednesday} thu {Thursday} fri {Friday} sat {Saturday} other {Sunday}} at {time}, in each member's own timezone.",
  'checkin.schedule.usage':
    'Usage: `/checkin schedule <weekly|biweekly|monthly> <day> <HH:MM>`, e.g. `/checkin schedule weekly thursday 15:00`.',
  'checkin.schedule.badCadence':
    '"{typed}" is not a cadence: use weekly, biweekly or monthly. Usage: `/checkin schedule <weekly|biweekly|monthly> <day> <HH:MM>`, e.g. `/checkin schedule weekly thursday 15:00`.',
  'checkin.schedule.badDay':
    '"{typed}" is not a day: use a name such as thu or thursday. Usage: `/checkin schedule <weekly|biweekly|monthly> <day> <HH:MM>`, e.g. `/checkin schedule weekly thursday 15:00`.',
  'checkin.schedule.badTime':
    '"{typed}" is not a time: use 24-hour HH:MM such as 09:30. Usage: `/checkin schedule <weekly|biweekly|monthly> <day> <HH:MM>`, e.g. `/checkin schedule weekly thursday 15:00`.',
  'checkin.reminder.usage': 'Give whole hours from 1 to 72, e.g. `/checkin reminder 4`.',
  'checkin.reminder.tooLate':
    'The reminder must come before the check-in closes. A check-in closes {hours} h after it arrives, e.g. `/checkin reminder 4`.',
  'checkin.reminder.set':
    'Members who have not answered get one reminder {hours} h after their check-in, inside their working hours.',
  'checkin.questions.title': 'Check-in questions',
  'checkin.questions.save': 'Save',
  'checkin.questions.label': 'One question per line',
  'checkin.questions.hint':
    'Start a line with [1-5] for a 1–5 scale; end it with (optional) if it may be skipped.',
  'checkin.questions.count': 'Write 1 to 10 questions, one per line.',
  'checkin.questions.line': 'Line {line}: a question is 1 to 150 characters.',
  'checkin.questions.adminsOnly': 'Only admins change the questions.',
  'checkin.usage': 'Try `/checkin`, `/checkin history` or `/checkin pause until 2026-12-28`.',
} as const;

const zhCN: Record<keyof typeof en, string> = {
  'checkin.dm.title': '*复盘 · {period}*',
  'checkin.dm.noAnswers': '_没有回答。_',
  'checkin.dm.start': '开始复盘',
  'checkin.dm.edit': '修改',
  'checkin.dm.closed': '_本次复盘已结束。_',
  'checkin.dm.answeredText': '{title} — 已提交，谢谢！',
  'checkin.dm.openText': '{title} — {text}。只需两分钟。',
  'checkin.private': '你的回答只有你、你的经理和管理员能看到。',
  'checkin.summary.week': '本周：成交 {count} 单，{amount}',
  'checkin.summary.weekTarget': '完成本周目标的 {percent}%',
  'checkin.summary.monthTarget': '完成本月目标的 {percent}%',
  'checkin.modal.title': '复盘',
  'checkin.modal.send': '提交',
  'checkin.modal.later': '稍后',
  'checkin.modal.scale': '1（低）到 5（高）',
  'checkin.question.week': '对照目标，你这周进展如何？',
  'checkin.question.blockers': '遇到了什么阻碍？',
  'checkin.question.support': '什么样的支持或培训对你帮助最大？',
  'checkin.question.confidence': '你对完成本月目标有多大把握？',
  'checkin.error.required': '请回答这个问题。',
  'checkin.error.scale': '请选择 {min} 到 {max} 之间的整数。',
  'checkin.error.tooLong': '请控制在 {max} 个字符以内（当前为 {length} 个）。',
  'checkin.error.noRound': '这一轮复盘已不存在。',
  'checkin.error.closed': '本次复盘已结束。',
  'checkin.notYours': '这不是你的复盘。用 `/checkin` 填写你自己的。',
  'checkin.closedThanks': '本次复盘已结束，仍然谢谢你。下一次会按时发出。',
  'checkin.reminder':
    ':wave: 温馨提醒：你的复盘在 {closes} 之前仍可填写。点上方的 *开始复盘* 按钮，或使用 `/checkin`。',
  'checkin.digest.title': '团队复盘 · {period}{page}',
  'checkin.digest.text': '团队复盘 · {period}{page}：{text}',
  'checkin.digest.summary': '{answered} 人已提交，{flagged} 人需关注。',
  'checkin.digest.lowConfidence': ':warning: 把握不大（{value}/5）',
  'checkin.digest.blocker': ':construction: 有阻碍',
  'checkin.digest.flagSeparator': '，',
  'checkin.digest.notAnswered':
    '未提交：{members}。{cut, select, yes {为了在十条消息内发完，较长的回答已截断。} other {}}',
  'checkin.digest.everyone':
    '所有人都已提交。{cut, select, yes {为了在十条消息内发完，较长的回答已截断。} other {}}',
  'checkin.digest.more': ' 等另外 {count} 人',
  'checkin.digest.continued': '_接下一条消息。_',
  'checkin.feedback.prompt':
    '*一对一反馈 · {period}*\n给每位下属写几句话：做得好的地方、需要改进的地方、一个目标。',
  'checkin.feedback.promptText': '该给 {count} 位下属写一对一反馈了（{period}）。',
  'checkin.feedback.soFar': '{period}：{revenue}，成交 {count} 单',
  'checkin.feedback.soFarPercent': '{period}：{revenue}，成交 {count} 单（目标完成率 {percent}%）',
  'checkin.feedback.give': '写反馈',
  'checkin.feedback.moreReports': '_……还有 {count} 位下属未在此列出。_',
  'checkin.feedback.for': '给 *{name}* 的反馈，将通过私信发给对方。',
  'checkin.feedback.wentWell': '做得好的地方',
  'checkin.feedback.improve': '需要改进的地方',
  'checkin.feedback.goal': '下个月的一个目标',
  'checkin.feedback.empty': '请写一句话。',
  'checkin.feedback.plain': '请输入纯文本。',
  'checkin.feedback.notManager': '只有其经理（或管理员）可以写这份反馈。',
  'checkin.feedback.dm':
    '*来自 <@{member}> 的反馈 · {period}*\n*做得好的地方：*{wentWell}\n*需要改进的地方：*{improve}\n*下个月的一个目标：*{goal}',
  'checkin.feedback.sent': '已把你的反馈发给 <@{member}>。',
  'checkin.repsOnly': '复盘是给销售代表的；经理会收到团队复盘汇总。',
  'checkin.noneOpen': '现在没有进行中的复盘，下一次会按时发出。',
  'checkin.history.mine': '你的复盘',
  'checkin.history.of': '{name} 的复盘',
  'checkin.history.empty': '{title}：暂无记录。',
  'checkin.history.feedback':
    '*来自 <@{member}> 的反馈，{period}*\n做得好：{wentWell}\n待改进：{improve}\n目标：{goal}',
  'checkin.answersPrivate': '复盘内容是私密的：只有本人、其经理和管理员可以查看。',
  'checkin.paused': '复盘已暂停，直到 {date}（含当天）。用 `/checkin resume` 恢复。',
  'checkin.resumed': '已为你恢复复盘。',
  'checkin.pause.usage': '用法：`/checkin pause until YYYY-MM-DD`，例如 `/checkin pause until {example}`。',
  'checkin.pause.past':
    '{date} 已经过去了：请选今天（{today}）或之后的日期，例如 `/checkin pause until {example}`。',
  'checkin.pause.tooLong':
    '暂停最长一年：请选 {latest} 或之前的日期，例如 `/checkin pause until {example}`。',
  'checkin.holiday.list': '*团队假期：*{list}',
  'checkin.holiday.none': '还没有团队假期。',
  'checkin.holiday.badDate': '请用 YYYY-MM-DD 格式写日期，例如 `/checkin holiday add 2026-12-24 平安夜`。',
  'checkin.holiday.added': '{date} 设为团队假期：当天不发复盘，也不分摊目标。',
  'checkin.holiday.removed': '{date} 不再是团队假期。',
  'checkin.holiday.usage': '请用 `/checkin holiday add|list|remove <YYYY-MM-DD>`。',
  'checkin.schedule.set':
    '复盘改为{cadence, select, weekly {每周} biweekly {每两周} other {每月第一个}}{day, select, mon {周一} tue {周二} wed {周三} thu {周四} fri {周五} sat {周六} other {周日}} {time} 发出，按每位成员自己的时区。',
  'checkin.schedule.usage':
    '用法：`/checkin schedule <weekly|biweekly|monthly> <day> <HH:MM>`，例如 `/checkin schedule weekly thursday 15:00`。',
  'checkin.schedule.badCadence':
    '“{typed}”不是频率：请用 weekly、biweekly 或 monthly。用法：`/checkin schedule <weekly|biweekly|monthly> <day> <HH:MM>`，例如 `/checkin schedule weekly thursday 15:00`。',
  'checkin.schedule.badDay':
    '“{typed}”不是星期几：请用 thu 或 thursday 这样的英文名称。用法：`/checkin schedule <weekly|biweekly|monthly> <day> <HH:MM>`，例如 `/checkin schedule weekly thursday 15:00`。',
  'checkin.schedule.badTime':
    '“{typed}”不是时间：请用 24 小时制 HH:MM，例如 09:30。用法：`/checkin schedule <weekly|biweekly|monthly> <day> <HH:MM>`，例如 `/checkin schedule weekly thursday 15:00`。',
  'checkin.reminder.usage': '请填写 1 到 72 之间的整数小时，例如 `/checkin reminder 4`。',
  'checkin.reminder.tooLate':
    '提醒必须在复盘结束之前发出。复盘在发出 {hours} 小时后结束，例如 `/checkin reminder 4`。',
  'checkin.reminder.set': '未提交的成员会在复盘发出 {hours} 小时后收到一次提醒，且只在工作时间内。',
  'checkin.questions.title': '复盘问题',
  'checkin.questions.save': '保存',
  'checkin.questions.label': '每行一个问题',
  'checkin.questions.hint': '行首写 [1-5] 表示 1–5 分的评分题；行尾写 (optional) 表示可以跳过。',
  'checkin.questions.count': '请写 1 到 10 个问题，每行一个。',
  'checkin.questions.line': '第 {line} 行：每个问题 1 到 150 个字符。',
  'checkin.questions.adminsOnly': '只有管理员可以修改问题。',
  'checkin.usage': '试试 `/checkin`、`/checkin history` 或 `/checkin pause until 2026-12-28`。',
};

export const checkins = { en, 'zh-CN': zhCN };
