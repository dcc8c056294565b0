/** Fair play for deals: the "Are you sure?" question, manager approval and their settings. */
const en = {
  'fairPlay.aboveMedian':
    ":warning: *Are you sure?* {via, select, import {<@{sender}> imported a deal for you: } api {`{sender}` sent {edit, select, yes {a change to your deal} other {a deal for you}}: } other {}}{amount} with {customer} is {times}× {owner, select, self {your} other {<@{owner}>'s}} median deal ({median}). {edit, select, yes {Until you confirm, the deal keeps counting as it was.} other {Nothing counts until you confirm.}}",
  'fairPlay.aboveLargest':
    ":warning: *Are you sure?* {via, select, import {<@{sender}> imported a deal for you: } api {`{sender}` sent {edit, select, yes {a change to your deal} other {a deal for you}}: } other {}}{amount} with {customer} is more than the team's largest deal so far ({largest}). {edit, select, yes {Until you confirm, the deal keeps counting as it was.} other {Nothing counts until you confirm.}}",
  'fairPlay.confirmButton': 'Yes, log it',
  'fairPlay.cancelButton': 'Cancel',
  'fairPlay.cancelled':
    '{edit, select, yes {Cancelled: the change to {amount} with {customer} was not saved; the deal stays as it was.} other {Cancelled: {amount} with {customer} was not saved.}}',
  'fairPlay.waiting':
    ':hourglass_flowing_sand: {amount} with {customer} is over {threshold}, so {edit, select, yes {the change waits for approval by {approvers}. Until then the deal counts as it was} other {it waits for approval by {approvers}. It counts, and is celebrated, once approved}}; you will get a DM either way.',
  'fairPlay.request':
    ':raising_hand: {via, select, import {<@{sender}> imported} api {`{sender}` sent {edit, select, yes {a change to a deal:} other {a deal:}}} other {<@{logger}> {edit, select, yes {changed a deal to} other {logged}}}} {amount} with {customer} for {owner, select, self {themselves} other {<@{owner}>}}, closed {date}. Deals over {threshold} need your approval before they count{edit, select, yes {; until then the deal counts as it was} other {}}.',
  'fairPlay.approveButton': 'Approve',
  'fairPlay.rejectButton': 'Reject',
  'fairPlay.approvedByYou':
    ':white_check_mark: You approved {amount} with {customer} for <@{owner}>. It counts now.',
  'fairPlay.rejectedByYou':
    ':no_entry: You rejected {amount} with {customer} for <@{owner}>. It does not count.',
  'fairPlay.toldApproved':
    ':white_check_mark: <@{approver}> approved {amount} with {customer}. It counts now.',
  'fairPlay.toldRejected':
    '{edit, select, yes {:no_entry: <@{approver}> rejected the change to {amount} with {customer}; the deal counts as it was.} other {:no_entry: <@{approver}> rejected {amount} with {customer}, so it does not count. Ask them why, or log it again with `/deal` if it was a mistake.}}',
  'fairPlay.gone': 'That deal is no longer waiting. See `/deal list`.',
  'fairPlay.decided':
    '{decision, select, confirmed {Already logged by <@{by}>.} cancelled {Already cancelled by <@{by}>.} approved {Already approved by <@{by}>.} expired {Not confirmed within {hours} hours, so it was dropped and never counted. Log it again with `/deal` if it is real.} other {Already rejected by <@{by}>.}}',
  'fairPlay.notYours': 'Only <@{logger}> can confirm or cancel this deal.',
  'fairPlay.notApprover': "Only <@{owner}>'s manager or an admin can approve or reject this deal.",
  'fairPlay.unusualShow':
    "Unusual deals are asked about {medianRule, select, off {} other {when over {multiple}× the rep's median deal}}{both, select, yes { or } other {}}{largestRule, select, on {when above the team's largest deal so far} other {}}{none, select, yes {never} other {}}. Change with `/pacer unusual 10x`, `/pacer unusual largest on|off` or `/pacer unusual off`.",
  'fairPlay.unusualUsage':
    'Say when to ask, e.g. `/pacer unusual 10x` (over 10× the median deal), `/pacer unusual largest off` or `/pacer unusual off`. Nothing was changed.',
  'fairPlay.approvalShow':
    '{on, select, yes {Deals over {threshold} wait for the manager’s approval (an admin’s when the rep has no manager).} other {Deals need no approval.}} Change with `/pacer approval over 100k` or `/pacer approval off`.',
  'fairPlay.approvalUsage':
    'Give the amount, e.g. `/pacer approval over 100k`, or `/pacer approval off`. Nothing was changed.',
  'fairPlay.notAdmin': 'Only admins can change the fair-play rules. Nothing was changed.',
  'fairPlay.waitingTitle':
    ':hourglass_flowing_sand: *{count, plural, one {# deal waits} other {# deals wait}}, not counted yet*',
  'fairPlay.waitingLine':
    "{amount} with {customer}{edit, select, yes { (a change: the deal counts as it was meanwhile)} other {}} · {waits, select, confirm {waiting for {confirmer, select, self {your} other {<@{confirmer}>'s}} “Yes, log it”} other {waiting for approval by {approvers}}} since {date} {time}",
  'fairPlay.approvalsTitle':
    ':raising_hand: *{count, plural, one {# deal waits} other {# deals wait}} for your approval*',
  'fairPlay.approvalLine':
    '{amount} with {customer} for <@{owner}>{edit, select, yes { (a change)} other {}} · waiting since {date} {time}',
  'fairPlay.moreWaiting': '…and {count} more.',
  'fairPlay.expired':
    ':hourglass: *Not counted:* {edit, select, yes {the change to {amount} with {customer} waited {hours} hours for your “Yes, log it” and was dropped; the deal counts as it was.} other {{amount} with {customer} waited {hours} hours for your “Yes, log it”, so it was dropped and never counted.}} {via, select, import {It came from a CSV import: if it is real, import the file again (it waits for you again) or log it with `/deal`.} api {`{sender}` sent it; it is logged only if sent again under a new id.} other {If it is real, {edit, select, yes {change the deal again} other {log it again with `/deal`}}.}}',
  'fairPlay.reminderLead':
    ':bell: *Reminder:* this deal has waited {days} working days for your decision, since {date}.',
  'fairPlay.escalatedLead':
    ':rotating_light: *Escalated:* this deal has waited {days} working days for {approvers}, since {date}. As an admin you can decide it.',
} as const;

