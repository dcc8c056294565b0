/**
 * What Pacer says when it cannot do what was asked: an unexpected error (with a reference to quote),
 * a database that cannot keep writes (and why, src/services/database-watch.ts), and a request from a
 * workspace Pacer is not installed in.
 */
const REFERENCE = 'If it happens again, give your admin this reference: `{reference}`.';
const REFERENCE_ZH = '如果再次出现，请把这个编号告诉管理员：`{reference}`。';

const en = {
  'failure.rolledBack': `:warning: Something went wrong on my side, sorry. Nothing was saved. ${REFERENCE}`,
  'failure.unsure': `:warning: Something went wrong on my side, sorry, and I may not have finished. Check before you try again (\`/deal list\` shows your deals). ${REFERENCE}`,
  'failure.cannotSave':
    ':warning: Pacer cannot save right now: {reason}. Nothing was saved. An admin has been told.',
  'failure.jobCannotSave': 'Pacer cannot save: {reason}',
  'failure.foreignWorkspace':
    'Pacer here is set up for another Slack workspace, so it cannot act on this. Nothing was done.',
  // Why the database cannot keep writes; completes "Pacer cannot save right now: …".
  'dbReason.gone': 'its database file is gone (deleted or moved away)',
  'dbReason.replaced': 'its database file was replaced by another file',
  'dbReason.unwritable': 'its database file is unwritable',
  'dbReason.folderUnwritable': "its database file's folder is unwritable",
  'dbReason.diskFull': 'the disk holding its database is full',
} as const;

const zhCN: Record<keyof typeof en, string> = {
  'failure.rolledBack': `:warning: 抱歉，Pacer 这边出了问题，未保存任何内容。${REFERENCE_ZH}`,
  'failure.unsure': `:warning: 抱歉，Pacer 这边出了问题，操作可能没有完成。重试前请先确认一下（\`/deal list\` 可查看你的成交记录）。${REFERENCE_ZH}`,
  'failure.cannotSave': ':warning: Pacer 暂时无法保存：{reason}。本次未保存任何内容，已通知管理员。',
  'failure.jobCannotSave': 'Pacer 无法保存：{reason}',
  'failure.foreignWorkspace': '这里的 Pacer 是为另一个 Slack 工作区设置的，无法处理这个请求，未做任何操作。',
  'dbReason.gone': '数据库文件不见了（被删除或移走）',
  'dbReason.replaced': '数据库文件被另一个文件替换了',
  'dbReason.unwritable': '数据库文件无法写入',
  'dbReason.folderUnwritable': '数据库文件所在的文件夹无法写入',
  'dbReason.diskFull': '存放数据库的磁盘已满',
};

export const failures = { en, 'zh-CN': zhCN };
