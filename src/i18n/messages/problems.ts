/**
 * What the domain refuses (src/domain/problem.ts), each with an example of the right form. The
 * English is word for word what Pacer always said. `{cause}` is a deeper problem, already in words.
 */
const AMOUNTS = 'Amounts look like 12,500, 12500.50, 12.5k, 1.2m or 1.5万.';
const TRY = 'Try: `/deal 12,500 Acme Corp product:Cloud date:yesterday`';
const FOR_HOW = 'type @ after for: and pick the person from the list Slack shows, so it becomes a mention';
const LIST = '`/deal list` or, for a report, `/deal list @ana`';
const QUOTE = 'If “{name}” is the customer, put it in quotes: `/deal {typed} "{name}"`.';

const en = {
  'problem.amount.empty': `Give an amount. ${AMOUNTS}`,
  'problem.amount.exponent': `I don't read exponents like “{text}”; write the digits out or use k and m. ${AMOUNTS}`,
  'problem.amount.unreadable': `I couldn't read “{text}” as an amount. ${AMOUNTS}`,
  'problem.amount.notPositive': `An amount must be more than zero. ${AMOUNTS}`,
  'problem.amount.commas': `In “{text}” the commas are out of place: commas group thousands (12,500) and a point marks decimals (12.50). ${AMOUNTS}`,
  'problem.amount.tooManyDecimals': `“{text}” has too many decimals: {exponent, plural, =0 {{currency} has no decimals: write whole amounts such as 1,200} one {{currency} has at most # decimal; a point marks decimals and commas group thousands, so write 1,200 or 1.20} other {{currency} has at most # decimals; a point marks decimals and commas group thousands, so write 1,200 or 1.20}}. ${AMOUNTS}`,
  'problem.amount.tooLarge': `“{text}” is more than 1,000,000,000,000, which I take for a typo. ${AMOUNTS}`,
  'problem.amount.inexact': `“{text}” is more than I can count exactly in {currency}. ${AMOUNTS}`,
  'problem.amount.wrongCurrency':
    "“{text}” looks like {count, plural, =2 {{first} or {second}} other {{first}}}, but Pacer counts this team's deals in {currency}; a team has one currency. Give the amount in {currency}, e.g. 12,500.",
  'problem.closedOn.future': 'A deal cannot close in the future (today is {today}).',
  'problem.closedOn.unreadable': "I couldn't read “{text}” as a date. Use YYYY-MM-DD, today or yesterday.",
  'problem.closedOn.notOnCalendar': '{date} is not a day on the calendar.',
  'problem.closedOn.tooEarly': '{date} is before {earliest}; check the year.',
  'problem.customer.empty': 'Name the customer, e.g. `/deal 12,500 Acme Corp`.',
  'problem.customer.tooLong':
    'A customer name is at most {max} characters (this one has {length}). Shorten it, e.g. `/deal 12,500 Acme Corp`.',
  'problem.customer.control':
    'The customer name has invisible control characters in it. Type it plainly, e.g. `/deal 12,500 Acme Corp`.',
  'problem.note.control': 'The note has control characters in it; type it plainly.',
  'problem.note.tooLong': 'A note is at most {max, number} characters.',
  'problem.deal.optionTwice': `You gave {option}: twice; give it once. ${TRY}`,
  'problem.deal.empty': `Give an amount and a customer. ${TRY}`,
  'problem.deal.amountFirst': `Put the amount first, then the customer. ${TRY}`,
  'problem.deal.amount': `{cause} ${TRY}`,
  'problem.deal.amountOrName':
    '{cause} If “{name}” is the customer, put the name in quotes: `/deal {typed} "{name}"`',
  'problem.deal.spacedAmount': `Is “{amount} {next}” one amount? Write it without spaces, e.g. \`{amount},{next}\`. ${QUOTE}`,
  'problem.deal.spacedUnit': `Did you mean {amount}{unit}? Write the unit without a space. ${QUOTE}`,
  'problem.deal.noCustomer': `Who was the customer? Put the name after the amount. ${TRY}`,
  'problem.deal.mentionInName':
    'The customer name has a mention in it ({mention}). To log the deal for someone, write for: right before the mention, e.g. `/deal 12,500 Acme Corp for:@ana`; to keep it in the name, put the whole name in quotes.',
  'problem.deal.forNotMention': `“{typed}” is not a mention: ${FOR_HOW}. Try: \`/deal 12,500 Acme Corp for:@ana\``,
  'problem.deal.forEmpty': `Say who the deal is for: ${FOR_HOW}. Try: \`/deal 12,500 Acme Corp for:@ana\``,
  'problem.deal.nameEmpty': `Give a name after {key}:, e.g. {key}:{key, select, product {Cloud} other {North}}. ${TRY}`,
  'problem.deal.nameControl': `The {key} has control characters in it. ${TRY}`,
  'problem.deal.note': '{cause} Try: `/deal 12,500 Acme Corp note:renewal, signed for two years`',
  'problem.deal.dateEmpty': `Give a date after date:, YYYY-MM-DD, today or yesterday. ${TRY}`,
  'problem.deal.date': `{cause} ${TRY}`,
  // Refusals after parsing: who may log, list or change which deal (use-cases/deals.ts).
  'problem.deal.forOthersNotAllowed':
    'Only managers and admins can log a deal for someone else. Log your own: `/deal 12,500 Acme Corp`.',
  'problem.deal.notTheirReport':
    'You can log deals only for your own reports; <@{member}> is not one of them.',
  'problem.deal.ownerInactive': '<@{member}> is not an active member of this workspace, so I logged nothing.',
  'problem.deal.moveToSelf':
    "A deal stays with the rep who made it: you cannot move <@{member}>'s deal to yourself.",
  'problem.deal.gone': 'That deal no longer exists (it was deleted or undone).',
  'problem.deal.goneNothingChanged':
    'That deal no longer exists (it was deleted or undone), so nothing changed.',
  'problem.deal.notYours': "You can change only your own deals (managers: their reports'; admins: all).",
  'problem.deal.listNotAllowed': `You can list only your own deals (managers: their reports'; admins: anyone's). E.g. ${LIST}.`,
  'problem.deal.listNotMention': `{shape, select, name {“{typed}” is a typed name, not a mention.} other {“{typed}” is not a person.}} Type @ and pick the person from the list Slack shows, e.g. ${LIST}`,
  'problem.deal.nothingToUndo': 'You have no deal to undo. Log one with `/deal 12,500 Acme Corp`.',
  'problem.form.closedOnEmpty': 'Pick the date the deal closed.',
  'problem.form.outOfDate': 'This form is out of date. Close it and open a new one with /deal.',
  'problem.action.outOfDate': 'That button is out of date. Try `/deal list`.',
  'problem.caller.unknown': 'Slack could not tell me who you are. Please try again.',
  // Team setup (use-cases/team-setup.ts).
  'problem.catalog.unknown':
    "I don't know the {kind, select, region {region} other {product line}} “{name}”. {count, plural, =0 {None is set up yet: `/pacer {kind} add <name>`.} other {Known: {known}.}}{usage, select, none {} other { E.g. {usage}}}",
  'problem.catalog.badName': 'A {kind} name is 1–80 characters of plain text. Try `/pacer {kind} add North`.',
  'problem.setting.timezone':
    '“{text}” is not a timezone I know. Use an IANA name, e.g. `/pacer timezone Europe/Berlin`.',
  'problem.setting.currency': '“{text}” is not an ISO currency code. Try `/pacer currency EUR`.',
  'problem.member.ownManager': 'A member cannot be their own manager.',
} as const;

