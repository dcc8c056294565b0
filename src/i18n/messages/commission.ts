/**
 * `/pacer commission`: the plan in words, its refusals, and the names of its bands (the parts of a
 * member's sales a rate applies to), which the commission line in `/target`, `/leaderboard` and
 * App Home shows. Bands are Pacer's words built from the plan's figures: admins type no names.
 */
const en = {
  'commission.none': 'No commission plan is set.',
  'commission.plan':
    'Commission: {rate}% of sales{hasTiers, select, yes { up to the first tier, {tiers}} other {}}{hasBonus, select, yes {, plus {amount} at stretch} other {}}.',
  'commission.tier': '{rate}% on sales above {attainment}% of target',
  'commission.show': '{plan} Change with {example}.',
  'commission.saved': '{plan} Each member sees only their own figure in `/target` and `/leaderboard`.',
  'commission.needBase': 'Start with the base rate, e.g. {example}.',
  'commission.badTier': 'A tier is `above <attainment>% <rate>%`, e.g. {example}.',
  'commission.badBonus': 'Give the stretch bonus as an amount, e.g. {example}.',
  'commission.unknownWord': "I don't understand “{word}”. E.g. {example}.",
  'commission.badPlan': 'That plan does not work: {problems}. E.g. {example}.',
  'commission.problem.rateRange': 'rates are between 0% and 100%',
  'commission.problem.tiersAscending': 'tiers go up, each above the last',
  'commission.problem.bonusNegative': 'the stretch bonus is an amount of zero or more',
  'commission.band.allSales': 'all sales',
  'commission.band.upTo': 'up to {attainment}% of target',
  'commission.band.above': 'above {attainment}% of target',
  'commission.band.stretchBonus': 'stretch bonus',
} as const;

const zhCN: Record<keyof typeof en, string> = {
  'commission.none': '尚未设置提成方案。',
  'commission.plan':
    '提成方案：业绩的 {rate}%{hasTiers, select, yes {（首档以内），{tiers}} other {}}{hasBonus, select, yes {；达成冲刺目标另奖 {amount}} other {}}。',
  'commission.tier': '目标完成率超过 {attainment}% 的部分按 {rate}%',
  'commission.show': '{plan}用 {example} 修改。',
  'commission.saved': '{plan}每位成员在 `/target` 和 `/leaderboard` 中只看得到自己的提成。',
  'commission.needBase': '请先写基础提成比例，例如 {example}。',
  'commission.badTier': '每一档的写法是 `above <目标完成率>% <提成比例>%`，例如 {example}。',
  'commission.badBonus': '冲刺奖金请写成金额，例如 {example}。',
  'commission.unknownWord': '看不懂“{word}”。例如 {example}。',
  'commission.badPlan': '这个方案不成立：{problems}。例如 {example}。',
  'commission.problem.rateRange': '提成比例须在 0% 到 100% 之间',
  'commission.problem.tiersAscending': '各档须逐级升高，每一档都高于上一档',
  'commission.problem.bonusNegative': '冲刺奖金须为 0 或以上的金额',
  'commission.band.allSales': '全部业绩',
  'commission.band.upTo': '目标完成率 {attainment}% 以内',
  'commission.band.above': '目标完成率超过 {attainment}% 的部分',
  'commission.band.stretchBonus': '冲刺奖金',
};

export const commission = { en, 'zh-CN': zhCN };
