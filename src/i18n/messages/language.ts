/**
 * `/pacer language` and `/pacer my-language`. ICU select keys are identifiers, so a language's
 * name is selected by its tag with `_` for `-` (`zh_CN`).
 */
const en = {
  'language.name': '{locale, select, zh_CN {Simplified Chinese (zh-CN)} other {English (en)}}',
  'language.team': "The team's language for channel posts is *{name}*.",
  'language.teamSet': "The team's language for channel posts is now *{name}*.",
  'language.mine':
    'Pacer speaks *{name}* to you ({source, select, chosen {you chose it} slack {your Slack language} other {the team language}}).',
  'language.mineSet': 'Pacer now speaks *{name}* to you in DMs, replies and forms.',
  'language.mineReset': 'Pacer now follows your Slack language again (else the team language).',
  'language.unknown': 'Pacer speaks `en` and `zh-CN`, e.g. `{example}`.',
} as const;

const zhCN: Record<keyof typeof en, string> = {
  'language.name': '{locale, select, zh_CN {简体中文（zh-CN）} other {英语（en）}}',
  'language.team': '团队在频道中使用的语言是 *{name}*。',
  'language.teamSet': '团队在频道中使用的语言已改为 *{name}*。',
  'language.mine':
    'Pacer 对你使用 *{name}*（{source, select, chosen {你自己选的} slack {你的 Slack 语言} other {团队语言}}）。',
  'language.mineSet': '今后 Pacer 在私信、回复和表单中对你使用 *{name}*。',
  'language.mineReset': 'Pacer 将重新跟随你的 Slack 语言（如不支持，则使用团队语言）。',
  'language.unknown': 'Pacer 支持 `en` 和 `zh-CN`，例如 `{example}`。',
};

export const language = { en, 'zh-CN': zhCN };
