/**
 * CSV export and import (issue #14): `/pacer export`, a CSV sent to Pacer's DM, `npm run export` and
 * `npm run import`. Column names ({field}, {columns}) are the file's contract and stay English.
 */
const EXPORT_USAGE =
  '`/pacer export deals|targets|kudos|csat|checkins [period] [region:<name>] [product:<name>]`, e.g. `/pacer export deals 2026-Q4`';
const COLUMNS = '`external_id, closed_on, owner, customer, amount, currency, product, region, note`';

const en = {
  'dataExport.noKind': `Say what to export: ${EXPORT_USAGE}.`,
  'dataExport.unknownKind': `I can't export “{word}”. Use ${EXPORT_USAGE}.`,
  'dataExport.unknownWord': `I don't understand “{word}” here. Give a period (2026, 2026-Q4, 2026-11, 2026-W48), region:<name> or product:<name>: ${EXPORT_USAGE}.`,
  'dataExport.twice': 'You gave {word} twice; give it once. {example}',
  'dataExport.productOnlyForDeals': 'product: filters deals and targets only. Leave it out for this export.',
  'dataExport.deletedOnlyForDeals':
    'Only deals can be exported with deleted ones: `/pacer export deals deleted`.',
  'dataExport.unknownRegion':
    'There is no region “{name}”. {known, select, none {No regions are set up yet.} other {Known regions: {known}.}}',
  'dataExport.unknownProduct':
    'There is no product line “{name}”. {known, select, none {No product lines are set up yet.} other {Known product lines: {known}.}}',
  'dataExport.sent':
    'I sent you *{file}* by DM: {count, plural, =0 {no rows} one {# row} other {# rows}}, {scope, select, all {everyone’s} team {yours and your reports’} other {your own}}.',
  'dataExport.fileComment':
    'Your export *{file}*: {count, plural, =0 {no rows} one {# row} other {# rows}} (UTF-8 CSV; dates are YYYY-MM-DD, amounts in major units).',
  'dataExport.uploadFailed':
    'Slack did not take the file ({error}), so nothing was sent. Try again in a minute.',
  'dataExport.cliDone': 'Wrote {file}: {count, plural, one {# row} other {# rows}}.',
  'dataExport.cliUsage':
    'Usage: npm run export -- <deals|targets|kudos|csat|checkins> [period] [region:<name>] [product:<name>] [deleted] --out <file>',
  'dataImport.adminOnly':
    'Only admins can import deals. Nothing was imported. Ask a Pacer admin or a Slack workspace admin.',
  'dataImport.howTo': `To import deals, send me a CSV file here in this DM, with the columns ${COLUMNS} (the file \`/pacer export deals\` gives you). I check every row first and show you what would be imported; nothing is written before you say so.`,
  'dataImport.notCsv': 'I only import CSV files (.csv); “{name}” is not one. Nothing was imported.',
  'dataImport.downloadFailed':
    'I could not read the file from Slack ({error}). Nothing was imported; send it again.',
  'dataImport.outOfDate': 'That file is no longer in Slack. Send it again to import it.',
  'dataImport.file.tooLarge':
    'The file is larger than {max} MB, so I did not read it. Split it into smaller files. Nothing was imported.',
  'dataImport.file.empty': 'The file is empty. Nothing was imported.',
  'dataImport.file.unreadable':
    'The file is not valid CSV (around line {line}: a quote not closed?). Nothing was imported.',
  'dataImport.file.missingColumns': `The file has no {columns} column. The header must name the columns: ${COLUMNS}. Nothing was imported.`,
  'dataImport.file.duplicateColumn': 'The header names the column {field} twice. Nothing was imported.',
  'dataImport.preview':
    '*{file}*: {rows, plural, one {# row} other {# rows}}. {count, plural, =0 {None is} one {# is} other {# are}} fine ({stored, plural, =0 {all new} other {# already imported}}); {refused, plural, =0 {none refused} one {# refused} other {# refused}}.',
  'dataImport.refusedRow': 'Row {row}: {reasons}',
  'dataImport.moreRefused': '…and {count, plural, one {# more refused row} other {# more refused rows}}.',
  'dataImport.confirm':
    'Nothing is written yet. Import the deals? They count at once; nothing is celebrated.',
  'dataImport.fixOrSkip':
    'Nothing is written yet. Fix the refused rows and send the file again, or import only the rows that are fine.',
  'dataImport.nothingNew': 'Every deal in this file is already imported: there is nothing to do.',
  'dataImport.nothingToImport': 'Nothing in this file is new, so nothing was imported.',
  'dataImport.stillWaiting':
    ':hourglass_flowing_sand: {count, plural, one {# row was} other {# rows were}} imported before and still {count, plural, one {waits} other {wait}} for an answer (see `/deal list` and App Home); {count, plural, one {it counts} other {they count}} nowhere until then, and importing again changes nothing.',
  'dataImport.declined':
    ':no_entry_sign: {count, plural, one {# row was} other {# rows were}} imported before and then cancelled by {count, plural, one {its owner} other {their owners}} or rejected by an approver: not imported again. If one is real, log it with `/deal`.',
  'dataImport.import': 'Import {count, plural, one {# deal} other {# deals}}',
  'dataImport.importValid': 'Import {count, plural, one {# fine row} other {# fine rows}}',
  'dataImport.notAll':
    'Nothing was imported: {count, plural, one {# row is} other {# rows are}} refused. Fix them or skip them.',
  'dataImport.done':
    'Imported {count, plural, =0 {no new deals} one {# deal} other {# deals}} from *{file}* ({stored, plural, =0 {none} other {#}} already there{refused, plural, =0 {} one {, # refused row skipped} other {, # refused rows skipped}}). Leaderboards and targets count them now; nothing was celebrated.',
  'dataImport.waitingConfirm':
    ':hourglass_flowing_sand: {count, plural, one {# row} other {# rows}} {importMode, select, preview {would wait} other {{count, plural, one {waits} other {wait}}}} for the owner’s “Yes, log it”, being far above their normal deals{importMode, select, asked { (each owner is asked by DM)} stored { (each owner is asked by DM once Pacer runs again, and can answer in `/deal list`)} other {}}: {members}. Until then they count nowhere; an imported row is never dropped for want of an answer.',
  'dataImport.waitingApproval':
    ':hourglass_flowing_sand: {count, plural, one {# row} other {# rows}} {importMode, select, preview {would wait} other {{count, plural, one {waits} other {wait}}}} for approval by {approvers}{importMode, select, asked { (asked by DM)} stored { (asked by DM once Pacer runs again; Approve / Reject on their App Home)} other {}}: over the approval amount, and an import approves nothing. Until approved they count nowhere.',
  'dataImport.dryRun': 'Dry run: nothing was written.',
  'dataImport.cliUsage': 'Usage: npm run import -- deals <file.csv> [--dry-run] [--skip-invalid]',
  'dataImport.cliBusy':
    'Pacer is running on this database, and one process writes it. Send the file to Pacer’s DM instead, or stop Pacer and run this again.',
  'dataImport.issue.required': '{field} is missing.',
  'dataImport.issue.notText': '{field} is not text.',
  'dataImport.issue.externalIdTooLong': 'external_id is longer than {max} characters.',
  'dataImport.issue.externalIdControl': 'external_id has control characters in it.',
  'dataImport.issue.closedOnText': 'closed_on “{text}” is not a date like 2026-11-30.',
  'dataImport.issue.closedOn': 'closed_on: {cause}',
  'dataImport.issue.owner': 'owner “{text}” is neither a Slack member ID (U…) nor an email.',
  'dataImport.issue.customer': 'customer: {cause}',
  'dataImport.issue.amount': 'amount: {cause}',
  'dataImport.issue.currency': 'currency {given} is not the team’s currency ({currency}).',
  'dataImport.issue.name': '{field} is longer than {max} characters or has control characters in it.',
  'dataImport.issue.note': 'note: {cause}',
  'dataImport.issue.ownerUnknown':
    'owner {owner} is nobody Pacer knows (they must have used Pacer, or been set up with /pacer member).',
  'dataImport.issue.ownerInactive': 'owner {owner} is deactivated in Slack.',
  'dataImport.issue.productUnknown':
    'There is no product line “{name}”. {known, select, none {No product lines are set up yet.} other {Known: {known}.}}',
  'dataImport.issue.regionUnknown':
    'There is no region “{name}”. {known, select, none {No regions are set up yet.} other {Known: {known}.}}',
  'dataImport.issue.columnCount': 'The row has {got} cells; the header has {expected}.',
  'dataImport.issue.duplicateInFile': 'external_id is the same as in row {row}.',
  'dataImport.issue.deletedDeal': 'This deal was deleted (deleted_at is set); leave the row out.',
} as const;

