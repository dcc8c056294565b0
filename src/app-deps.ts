import type { ChartRenderer } from './charts/chart-inputs.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Translator } from './i18n/translator.js';
import type { Scheduler } from './jobs/scheduler.js';
import type { SlackSender } from './jobs/slack-sender.js';
import type { Logger } from './logger.js';
import type { Metrics } from './ops/metrics.js';
import type { RuntimeHealth } from './ops/runtime-health.js';
import type { AchievementsRepository } from './persistence/achievements-repository.js';
import type { AnalysisRepository } from './persistence/analysis-repository.js';
import type { ApiDealsRepository } from './persistence/api-deals-repository.js';
import type { ApiKeysRepository } from './persistence/api-keys-repository.js';
import type { AuditRepository } from './persistence/audit-repository.js';
import type { CatalogRepository } from './persistence/catalog-repository.js';
import type { CelebrationsRepository } from './persistence/celebrations-repository.js';
import type { CheckinsRepository } from './persistence/checkins-repository.js';
import type { ContestsRepository } from './persistence/contests-repository.js';
import type { Db } from './persistence/database.js';
import type { DealsRepository } from './persistence/deals-repository.js';
import type { GroupCommit } from './persistence/group-commit.js';
import type { HomeChartsRepository } from './persistence/home-charts-repository.js';
import type { JobLedgerRepository } from './persistence/job-ledger-repository.js';
import type { MembersRepository } from './persistence/members-repository.js';
import type { PendingDealsRepository } from './persistence/pending-deals-repository.js';
import type { RecognitionRepository } from './persistence/recognition-repository.js';
import type { RetentionRepository } from './persistence/retention-repository.js';
import type { TargetNoticesRepository } from './persistence/target-notices-repository.js';
import type { TargetsRepository } from './persistence/targets-repository.js';
import type { DatabaseWatch } from './services/database-watch.js';
import type { DealChanges } from './services/deal-changes.js';
import type { MemberDirectory } from './services/member-directory.js';
import type { SettingsService } from './services/settings-service.js';

/** Everything a listener, use case or job may need; built once in pacer.ts and passed in. */
export interface AppDeps {
  config: Config;
  clock: Clock;
  logger: Logger;
  db: Db;
  /** Shares one transaction among the deals logged in the same event-loop turn. */
  groupCommit: GroupCommit;
  settings: SettingsService;
  /** The message catalogs; pick a Speaker with teamSpeaker / memberSpeaker (language-settings.ts). */
  i18n: Translator;
  members: MembersRepository;
  directory: MemberDirectory;
  regions: CatalogRepository;
  products: CatalogRepository;
  audit: AuditRepository;
  /** REST API keys, by hash (ADR 23). */
  apiKeys: ApiKeysRepository;
  /** External ids, sources and the filtered list of the REST API. */
  apiDeals: ApiDealsRepository;
  deals: DealsRepository;
  /** The monthly analysis' figures, summed in SQLite from the summaries. */
  analysis: AnalysisRepository;
  /** Which channel message celebrates which deal (taken down on undo and delete, corrected on edit). */
  celebrations: CelebrationsRepository;
  /** Deals that do not count yet: an unusual one awaiting its rep's yes, a large one a manager's approval. */
  pendingDeals: PendingDealsRepository;
  targets: TargetsRepository;
  /** Each version of a target as told to each recipient, and their acknowledgement. */
  targetNotices: TargetNoticesRepository;
  recognition: RecognitionRepository;
  checkins: CheckinsRepository;
  contests: ContestsRepository;
  achievements: AchievementsRepository;
  /** Deletes personal texts: retention job and /pacer forget. */
  retention: RetentionRepository;
  ledger: JobLedgerRepository;
  sender: SlackSender;
  /** Counters for GET /metrics (`deps.metrics.delivery('sent')`…). */
  metrics: Metrics;
  /** The scheduler's heartbeat and the Socket Mode connection, for /healthz. */
  runtimeHealth: () => RuntimeHealth;
  /** Set once the scheduler exists (jobs need deps, and the scheduler needs jobs). */
  scheduler: Scheduler;
  /** Notices a database file that is gone or unwritable; gates writes and /healthz. */
  databaseWatch: DatabaseWatch;
  /** Whose deals just changed, after the commit: App Home refreshes the owner's tab. */
  dealChanges: DealChanges;
  /** App Home's month chart last uploaded for each member (survives a restart; ADR 0030). */
  homeCharts: HomeChartsRepository;
  /** Draws chart PNGs (App Home, the manager digest); no charts when left out. */
  charts?: ChartRenderer;
}
