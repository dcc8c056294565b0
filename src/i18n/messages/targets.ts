/**
 * `/target`: progress, setting targets, growth, how each number came about, and what it refuses.
 * The English is what Pacer always said; `{example}`s are commands and stay as typed.
 */
const SET = '`/target set team 2026 12,000,000 stretch +40%`';
const GROWTH = '`/target growth 30% stretch 40%`';
const UNITS_EN =
  '{unit, select, quarter {{parts, plural, one {quarter} other {quarters}}} month {{parts, plural, one {month} other {months}}} other {{parts, plural, one {part} other {parts}}}}';
const UNITS_ZH = '{unit, select, quarter {个季度} month {个月} other {份}}';
const DAYS_EN = '{working, select, yes {working days} other {days}}';
const DAYS_ZH = '{working, select, yes {工作日} other {天}}';

const en = {
  // Rows and headings
  'target.rowNow':
    '{kind, select, week {This week} month {This month} quarter {This quarter} other {This year}} ({period})',
  'target.rowOf': '{kind, select, week {Week} month {Month} quarter {Quarter} other {Year}} ({period})',
  'target.who':
    '{kind, select, you {you} team {the team} region {region {name}} product {product line {name}} other {{name}}}',
  'target.heading': 'Targets for {who}',
  'target.noTargetRow': '*{title}* — _no target covers it_',
  'target.noneCovers': `No target covers {who} for {periods} yet. An admin can set one: ${SET}.`,
  'target.coverage': '{period}: individual targets add up to {sum}, {percent}% of the team target',
  'target.coverageGap':
    '{period}: individual targets add up to {sum}, {percent}% of the team target ({gap} not assigned)',
  'target.set':
    'Target for {who}, {period}: *{amount}*{hasStretch, select, yes {, stretch {stretch}} other {}}{replaced, select, none {} stretch { (it was {before}, stretch {beforeStretch})} other { (it was {before})}}.',
  'target.growthHeading': "{year} target for {who} from {lastYear}'s sales:",
  'target.growthStep': '• {from} × {factor} = {result}{level, select, stretch { (stretch)} other {}}',
  'target.growthReplaces': 'It replaces {before}.',
  'target.helpLine': '`{usage}`\n    e.g. `{example}`',
  // How a number came about (src/domain/targets/explain.ts)
  'explain.labelled': '{period} ({amount})',
  'explain.setExplicitly': '{periods} set explicitly ({amount})',
  'explain.restOf': 'the rest of {of} after {set},',
  'explain.restOfAlone': 'the rest of {of} after {set}',
  'explain.even': `{whole} ÷ {parts} ${UNITS_EN}`,
  'explain.seasonal': "{whole} × {percent}%, {name}'s share of {lastYear} sales",
  'explain.seasonalWithin': "{whole} × {percent}%, {name}'s share of {within} {lastYear} sales",
  'explain.among': `{step} among the {parts} ${UNITS_EN} not set`,
  'explain.conflict': '0, because {set} already exceed {of}',
  'explain.withParent': '{step}; {period} is {parent}',
  'explain.quarterName': 'Q{quarter}',
  'explain.noDays': 'no day in it carries a share of the target',
  'explain.sumOfDays': "the sum of its days' shares: {parts}",
  'explain.explicitDays':
    '{count} of the {days} days of {target}, set explicitly{scaled, select, yes {, scaled to what those days would otherwise carry} other {}}',
  'explain.monthDays': `{count} of the {days} ${DAYS_EN} of {month}{working, select, yes {} other {, which has no working days}}`,
  'explain.monthDaysAround': `{count} of the {days} ${DAYS_EN} of {period}{working, select, yes {} other {, which has no working days}} left after {around} set explicitly ({spread} of {amount})`,
  'explain.rollUp': "no target is set for {period} itself; this adds up its days' shares of {inside}",
  'explain.noSalesToSplit': 'There were no sales in {lastYear} to split {period} by, so it is split evenly.',
  // What /target refuses (src/domain/targets/target-problem.ts)
  'target.problem.scopeFirst': `Start with the scope: team, @someone, region:<name> or product:<name>. E.g. ${SET}.`,
  'target.problem.notActiveMember': `<@{member}> is not an active member of this workspace. E.g. ${SET}.`,
  'target.problem.setBadPeriod': `“{text}” is not a period. Use 2026, 2026-Q3, 2026-11 or 2026-W48. E.g. ${SET}.`,
  'target.problem.setAmount': `{cause} E.g. ${SET}.`,
  'target.problem.stretchTooLarge': `A stretch of +{percent}% on {amount} is more than 1,000,000,000,000, which I take for a typo. E.g. ${SET}.`,
  'target.problem.badStretch': `Give the stretch as an amount or +N%. E.g. ${SET}.`,
  'target.problem.splitNotYear':
    'Only a year target can be split by season. E.g. `/target set team 2026 12,000,000 split:seasonal`.',
  'target.problem.setUnknownWord': `I don't understand “{word}”. E.g. ${SET}.`,
  'target.problem.stretchBelowBase': `A stretch target cannot be below the base target. E.g. ${SET}.`,
  'target.problem.notYourReport':
    'Managers can set targets only for their own reports; <@{member}> is not one of yours.',
  'target.problem.managerScope':
    'Managers can set targets for their own reports only (e.g. `/target set @ana 2026-11 50,000`); team, region and product targets need an admin.',
  'target.problem.notAllowed':
    'Only admins and managers can set targets. Nothing was changed. See yours with `/target`.',
  'target.problem.growthFirst': `Start with the growth in percent, e.g. ${GROWTH}.`,
  'target.problem.growthStretch': `Give the stretch growth in percent, e.g. ${GROWTH}.`,
  'target.problem.growthYear': 'Give a year from 2001 on, e.g. `/target growth 30% for 2027`.',
  'target.problem.growthUnknownWord': `I don't understand “{word}”. E.g. ${GROWTH} for 2027 region:North.`,
  'target.problem.growthNoHistory':
    'There are no deals in {lastYear} for this scope, so there is nothing to grow from. Nothing was set; set it directly: `/target set {scope} {year} 12,000,000`.',
  'target.problem.growthTooLow': `Growth must be above -100% (a target must stay above zero). E.g. ${GROWTH}.`,
  'target.problem.growthStretchBelow': `The stretch growth must be at least the base growth. E.g. ${GROWTH}.`,
  'target.problem.showBadPeriod':
    '“{text}” is not a period. Use 2026, 2026-Q3, 2026-11 or 2026-W48, e.g. `/target team 2026-Q4`.',
  'target.problem.showUnknownWord':
    "I don't understand “{word}”. Try `/target`, `/target team` or `/target help`.",
  'target.problem.oneScope': 'Give one scope and at most one period, e.g. `/target team 2026-Q4`.',
  'target.problem.typedName':
    '“{typed}” is a typed name, not a mention. Type @ and pick the person from the list Slack shows, e.g. `/target @ana 2026-11`.',
  'target.problem.unknownEntry':
    "I don't know the {kind, select, region {region} other {product line}} “{name}”. {count, plural, =0 {None is set up yet: `/pacer {kind} add <name>`.} other {Known: {known}.}} E.g. `/target {kind}:<name>`",
} as const;