const ZH_EXPORT_USAGE =
  '`/pacer export deals|targets|kudos|csat|checkins [期间] [region:<区域>] [product:<产品线>]`，例如 `/pacer export deals 2026-Q4`';

const zhCN: Record<keyof typeof en, string> = {
  'dataExport.noKind': `请说明要导出什么：${ZH_EXPORT_USAGE}。`,
  'dataExport.unknownKind': `无法导出“{word}”。请用 ${ZH_EXPORT_USAGE}。`,
  'dataExport.unknownWord': `这里看不懂“{word}”。可以写期间（2026、2026-Q4、2026-11、2026-W48）、region:<区域> 或 product:<产品线>：${ZH_EXPORT_USAGE}。`,
  'dataExport.twice': '{word} 写了两次，请只写一次。{example}',
  'dataExport.productOnlyForDeals': 'product: 只能筛选成交和目标，这次导出请去掉它。',
  'dataExport.deletedOnlyForDeals': '只有成交可以连同已删除的一起导出：`/pacer export deals deleted`。',
  'dataExport.unknownRegion':
    '没有名为“{name}”的区域。{known, select, none {还没有设置任何区域。} other {已有区域：{known}。}}',
  'dataExport.unknownProduct':
    '没有名为“{name}”的产品线。{known, select, none {还没有设置任何产品线。} other {已有产品线：{known}。}}',
  'dataExport.sent':
    '已通过私信把 *{file}* 发给你：{count, plural, =0 {没有数据行} other {共 # 行}}，{scope, select, all {包含所有人的数据} team {包含你和你下属的数据} other {只包含你自己的数据}}。',
  'dataExport.fileComment':
    '你的导出文件 *{file}*：{count, plural, =0 {没有数据行} other {共 # 行}}（UTF-8 CSV；日期格式为 YYYY-MM-DD，金额以主币种单位表示）。',
  'dataExport.uploadFailed': 'Slack 没有接收文件（{error}），所以什么都没发送。请过一分钟再试。',
  'dataExport.cliDone': '已写入 {file}：共 {count, plural, other {# 行}}。',
  'dataExport.cliUsage':
    '用法：npm run export -- <deals|targets|kudos|csat|checkins> [期间] [region:<区域>] [product:<产品线>] [deleted] --out <文件>',
  'dataImport.adminOnly':
    '只有管理员可以导入成交，这次没有导入任何数据。请联系 Pacer 管理员或 Slack 工作区管理员。',
  'dataImport.howTo': `要导入成交，请在这个私信里把 CSV 文件发给我，列为 ${COLUMNS}（也就是 \`/pacer export deals\` 导出的文件格式）。我会先逐行检查，告诉你将导入哪些数据；你确认之前不会写入任何内容。`,
  'dataImport.notCsv': '我只导入 CSV 文件（.csv），“{name}”不是。没有导入任何数据。',
  'dataImport.downloadFailed': '无法从 Slack 读取文件（{error}）。没有导入任何数据，请重新发送。',
  'dataImport.outOfDate': '这个文件在 Slack 里已经不存在了。请重新发送后再导入。',
  'dataImport.file.tooLarge': '文件超过 {max} MB，我没有读取。请拆分成较小的文件。没有导入任何数据。',
  'dataImport.file.empty': '文件是空的，没有导入任何数据。',
  'dataImport.file.unreadable':
    '文件不是有效的 CSV（大约在第 {line} 行，可能有引号没有闭合）。没有导入任何数据。',
  'dataImport.file.missingColumns': `文件缺少 {columns} 列。表头必须写明这些列：${COLUMNS}。没有导入任何数据。`,
  'dataImport.file.duplicateColumn': '表头里 {field} 列出现了两次。没有导入任何数据。',
  'dataImport.preview':
    '*{file}*：共 {rows, plural, other {# 行}}。{count, plural, =0 {没有可导入的行} other {# 行没有问题}}（{stored, plural, =0 {都是新的} other {其中 # 行已经导入过}}）；{refused, plural, =0 {没有被拒绝的行} other {# 行被拒绝}}。',
  'dataImport.refusedRow': '第 {row} 行：{reasons}',
  'dataImport.moreRefused': '……还有 {count, plural, other {# 行}}被拒绝。',
  'dataImport.confirm': '目前还没有写入任何数据。要导入这些成交吗？导入后立即计入业绩，不会发布庆祝消息。',
  'dataImport.fixOrSkip': '目前还没有写入任何数据。请修正被拒绝的行后重新发送文件，或者只导入没有问题的行。',
  'dataImport.nothingNew': '这个文件里的成交都已经导入过了，无需操作。',
  'dataImport.nothingToImport': '这个文件里没有新的数据，因此没有导入任何内容。',
  'dataImport.stillWaiting':
    ':hourglass_flowing_sand: {count} 行之前已经导入，目前仍在等待确认或审批（见 `/deal list` 和 App 主页）；在此之前不计入任何统计，再次导入不会有任何变化。',
  'dataImport.declined':
    ':no_entry_sign: {count} 行之前已经导入，但已被负责人取消或被审批人驳回，不会再次导入。如果确有其事，请用 `/deal` 重新登记。',
  'dataImport.import': '导入 {count, plural, other {# 笔成交}}',
  'dataImport.importValid': '只导入 {count, plural, other {# 行}}没有问题的数据',
  'dataImport.notAll': '没有导入任何数据：{count, plural, other {# 行}}被拒绝。请修正或跳过这些行。',
  'dataImport.done':
    '已从 *{file}* 导入 {count, plural, =0 {0 笔新成交} other {# 笔成交}}（{stored, plural, =0 {没有} other {# 笔}}已存在{refused, plural, =0 {} other {，跳过了 # 行被拒绝的数据}}）。排行榜和目标已经计入这些成交；没有发布庆祝消息。',
  'dataImport.waitingConfirm':
    ':hourglass_flowing_sand: {count} 行远高于成交负责人平时的成交，{importMode, select, preview {将} other {正在}}等待负责人点击“确定，登记”{importMode, select, asked {（已私信询问每位负责人）} stored {（Pacer 重新运行后会私信询问每位负责人，也可在 `/deal list` 中确认）} other {}}：{members}。确认之前不计入任何统计；导入的行不会因为无人回复而作废。',
  'dataImport.waitingApproval':
    ':hourglass_flowing_sand: {count} 行超过审批金额（导入的数据一律需要审批），{importMode, select, preview {将} other {正在}}等待 {approvers} 审批{importMode, select, asked {（已私信询问）} stored {（Pacer 重新运行后会私信询问，也可在其应用主页上批准或驳回）} other {}}。审批通过之前不计入任何统计。',
  'dataImport.dryRun': '试运行：没有写入任何数据。',
  'dataImport.cliUsage': '用法：npm run import -- deals <文件.csv> [--dry-run] [--skip-invalid]',
  'dataImport.cliBusy':
    'Pacer 正在使用这个数据库，同一时间只能有一个进程写入。请改为把文件发到 Pacer 的私信，或者先停止 Pacer 再运行。',
  'dataImport.issue.required': '缺少 {field}。',
  'dataImport.issue.notText': '{field} 不是文本。',
  'dataImport.issue.externalIdTooLong': 'external_id 超过 {max} 个字符。',
  'dataImport.issue.externalIdControl': 'external_id 含有控制字符。',
  'dataImport.issue.closedOnText': 'closed_on “{text}” 不是 2026-11-30 这样的日期。',
  'dataImport.issue.closedOn': 'closed_on：{cause}',
  'dataImport.issue.owner': 'owner “{text}” 既不是 Slack 成员 ID（U…），也不是邮箱。',
  'dataImport.issue.customer': 'customer：{cause}',
  'dataImport.issue.amount': 'amount：{cause}',
  'dataImport.issue.currency': 'currency {given} 不是团队的币种（{currency}）。',
  'dataImport.issue.name': '{field} 超过 {max} 个字符或含有控制字符。',
  'dataImport.issue.note': 'note：{cause}',
  'dataImport.issue.ownerUnknown':
    'Pacer 不认识 owner {owner}（此人需要用过 Pacer，或已用 /pacer member 设置过）。',
  'dataImport.issue.ownerInactive': 'owner {owner} 的 Slack 账号已停用。',
  'dataImport.issue.productUnknown':
    '没有名为“{name}”的产品线。{known, select, none {还没有设置任何产品线。} other {已有：{known}。}}',
  'dataImport.issue.regionUnknown':
    '没有名为“{name}”的区域。{known, select, none {还没有设置任何区域。} other {已有：{known}。}}',
  'dataImport.issue.columnCount': '这一行有 {got} 个单元格，表头有 {expected} 个。',
  'dataImport.issue.duplicateInFile': 'external_id 与第 {row} 行相同。',
  'dataImport.issue.deletedDeal': '这笔成交已删除（deleted_at 有值），请去掉这一行。',
};

export const dataExport = { en, 'zh-CN': zhCN };
