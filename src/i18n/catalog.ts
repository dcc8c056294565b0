import type { Locale } from './locale.js';
import { achievements } from './messages/achievements.js';
import { admin } from './messages/admin.js';
import { analysis } from './messages/analysis.js';
import { apiKeys } from './messages/api-keys.js';
import { atRisk } from './messages/at-risk.js';
import { awards } from './messages/awards.js';
import { charts } from './messages/charts.js';
import { checkins } from './messages/checkins.js';
import { commission } from './messages/commission.js';
import { common } from './messages/common.js';
import { contests } from './messages/contests.js';
import { csat } from './messages/csat.js';
import { dataExport } from './messages/data-export.js';
import { deals } from './messages/deals.js';
import { failures } from './messages/failures.js';
import { fairPlay } from './messages/fair-play.js';
import { home } from './messages/home.js';
import { jobSummaries } from './messages/job-summaries.js';
import { kudos } from './messages/kudos.js';
import { language } from './messages/language.js';
import { leaderboard } from './messages/leaderboard.js';
import { managerDigest } from './messages/manager-digest.js';
import { problems } from './messages/problems.js';
import { reminder } from './messages/reminder.js';
import { targetTold } from './messages/target-told.js';
import { targets } from './messages/targets.js';
import { typedInput } from './messages/typed-input.js';

/** One module per surface; each is `{ en, 'zh-CN' }` and its `zh-CN` is typed by its `en` keys. */
export const CATALOG_MODULES = {
  achievements,
  admin,
  analysis,
  apiKeys,
  atRisk,
  awards,
  charts,
  checkins,
  commission,
  common,
  contests,
  csat,
  dataExport,
  deals,
  failures,
  fairPlay,
  home,
  jobSummaries,
  kudos,
  language,
  leaderboard,
  managerDigest,
  problems,
  reminder,
  targetTold,
  targets,
  typedInput,
};

const en = {
  ...achievements.en,
  ...admin.en,
  ...analysis.en,
  ...apiKeys.en,
  ...atRisk.en,
  ...awards.en,
  ...charts.en,
  ...checkins.en,
  ...commission.en,
  ...common.en,
  ...contests.en,
  ...csat.en,
  ...dataExport.en,
  ...deals.en,
  ...failures.en,
  ...fairPlay.en,
  ...home.en,
  ...jobSummaries.en,
  ...kudos.en,
  ...language.en,
  ...leaderboard.en,
  ...managerDigest.en,
  ...problems.en,
  ...reminder.en,
  ...targetTold.en,
  ...targets.en,
  ...typedInput.en,
};

export type MessageKey = keyof typeof en;
export type Catalog = Record<string, string>;
export type Catalogs = Record<Locale, Catalog>;

/** Every message in every language, merged from the modules above. */
export const messages: Catalogs = {
  en,
  'zh-CN': Object.assign({}, ...Object.values(CATALOG_MODULES).map((m) => m['zh-CN'])),
};