const ZH_SET = '`/target set team 2026 12,000,000 stretch +40%`';
const ZH_GROWTH = '`/target growth 30% stretch 40%`';

const zhCN: Record<keyof typeof en, string> = {
  'target.rowNow': '{kind, select, week {本周} month {本月} quarter {本季度} other {今年}}（{period}）',
  'target.rowOf':
    '{kind, select, week {周目标} month {月目标} quarter {季度目标} other {年度目标}}（{period}）',
  'target.who':
    '{kind, select, you {你} team {团队} region {{name} 区域} product {{name} 产品线} other {{name}}}',
  'target.heading': '{who}的目标',
  'target.noTargetRow': '*{title}* — _尚无目标覆盖_',
  'target.noneCovers': `{periods}还没有覆盖{who}的目标。管理员可以这样设定：${ZH_SET}。`,
  'target.coverage': '{period}：个人目标合计 {sum}，占团队目标的 {percent}%',
  'target.coverageGap': '{period}：个人目标合计 {sum}，占团队目标的 {percent}%（{gap} 尚未分配）',
  'target.set':
    '已设定{who}在{period}的目标：*{amount}*{hasStretch, select, yes {，冲刺目标 {stretch}} other {}}{replaced, select, none {} stretch {（原为 {before}，冲刺目标 {beforeStretch}）} other {（原为 {before}）}}。',
  'target.growthHeading': '根据{lastYear}年的业绩设定{who}的 {year} 年目标：',
  'target.growthStep': '• {from} × {factor} = {result}{level, select, stretch {（冲刺目标）} other {}}',
  'target.growthReplaces': '原目标为 {before}，已被替换。',
  'target.helpLine': '`{usage}`\n    例如 `{example}`',
  'explain.labelled': '{period}（{amount}）',
  'explain.setExplicitly': '单独设定的{periods}（{amount}）',
  'explain.restOf': '{of}减去{set}后的余额',
  'explain.restOfAlone': '{of}减去{set}后的余额',
  'explain.even': `{whole} ÷ {parts} ${UNITS_ZH}`,
  'explain.seasonal': '{whole} × {percent}%，即{name}在 {lastYear} 年销售额中的占比',
  'explain.seasonalWithin': '{whole} × {percent}%，即{name}在 {lastYear} 年{within}销售额中的占比',
  'explain.among': `{step}，在未单独设定的 {parts} ${UNITS_ZH}之间分配`,
  'explain.conflict': '0，因为{set}已超过{of}',
  'explain.withParent': '{step}；{period}为 {parent}',
  'explain.quarterName': '第{quarter}季度',
  'explain.noDays': '其中没有任何一天分摊到目标',
  'explain.sumOfDays': '各天分摊之和：{parts}',
  'explain.explicitDays':
    '单独设定的{target}共 {days} 天，本期占其中 {count} 天{scaled, select, yes {，按这些天原本应分摊的金额等比缩放} other {}}',
  'explain.monthDays': `{month}共 {days} 个${DAYS_ZH}，本期占其中 {count} 个{working, select, yes {} other {（该月没有工作日）}}`,
  'explain.monthDaysAround': `{period}{working, select, yes {} other {（该月没有工作日）}}在单独设定{around}后剩余 {days} 个${DAYS_ZH}，本期占其中 {count} 个（{amount} 中剩余的 {spread}）`,
  'explain.rollUp': '{period}本身没有设定目标；这里是{inside}分摊到其中各天的合计',
  'explain.noSalesToSplit': '{lastYear} 年没有销售数据可用来按季节拆分{period}，因此改为平均拆分。',
  'target.problem.scopeFirst': `请先写范围：team、@某人、region:<名称> 或 product:<名称>。例如 ${ZH_SET}。`,
  'target.problem.notActiveMember': `<@{member}> 不是本工作区的在职成员。例如 ${ZH_SET}。`,
  'target.problem.setBadPeriod': `“{text}”不是有效的周期。请用 2026、2026-Q3、2026-11 或 2026-W48。例如 ${ZH_SET}。`,
  'target.problem.setAmount': `{cause}例如 ${ZH_SET}。`,
  'target.problem.stretchTooLarge': `在 {amount} 的基础上 +{percent}% 的冲刺目标超过了 1,000,000,000,000，看起来是输错了。例如 ${ZH_SET}。`,
  'target.problem.badStretch': `冲刺目标请写成金额或 +N%。例如 ${ZH_SET}。`,
  'target.problem.splitNotYear':
    '只有年度目标可以按季节拆分。例如 `/target set team 2026 12,000,000 split:seasonal`。',
  'target.problem.setUnknownWord': `看不懂“{word}”。例如 ${ZH_SET}。`,
  'target.problem.stretchBelowBase': `冲刺目标不能低于基础目标。例如 ${ZH_SET}。`,
  'target.problem.notYourReport': '经理只能为自己的直属下属设定目标；<@{member}> 不是你的下属。',
  'target.problem.managerScope':
    '经理只能为自己的直属下属设定目标（例如 `/target set @ana 2026-11 50,000`）；团队、区域和产品线目标需要管理员设定。',
  'target.problem.notAllowed': '只有管理员和经理可以设定目标，未做任何更改。用 `/target` 查看你自己的目标。',
  'target.problem.growthFirst': `请先写增长百分比，例如 ${ZH_GROWTH}。`,
  'target.problem.growthStretch': `请用百分比写冲刺增长率，例如 ${ZH_GROWTH}。`,
  'target.problem.growthYear': '请写 2001 年及以后的年份，例如 `/target growth 30% for 2027`。',
  'target.problem.growthUnknownWord': `看不懂“{word}”。例如 ${ZH_GROWTH} for 2027 region:North。`,
  'target.problem.growthNoHistory':
    '该范围在 {lastYear} 年没有成交，无法据此计算增长，未设定任何目标。请直接设定：`/target set {scope} {year} 12,000,000`。',
  'target.problem.growthTooLow': `增长率必须高于 -100%（目标必须大于零）。例如 ${ZH_GROWTH}。`,
  'target.problem.growthStretchBelow': `冲刺增长率不能低于基础增长率。例如 ${ZH_GROWTH}。`,
  'target.problem.showBadPeriod':
    '“{text}”不是有效的周期。请用 2026、2026-Q3、2026-11 或 2026-W48，例如 `/target team 2026-Q4`。',
  'target.problem.showUnknownWord': '看不懂“{word}”。试试 `/target`、`/target team` 或 `/target help`。',
  'target.problem.oneScope': '请只写一个范围，最多一个周期，例如 `/target team 2026-Q4`。',
  'target.problem.typedName':
    '“{typed}”是手动输入的名字，不是提及。请输入 @ 并从 Slack 弹出的列表中选人，例如 `/target @ana 2026-11`。',
  'target.problem.unknownEntry':
    '没有名为“{name}”的{kind, select, region {区域} other {产品线}}。{count, plural, =0 {目前还没有设置任何{kind, select, region {区域} other {产品线}}：`/pacer {kind} add <名称>`。} other {已有：{known}。}}例如 `/target {kind}:<名称>`',
};

export const targets = { en, 'zh-CN': zhCN };