const ZH_AMOUNTS = '金额可以写成 12,500、12500.50、12.5k、1.2m 或 1.5万。';
const ZH_TRY = '试试：`/deal 12,500 Acme Corp product:Cloud date:yesterday`';
const ZH_FOR_HOW = '在 for: 后输入 @，再从 Slack 弹出的列表里选人，这样才是提及';
const ZH_LIST = '`/deal list`，或查看下属的：`/deal list @ana`';
const ZH_QUOTE = '如果“{name}”是客户名，请加上引号：`/deal {typed} "{name}"`。';

const zhCN: Record<keyof typeof en, string> = {
  'problem.amount.empty': `请填写金额。${ZH_AMOUNTS}`,
  'problem.amount.exponent': `不支持“{text}”这样的科学计数法，请直接写出数字，或用 k、m、万。${ZH_AMOUNTS}`,
  'problem.amount.unreadable': `看不懂金额“{text}”。${ZH_AMOUNTS}`,
  'problem.amount.notPositive': `金额必须大于零。${ZH_AMOUNTS}`,
  'problem.amount.commas': `“{text}”中的逗号位置不对：逗号用于千位分隔（12,500），小数点表示小数（12.50）。${ZH_AMOUNTS}`,
  'problem.amount.tooManyDecimals': `“{text}”的小数位太多：{exponent, plural, =0 {{currency} 没有小数，请写整数，例如 1,200} other {{currency} 最多 # 位小数；小数点表示小数，逗号用于千位分隔，请写成 1,200 或 1.20}}。${ZH_AMOUNTS}`,
  'problem.amount.tooLarge': `“{text}”超过了 1,000,000,000,000，看起来是输错了。${ZH_AMOUNTS}`,
  'problem.amount.inexact': `“{text}”太大，无法以 {currency} 精确计算。${ZH_AMOUNTS}`,
  'problem.amount.wrongCurrency':
    '“{text}”看起来是 {count, plural, =2 {{first} 或 {second}} other {{first}}}，但本团队的成交以 {currency} 计算，一个团队只用一种货币。请用 {currency} 填写金额，例如 12,500。',
  'problem.closedOn.future': '成交日期不能晚于今天（今天是 {today}）。',
  'problem.closedOn.unreadable': '看不懂日期“{text}”。请用 YYYY-MM-DD、today 或 yesterday。',
  'problem.closedOn.notOnCalendar': '{date} 不是日历上存在的日期。',
  'problem.closedOn.tooEarly': '{date} 早于 {earliest}，请检查年份。',
  'problem.customer.empty': '请填写客户名称，例如 `/deal 12,500 Acme Corp`。',
  'problem.customer.tooLong':
    '客户名称最多 {max} 个字符（当前为 {length} 个），请缩短，例如 `/deal 12,500 Acme Corp`。',
  'problem.customer.control': '客户名称中含有不可见的控制字符，请直接输入，例如 `/deal 12,500 Acme Corp`。',
  'problem.note.control': '备注中含有控制字符，请直接输入文字。',
  'problem.note.tooLong': '备注最多 {max, number} 个字符。',
  'problem.deal.optionTwice': `{option}: 写了两次，请只写一次。${ZH_TRY}`,
  'problem.deal.empty': `请填写金额和客户。${ZH_TRY}`,
  'problem.deal.amountFirst': `请先写金额，再写客户。${ZH_TRY}`,
  'problem.deal.amount': `{cause}${ZH_TRY}`,
  'problem.deal.amountOrName': '{cause}如果“{name}”是客户名，请给名称加上引号：`/deal {typed} "{name}"`',
  'problem.deal.spacedAmount': `“{amount} {next}”是一个金额吗？请不要加空格，例如 \`{amount},{next}\`。${ZH_QUOTE}`,
  'problem.deal.spacedUnit': `你是想写 {amount}{unit} 吗？单位前不要加空格。${ZH_QUOTE}`,
  'problem.deal.noCustomer': `客户是谁？请在金额后写客户名称。${ZH_TRY}`,
  'problem.deal.mentionInName':
    '客户名称里有一个提及（{mention}）。要替同事记录成交，请在提及前写 for:，例如 `/deal 12,500 Acme Corp for:@ana`；如果提及本来就是名称的一部分，请给整个名称加上引号。',
  'problem.deal.forNotMention': `“{typed}”不是提及：${ZH_FOR_HOW}。试试：\`/deal 12,500 Acme Corp for:@ana\``,
  'problem.deal.forEmpty': `请说明这笔成交记给谁：${ZH_FOR_HOW}。试试：\`/deal 12,500 Acme Corp for:@ana\``,
  'problem.deal.nameEmpty': `请在 {key}: 后写名称，例如 {key}:{key, select, product {Cloud} other {North}}。${ZH_TRY}`,
  'problem.deal.nameControl': `{key, select, product {产品} other {区域}}名称中含有控制字符。${ZH_TRY}`,
  'problem.deal.note': '{cause}试试：`/deal 12,500 Acme Corp note:续约，签了两年`',
  'problem.deal.dateEmpty': `请在 date: 后写日期：YYYY-MM-DD、today 或 yesterday。${ZH_TRY}`,
  'problem.deal.date': `{cause}${ZH_TRY}`,
  'problem.deal.forOthersNotAllowed':
    '只有经理和管理员才能替他人记录成交。记录你自己的成交：`/deal 12,500 Acme Corp`。',
  'problem.deal.notTheirReport': '你只能为自己的下属记录成交，<@{member}> 不是你的下属。',
  'problem.deal.ownerInactive': '<@{member}> 不是本工作区的在职成员，因此没有记录任何成交。',
  'problem.deal.moveToSelf': '成交归属于签下它的销售：你不能把 <@{member}> 的成交转到自己名下。',
  'problem.deal.gone': '这笔成交已不存在（已被删除或撤销）。',
  'problem.deal.goneNothingChanged': '这笔成交已不存在（已被删除或撤销），因此没有任何改动。',
  'problem.deal.notYours': '你只能修改自己的成交（经理可修改下属的，管理员可修改所有人的）。',
  'problem.deal.listNotAllowed': `你只能查看自己的成交（经理可查看下属的，管理员可查看任何人的）。例如 ${ZH_LIST}。`,
  'problem.deal.listNotMention': `{shape, select, name {“{typed}”是手动输入的名字，不是提及。} other {“{typed}”不是一个人。}}请输入 @ 并从 Slack 弹出的列表里选人，例如 ${ZH_LIST}。`,
  'problem.deal.nothingToUndo': '你没有可撤销的成交。用 `/deal 12,500 Acme Corp` 记录一笔吧。',
  'problem.form.closedOnEmpty': '请选择成交日期。',
  'problem.form.outOfDate': '此表单已过期。请关闭后用 /deal 重新打开。',
  'problem.action.outOfDate': '这个按钮已过期。试试 `/deal list`。',
  'problem.caller.unknown': 'Slack 没能告诉我你是谁，请再试一次。',
  'problem.catalog.unknown':
    '不认识{kind, select, region {区域} other {产品线}}“{name}”。{count, plural, =0 {还没有设置任何{kind, select, region {区域} other {产品线}}：`/pacer {kind} add <name>`。} other {已有：{known}。}}{usage, select, none {} other {例如 {usage}}}',
  'problem.catalog.badName':
    '{kind, select, region {区域} other {产品线}}名称须为 1–80 个字符的纯文本。试试 `/pacer {kind} add North`。',
  'problem.setting.timezone':
    '不认识时区“{text}”。请使用 IANA 时区名，例如 `/pacer timezone Asia/Shanghai`。',
  'problem.setting.currency': '“{text}”不是 ISO 货币代码。试试 `/pacer currency CNY`。',
  'problem.member.ownManager': '成员不能做自己的经理。',
};

export const problems = { en, 'zh-CN': zhCN };
