import type { Locale } from './locale.js';
import { common } from './messages/common.js';
import { deals } from './messages/deals.js';
import { fairPlay } from './messages/fair-play.js';
import { language } from './messages/language.js';
import { leaderboard } from './messages/leaderboard.js';
import { problems } from './messages/problems.js';
import { reminder } from './messages/reminder.js';

/** One module per surface; each is `{ en, 'zh-CN' }` and its `zh-CN` is typed by its `en` keys. */
export const CATALOG_MODULES = { common, deals, fairPlay, language, leaderboard, problems, reminder };

const en = {
  ...common.en,
  ...deals.en,
  ...fairPlay.en,
  ...language.en,
  ...leaderboard.en,
  ...problems.en,
  ...reminder.en,
};

export type MessageKey = keyof typeof en;
export type Catalog = Record<string, string>;
export type Catalogs = Record<Locale, Catalog>;

/** Every message in every language, merged from the modules above. */
export const messages: Catalogs = {
  en,
  'zh-CN': Object.assign({}, ...Object.values(CATALOG_MODULES).map((m) => m['zh-CN'])),
};
