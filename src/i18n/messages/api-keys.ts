/** `/pacer api-key create|list|revoke`: keys for the REST API (ADR 23). */
const en = {
  'apiKey.usage':
    'Use `/pacer api-key create|list|revoke <name>`, e.g. `/pacer api-key create hubspot`. Keys let a CRM or an automation tool log deals through the REST API.',
  'apiKey.notAdmin': 'Only admins can manage API keys. Nothing was changed.',
  'apiKey.name':
    '{problem, select, empty {Name the key, e.g. `/pacer api-key create hubspot`.} tooLong {A key name has at most {max} characters.} other {A key name is letters, digits, `.`, `_` and `-`, starting with a letter or digit, e.g. `zapier-prod`.}}',
  'apiKey.taken':
    'There is already a key named *{name}*. Revoke it first (`/pacer api-key revoke {name}`) or pick another name.',
  'apiKey.created':
    ':key: API key *{name}* is ready. Copy it now: Pacer shows it only this once and keeps only a hash of it.\n```{apiKey}```\nSend it as `Authorization: Bearer <key>`. Revoke it with `/pacer api-key revoke {name}`.',
  'apiKey.listEmpty': 'No API keys yet. Create one with `/pacer api-key create <name>`.',
  'apiKey.listTitle': '*API keys* ({count})',
  'apiKey.line':
    '• *{name}* `{hint}…` · created {date} by <@{member}> · {lastUsed, select, never {never used} other {last used {lastUsed}}}',
  'apiKey.revoked': 'API key *{name}* is revoked: Pacer now refuses every request that carries it (401).',
  'apiKey.unknown': 'There is no live API key named *{name}*. `/pacer api-key list` shows them.',
  // A deal from outside Slack says where it came from, after the usual celebration.
  'apiDeal.celebrationVia':
    '{celebration} · _via {source, select, hubspot {HubSpot} import {import} other {the API}}_',
} as const;

const zhCN: Record<keyof typeof en, string> = {
  'apiKey.usage':
    '用法：`/pacer api-key create|list|revoke <名称>`，例如 `/pacer api-key create hubspot`。有了 API 密钥，CRM 或自动化工具就能通过 REST API 登记成交。',
  'apiKey.notAdmin': '只有管理员可以管理 API 密钥。没有做任何更改。',
  'apiKey.name':
    '{problem, select, empty {请为密钥命名，例如 `/pacer api-key create hubspot`。} tooLong {密钥名称最多 {max} 个字符。} other {密钥名称只能包含字母、数字、`.`、`_` 和 `-`，且以字母或数字开头，例如 `zapier-prod`。}}',
  'apiKey.taken': '已有名为 *{name}* 的密钥。请先吊销它（`/pacer api-key revoke {name}`），或换一个名称。',
  'apiKey.created':
    ':key: API 密钥 *{name}* 已创建。请立即复制：Pacer 只显示这一次，之后只保存它的哈希值。\n```{apiKey}```\n调用时请带上 `Authorization: Bearer <密钥>`。如需吊销：`/pacer api-key revoke {name}`。',
  'apiKey.listEmpty': '还没有 API 密钥。创建一个：`/pacer api-key create <名称>`。',
  'apiKey.listTitle': '*API 密钥*（{count} 个）',
  'apiKey.line':
    '• *{name}* `{hint}…` · {date} 由 <@{member}> 创建 · {lastUsed, select, never {从未使用} other {最近使用于 {lastUsed}}}',
  'apiKey.revoked': 'API 密钥 *{name}* 已吊销：带有它的请求今后一律拒绝（401）。',
  'apiKey.unknown': '没有名为 *{name}* 的有效 API 密钥。`/pacer api-key list` 可查看全部密钥。',
  'apiDeal.celebrationVia':
    '{celebration} · _来自 {source, select, hubspot {HubSpot} import {导入} other {API}}_',
};

export const apiKeys = { en, 'zh-CN': zhCN };
