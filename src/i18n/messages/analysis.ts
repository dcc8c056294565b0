/** The monthly analysis (job `analysis`) and `/report`: the team's figures against earlier periods. */
const en = {
  'analysis.header': 'Sales analysis · {period}',
  'analysis.scopeRegion': 'Region: {name}',
  'analysis.scopeProduct': 'Product line: {name}',
  'analysis.scopeTeam': 'Your team (you and your reports)',
  'analysis.total':
    '*{revenue}* from {deals, plural, one {# deal} other {# deals}} · {newCustomers, plural, one {# new customer} other {# new customers}}, {existing, plural, one {# deal} other {# deals}} with existing customers',
  'analysis.attainment': '{attainment}% of the {target} target',
  'analysis.attainmentStretch': '{attainment}% of the {target} target (stretch {stretch})',
  'analysis.noTarget': 'No target set for this period',
  'analysis.against': 'Against {priorPeriod}: {change} · against {yearAgo}: {delta}',
  'analysis.up': '▲ {amount} (+{percent}%)',
  'analysis.down': '▼ {amount} (−{percent}%)',
  'analysis.upFromNothing': '▲ {amount} (nothing before)',
  'analysis.flat': 'no change',
  'analysis.byRegion': '*By region*',
  'analysis.byProduct': '*By product line*',
  'analysis.slice':
    '• *{name}* — {revenue} · {deals, plural, one {# deal} other {# deals}} · {newCustomers, plural, one {# new customer} other {# new customers}} · {change}',
  'analysis.sliceTarget':
    '• *{name}* — {revenue} of {target} ({attainment}%) · {deals, plural, one {# deal} other {# deals}} · {newCustomers, plural, one {# new customer} other {# new customers}} · {change}',
  'analysis.noRegion': 'No region',
  'analysis.noProduct': 'No product line',
  'analysis.movers': '*Top movers against {priorPeriod}*',
  'analysis.rise': '▲ <@{member}> +{amount} (now {revenue})',
  'analysis.fall': '▼ <@{member}> −{amount} (now {revenue})',
  'analysis.noMovers': 'Nobody moved against the period before.',
  'analysis.gaps': '*Largest gaps to target*',
  'analysis.gap': '• <@{member}> — {actual} of {target} · {gap} short',
  'analysis.reasonBoth': '    ↳ {period}: confidence {count}/5 · blocker: {text}',
  'analysis.reasonBlocker': '    ↳ {period}: blocker: {text}',
  'analysis.reasonConfidence': '    ↳ {period}: confidence {count}/5',
  'analysis.noReason': '    ↳ no blocker or low confidence in this period’s check-ins',
  'analysis.noGaps': 'Everyone with a target for the period reached it.',
  'analysis.nothing': 'No deals in {period}, the period before or a year earlier.',
  'analysis.footer': 'Any period, region or product line: `/report 2026-Q4 region:North product:Hardware`',
  'analysis.summary':
    '{posted, select, yes {Team analysis posted} other {No announce channel: team analysis not posted}}; {count, plural, one {# manager} other {# managers}} sent their scope.',
  'analysis.help': 'the analysis of a period: against the one before and last year, movers, gaps to target',
  'analysis.badArgument':
    '“{text}” is not a period, `region:<name>` or `product:<name>`. Try `/report 2026-11 region:North`.',
  'analysis.pagesNotShown':
    '{count, plural, one {# more part} other {# more parts}} of this analysis did not fit here: Slack takes five messages per command. Narrow it with `region:` or `product:`, for example {example}, or read the monthly post.',
  'analysis.badPeriod':
    '“{text}” is not a period. Try `/report`, `/report 2026-11`, `/report 2026-Q4` or `/report 2026`.',
  'analysis.chartCumulative': 'Cumulative revenue against target · {period}',
  'analysis.chartRegions': 'Revenue by region against target · {period}',
  'analysis.chartProducts': 'Revenue by product line against target · {period}',
} as const;