const zhCN: Record<keyof typeof en, string> = {
  'fairPlay.aboveMedian':
    ':warning: *确定吗？* {via, select, import {<@{sender}> 为你导入了一笔成交：} api {`{sender}` {edit, select, yes {修改了你的一笔成交} other {为你发来一笔成交}}：} other {}}与 {customer} 成交 {amount}，是{owner, select, self {你} other {<@{owner}> }}成交额中位数（{median}）的 {times} 倍。{edit, select, yes {确认之前，这笔成交仍按原来的数据计入。} other {确认之前，这笔成交不计入任何统计。}}',
  'fairPlay.aboveLargest':
    ':warning: *确定吗？* {via, select, import {<@{sender}> 为你导入了一笔成交：} api {`{sender}` {edit, select, yes {修改了你的一笔成交} other {为你发来一笔成交}}：} other {}}与 {customer} 成交 {amount}，超过了团队迄今最大的一笔成交（{largest}）。{edit, select, yes {确认之前，这笔成交仍按原来的数据计入。} other {确认之前，这笔成交不计入任何统计。}}',
  'fairPlay.confirmButton': '确定，登记',
  'fairPlay.cancelButton': '取消',
  'fairPlay.cancelled':
    '{edit, select, yes {已取消：改为与 {customer} 成交 {amount} 的修改没有保存，这笔成交保持原样。} other {已取消：与 {customer} 成交 {amount} 没有保存。}}',
  'fairPlay.waiting':
    ':hourglass_flowing_sand: 与 {customer} 成交 {amount} 超过 {threshold}，{edit, select, yes {这次修改需要 {approvers} 审批。审批之前，这笔成交仍按原来的数据计入} other {需要 {approvers} 审批。审批通过后才计入统计并发布喜报}}；无论结果如何，你都会收到私信。',
  'fairPlay.request':
    ':raising_hand: {via, select, import {<@{sender}> 导入：} api {`{sender}` 发来：} other {<@{logger}> }}{owner, select, self {} other {为 <@{owner}> }}{edit, select, yes {把一笔成交改为} other {登记了}}与 {customer} 成交 {amount}，成交日期 {date}。超过 {threshold} 的成交需要你审批后才计入统计{edit, select, yes {；审批之前仍按原来的数据计入} other {}}。',
  'fairPlay.approveButton': '批准',
  'fairPlay.rejectButton': '驳回',
  'fairPlay.approvedByYou':
    ':white_check_mark: 你已批准 <@{owner}> 与 {customer} 成交 {amount}，现已计入统计。',
  'fairPlay.rejectedByYou': ':no_entry: 你已驳回 <@{owner}> 与 {customer} 成交 {amount}，不计入统计。',
  'fairPlay.toldApproved':
    ':white_check_mark: <@{approver}> 已批准与 {customer} 成交 {amount}，现已计入统计。',
  'fairPlay.toldRejected':
    '{edit, select, yes {:no_entry: <@{approver}> 驳回了改为与 {customer} 成交 {amount} 的修改，这笔成交仍按原来的数据计入。} other {:no_entry: <@{approver}> 驳回了与 {customer} 成交 {amount}，不计入统计。可以问问原因；如果是误操作，请用 `/deal` 重新登记。}}',
  'fairPlay.gone': '这笔成交已不在等待中。请用 `/deal list` 查看。',
  'fairPlay.decided':
    '{decision, select, confirmed {<@{by}> 已登记这笔成交。} cancelled {<@{by}> 已取消这笔成交。} approved {<@{by}> 已批准这笔成交。} expired {这笔成交 {hours} 小时内没有确认，已作废，从未计入统计。如果确有其事，请用 `/deal` 重新登记。} other {<@{by}> 已驳回这笔成交。}}',
  'fairPlay.notYours': '只有 <@{logger}> 可以确认或取消这笔成交。',
  'fairPlay.notApprover': '只有 <@{owner}> 的经理或管理员可以批准或驳回这笔成交。',
  'fairPlay.unusualShow':
    '异常成交提醒：{medianRule, select, off {} other {超过成交额中位数 {multiple} 倍时}}{both, select, yes {或} other {}}{largestRule, select, on {超过团队迄今最大一笔成交时}other {}}{none, select, yes {已关闭} other {先请销售确认}}。修改：`/pacer unusual 10x`、`/pacer unusual largest on|off` 或 `/pacer unusual off`。',
  'fairPlay.unusualUsage':
    '请说明何时提醒，例如 `/pacer unusual 10x`（超过中位数 10 倍）、`/pacer unusual largest off` 或 `/pacer unusual off`。没有做任何修改。',
  'fairPlay.approvalShow':
    '{on, select, yes {超过 {threshold} 的成交需要经理审批（没有经理时由管理员审批）。} other {成交无需审批。}}修改：`/pacer approval over 100k` 或 `/pacer approval off`。',
  'fairPlay.approvalUsage':
    '请给出金额，例如 `/pacer approval over 100k`，或 `/pacer approval off`。没有做任何修改。',
  'fairPlay.notAdmin': '只有管理员可以修改公平规则。没有做任何修改。',
  'fairPlay.waitingTitle': ':hourglass_flowing_sand: *{count} 笔成交正在等待，尚未计入统计*',
  'fairPlay.waitingLine':
    '与 {customer} 成交 {amount}{edit, select, yes {（修改，在此之前仍按原来的数据计入）} other {}} · {waits, select, confirm {等待{confirmer, select, self {你} other {<@{confirmer}> }}点击“确定，登记”} other {等待 {approvers} 审批}}，自 {date} {time} 起',
  'fairPlay.approvalsTitle': ':raising_hand: *{count} 笔成交等待你审批*',
  'fairPlay.approvalLine':
    '<@{owner}> 与 {customer} 成交 {amount}{edit, select, yes {（修改）} other {}} · 自 {date} {time} 起等待',
  'fairPlay.moreWaiting': '……另有 {count} 笔。',
  'fairPlay.expired':
    ':hourglass: *未计入：*{edit, select, yes {改为与 {customer} 成交 {amount} 的修改等了 {hours} 小时仍未确认，已作废，这笔成交仍按原来的数据计入。} other {与 {customer} 成交 {amount} 等了 {hours} 小时仍未确认，已作废，从未计入统计。}}{via, select, import {这笔来自 CSV 导入；如果确有其事，可以再次导入该文件（会重新等待你确认），或用 `/deal` 重新登记。} api {这笔由 `{sender}` 发来，只有用新的编号重新发送才会登记。} other {如果确有其事，请{edit, select, yes {重新修改这笔成交} other {用 `/deal` 重新登记}}。}}',
  'fairPlay.reminderLead': ':bell: *提醒：*这笔成交已等待你审批 {days} 个工作日（自 {date} 起）。',
  'fairPlay.escalatedLead':
    ':rotating_light: *已上报：*这笔成交已等待 {approvers} 审批 {days} 个工作日（自 {date} 起）。你是管理员，可以直接批准或驳回。',
};

export const fairPlay = { en, 'zh-CN': zhCN };
