/** `/deal`: the confirmation, its plain-text fallback and the #sales celebration. */
const en = {
  'deal.logged': 'Logged',
  'deal.loggedFor': 'Logged for <@{member}>',
  'deal.updated': 'Updated',
  'deal.updatedPrefix': 'Updated: {text}',
  'deal.line': '*{amount}* with *{customer}*',
  'deal.newCustomer': 'new customer',
  'deal.existingCustomer': 'existing customer',
  'deal.closed': 'closed {date}',
  'deal.note': 'Note: {note}',
  'deal.undo': 'Undo',
  'deal.plainLogged':
    ':white_check_mark: {who}: {amount} with {customer} (closed {date}). It is saved: no need to log it again.',
  'deal.monthProgress': '{period}: {actual} of {target} `{bar}` · {rest}',
  'deal.monthToGo': '{remaining} to go',
  'deal.monthToGoPerDay': '{remaining} to go, {perDay} per working day',
  'deal.monthReached': 'target reached :trophy:',
  'deal.celebration':
    ':tada: <@{member}> closed {amount} with {customer}{loggedBy, select, self {} other { · logged by <@{loggedBy}>}}',
  'deal.celebrationNew':
    ':tada: <@{member}> closed {amount} with {customer} · new customer{loggedBy, select, self {} other { · logged by <@{loggedBy}>}}',
  'deal.undone': 'Undone: your deal with *{customer}* ({date}) no longer counts.',
} as const;

const zhCN: Record<keyof typeof en, string> = {
  'deal.logged': '已记录',
  'deal.loggedFor': '已为 <@{member}> 记录',
  'deal.updated': '已更新',
  'deal.updatedPrefix': '已更新：{text}',
  'deal.line': '与 *{customer}* 成交 *{amount}*',
  'deal.newCustomer': '新客户',
  'deal.existingCustomer': '老客户',
  'deal.closed': '成交日期 {date}',
  'deal.note': '备注：{note}',
  'deal.undo': '撤销',
  'deal.plainLogged':
    ':white_check_mark: {who}：与 {customer} 成交 {amount}（{date}）。已保存，无需重复记录。',
  'deal.monthProgress': '{period}：{actual} / {target} `{bar}` · {rest}',
  'deal.monthToGo': '还差 {remaining}',
  'deal.monthToGoPerDay': '还差 {remaining}，还需每个工作日 {perDay}',
  'deal.monthReached': '本月目标已达成 :trophy:',
  'deal.celebration':
    ':tada: <@{member}> 与 {customer} 成交 {amount}！{loggedBy, select, self {} other {（由 <@{loggedBy}> 代为登记）}}',
  'deal.celebrationNew':
    ':tada: <@{member}> 与 {customer} 成交 {amount}，拿下新客户！{loggedBy, select, self {} other {（由 <@{loggedBy}> 代为登记）}}',
  'deal.undone': '已撤销：你与 *{customer}* 的成交（{date}）不再计入。',
};

export const deals = { en, 'zh-CN': zhCN };
