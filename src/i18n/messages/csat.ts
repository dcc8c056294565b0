/** `/csat`: recording a customer's satisfaction score, and why one is refused. */
const EXAMPLE = '`/csat "Acme Corp" 5 quick onboarding`';
const ZH_EXAMPLE = '`/csat "Acme Corp" 5 上线很快`';

const en = {
  'csat.noCustomer': `Name the customer first, then a score from 1 to 5, e.g. ${EXAMPLE}.`,
  'csat.noScore': `Give a score from 1 to 5 after the customer, e.g. ${EXAMPLE}.`,
  'csat.badScore': `A score is a whole number from 1 (unhappy) to 5 (delighted), e.g. ${EXAMPLE}.`,
  'csat.notAScore': `“{typed}” is not a score. A score is a whole number from 1 (unhappy) to 5 (delighted), e.g. ${EXAMPLE}.`,
  'csat.commentTooLong': `Keep the comment to plain text of at most 1,000 characters. E.g. ${EXAMPLE}.`,
  'csat.unknownCustomer': "I don't know the customer “{customer}”. Did you mean {names}?",
  'csat.unknownCustomerNone': "I don't know the customer “{customer}”. Log a deal with them first.",
  'csat.forInactive': `for: needs an active member, e.g. ${EXAMPLE} for:@ana.`,
  'csat.noOwner': '“{customer}” has no deal to credit. Add for:@someone.',
  'csat.creditMovedByRep': `Only managers and admins credit a score to someone else; a score goes to the rep of the customer's latest deal. E.g. ${EXAMPLE}.`,
  'csat.notTheirCustomer': "Scores for another rep's customer come from them, their manager or an admin.",
  'csat.creditToSelf': `A score counts for the rep who serves the customer, not for you: leave for: out, or name one of your reports, e.g. ${EXAMPLE} for:@ana.`,
  'csat.notTheirReport': `You can credit a score only to one of your reports (admins: to anyone). E.g. ${EXAMPLE} for:@ana.`,
  'csat.recorded': 'Recorded {score}/5 for *{customer}*, credited to <@{member}>.',
  'csat.selfReported':
    '_It is marked self-reported: you are the rep credited with this customer._ {counts, select, yes {Admins allow self-reported scores, so it counts towards the Customer Satisfaction Award.} other {It does not count towards the Customer Satisfaction Award unless admins allow self-reported scores (`/award rules`).}}',
} as const;

const zhCN: Record<keyof typeof en, string> = {
  'csat.noCustomer': `请先写客户名称，再写 1 到 5 的评分，例如 ${ZH_EXAMPLE}。`,
  'csat.noScore': `请在客户名称后写 1 到 5 的评分，例如 ${ZH_EXAMPLE}。`,
  'csat.badScore': `评分是 1（不满意）到 5（非常满意）之间的整数，例如 ${ZH_EXAMPLE}。`,
  'csat.notAScore': `“{typed}”不是有效评分。评分是 1（不满意）到 5（非常满意）之间的整数，例如 ${ZH_EXAMPLE}。`,
  'csat.commentTooLong': `评论请写纯文本，最多 1,000 个字符。例如 ${ZH_EXAMPLE}。`,
  'csat.unknownCustomer': '没有找到客户“{customer}”。你是指 {names} 吗？',
  'csat.unknownCustomerNone': '没有找到客户“{customer}”。请先记录一笔与该客户的成交。',
  'csat.forInactive': `for: 后面需要一位在职成员，例如 ${ZH_EXAMPLE} for:@ana。`,
  'csat.noOwner': '“{customer}”还没有可以计入的成交。请加上 for:@某人。',
  'csat.creditMovedByRep': `只有经理和管理员可以把评分计给别人；评分默认计给该客户最近一笔成交的销售。例如 ${ZH_EXAMPLE}。`,
  'csat.notTheirCustomer': '其他销售的客户评分，只能由该销售本人、其经理或管理员填写。',
  'csat.creditToSelf': `评分计给服务该客户的销售，而不是你：去掉 for:，或写你的一位下属，例如 ${ZH_EXAMPLE} for:@ana。`,
  'csat.notTheirReport': `你只能把评分计给自己的下属（管理员可以计给任何人）。例如 ${ZH_EXAMPLE} for:@ana。`,
  'csat.recorded': '已为 *{customer}* 记录 {score}/5 分，计入 <@{member}>。',
  'csat.selfReported':
    '_这条评分标记为自评：你就是这位客户的负责销售。_{counts, select, yes {管理员允许自评，所以它计入客户满意度奖。} other {除非管理员允许自评，否则它不计入客户满意度奖（见 `/award rules`）。}}',
};

export const csat = { en, 'zh-CN': zhCN };