const zhCN: Record<keyof typeof en, string> = {
  'analysis.header': '销售分析 · {period}',
  'analysis.scopeRegion': '区域：{name}',
  'analysis.scopeProduct': '产品线：{name}',
  'analysis.scopeTeam': '你的团队（你和你的下属）',
  'analysis.total': '*{revenue}*，共 {deals} 笔成交 · 新客户 {newCustomers} 个，老客户成交 {existing} 笔',
  'analysis.attainment': '完成目标 {target} 的 {attainment}%',
  'analysis.attainmentStretch': '完成目标 {target} 的 {attainment}%（冲刺目标 {stretch}）',
  'analysis.noTarget': '本期未设定目标',
  'analysis.against': '较{priorPeriod}：{change} · 较{yearAgo}：{delta}',
  'analysis.up': '▲ {amount}（+{percent}%）',
  'analysis.down': '▼ {amount}（−{percent}%）',
  'analysis.upFromNothing': '▲ {amount}（此前为零）',
  'analysis.flat': '持平',
  'analysis.byRegion': '*按区域*',
  'analysis.byProduct': '*按产品线*',
  'analysis.slice': '• *{name}* — {revenue} · {deals} 笔成交 · 新客户 {newCustomers} 个 · {change}',
  'analysis.sliceTarget':
    '• *{name}* — {revenue} / 目标 {target}（{attainment}%）· {deals} 笔成交 · 新客户 {newCustomers} 个 · {change}',
  'analysis.noRegion': '未分区域',
  'analysis.noProduct': '未分产品线',
  'analysis.movers': '*较{priorPeriod}变化最大的成员*',
  'analysis.rise': '▲ <@{member}> +{amount}（本期 {revenue}）',
  'analysis.fall': '▼ <@{member}> −{amount}（本期 {revenue}）',
  'analysis.noMovers': '与上一期相比无人变化。',
  'analysis.gaps': '*距目标差距最大*',
  'analysis.gap': '• <@{member}> — {actual} / 目标 {target} · 还差 {gap}',
  'analysis.reasonBoth': '    ↳ {period}：信心 {count}/5 · 阻碍：{text}',
  'analysis.reasonBlocker': '    ↳ {period}：阻碍：{text}',
  'analysis.reasonConfidence': '    ↳ {period}：信心 {count}/5',
  'analysis.noReason': '    ↳ 本期周报中没有提到阻碍，信心也不低',
  'analysis.noGaps': '本期有目标的成员都已达成。',
  'analysis.nothing': '{period}、上一期和去年同期都没有成交。',
  'analysis.footer': '任意期间、区域或产品线：`/report 2026-Q4 region:华北 product:硬件`',
  'analysis.summary':
    '{posted, select, yes {团队分析已发布} other {未设置公告频道：团队分析未发布}}；已向 {count} 位经理发送其范围的分析。',
  'analysis.help': '某一期间的销售分析：对比上一期和去年同期、变化最大的成员、距目标的差距',
  'analysis.badArgument':
    '“{text}”不是期间、`region:<名称>` 或 `product:<名称>`。试试 `/report 2026-11 region:华北`。',
  'analysis.pagesNotShown':
    '这份分析还有 {count} 部分没能显示：Slack 每条命令最多回复五条消息。可以用 `region:` 或 `product:` 缩小范围，例如 {example}，或查看每月的分析推送。',
  'analysis.badPeriod':
    '“{text}”不是有效的期间。试试 `/report`、`/report 2026-11`、`/report 2026-Q4` 或 `/report 2026`。',
  'analysis.chartCumulative': '累计收入对比目标 · {period}',
  'analysis.chartRegions': '各区域收入对比目标 · {period}',
  'analysis.chartProducts': '各产品线收入对比目标 · {period}',
};

export const analysis = { en, 'zh-CN': zhCN };
