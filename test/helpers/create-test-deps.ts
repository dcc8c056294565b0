import type { AppDeps } from '../../src/app-deps.js';
import type { ChartRenderer } from '../../src/charts/chart-inputs.js';
import { createChartDrawer } from '../../src/charts/echarts-renderer.js';
import { ManualClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { SlackSender } from '../../src/jobs/slack-sender.js';
import { createLogger } from '../../src/logger.js';
import { Metrics } from '../../src/ops/metrics.js';
import { AnalysisRepository } from '../../src/persistence/analysis-repository.js';
import { AuditRepository } from '../../src/persistence/audit-repository.js';
import { CatalogRepository } from '../../src/persistence/catalog-repository.js';
import { CheckinsRepository } from '../../src/persistence/checkins-repository.js';
import { openDatabase } from '../../src/persistence/database.js';
import { DealsRepository } from '../../src/persistence/deals-repository.js';
import { GroupCommit } from '../../src/persistence/group-commit.js';
import { HomeChartsRepository } from '../../src/persistence/home-charts-repository.js';
import { JobLedgerRepository } from '../../src/persistence/job-ledger-repository.js';
import { MembersRepository } from '../../src/persistence/members-repository.js';
import { defaultMigrationsDir, migrate, readMigrations } from '../../src/persistence/migrator.js';
import { RecognitionRepository } from '../../src/persistence/recognition-repository.js';
import { RetentionRepository } from '../../src/persistence/retention-repository.js';
import { SettingsRepository } from '../../src/persistence/settings-repository.js';
import { TargetsRepository } from '../../src/persistence/targets-repository.js';
import { DealChanges } from '../../src/services/deal-changes.js';
import { MemberDirectory, type ProfileSource } from '../../src/services/member-directory.js';
import { SettingsService } from '../../src/services/settings-service.js';
import { toSlackProfile } from '../../src/slack/profile-source.js';
import type { StandInUser } from '../../src/slack-api-stand-in/index.js';
import { ADMIN, DEFAULT_USERS } from './test-pacer.js';

export interface TestDepsOptions {
  now?: string;
  /** As in `.env`: PACER_ADMINS, PACER_LANGUAGE, TZ… (ADMIN is the one admin by default). */
  env?: Record<string, string>;
  /** Who Slack knows; the directory looks them up as users.info would. */
  users?: readonly StandInUser[];
  /** Lets a test hold a lookup open (a slow users.info) to make a race happen on purpose. */
  lookup?: (userId: string) => Promise<void>;
}

export interface TestDeps extends AppDeps {
  clock: ManualClock;
  /** Log lines at warn and above, for asserting what ops would see. */
  logs: string[];
}

/**
 * The app's dependencies without Bolt or HTTP: an in-memory SQLite database with every real
 * migration, the real repositories and services, a pinned clock and a directory that knows `users`.
 * For use-case and job tests; anything that talks to Slack needs TestPacer (test-pacer.ts). Parts
 * that only a running Pacer has (scheduler, database watch, health) throw when touched.
 */
export function createTestDeps(options: TestDepsOptions = {}): TestDeps {
  const clock = new ManualClock(options.now ?? '2026-11-25T10:00:00Z');
  const config = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: 'test-signing-secret-0123456789',
    DATABASE_PATH: ':memory:',
    // Nothing listens there: a test that reaches Slack by mistake fails at once instead of hanging.
    SLACK_API_URL: 'http://127.0.0.1:9/api/',
    PACER_ADMINS: ADMIN.id,
    ...options.env,
  });
  const db = openDatabase(':memory:');
  migrate(db, readMigrations(defaultMigrationsDir()), clock.now());
  const logs: string[] = [];
  const logger = createLogger({ level: 'warn', sink: (line) => logs.push(line) });
  const members = new MembersRepository(db);
  const users = new Map((options.users ?? DEFAULT_USERS).map((u) => [u.id, u]));
  const source: ProfileSource = {
    async profile(userId) {
      await options.lookup?.(userId);
      // The same mapping as users.info's answer in production.
      const user = users.get(userId);
      return user ? toSlackProfile(user) : null;
    },
  };
  const ledger = new JobLedgerRepository(db);
  const translator = createTranslator();
  const deps = {
    config,
    clock,
    logger,
    logs,
    db,
    groupCommit: new GroupCommit(db),
    settings: new SettingsService(
      new SettingsRepository(db),
      { timezone: config.timezone, currency: config.currency, language: config.language },
      clock,
    ),
    i18n: translator,
    charts: inProcessCharts(translator),
    homeCharts: new HomeChartsRepository(db),
    members,
    directory: new MemberDirectory(members, source, clock, config.admins, logger),
    regions: new CatalogRepository(db, 'region'),
    products: new CatalogRepository(db, 'product'),
    audit: new AuditRepository(db),
    deals: new DealsRepository(db),
    analysis: new AnalysisRepository(db),
    dealChanges: new DealChanges(),
    targets: new TargetsRepository(db),
    recognition: new RecognitionRepository(db),
    checkins: new CheckinsRepository(db),
    retention: new RetentionRepository(db),
    ledger,
    sender: new SlackSender({ token: config.slackBotToken, slackApiUrl: config.slackApiUrl, logger }),
    metrics: new Metrics({ databasePath: ':memory:' }),
  };
  for (const name of ['scheduler', 'databaseWatch', 'runtimeHealth'] as const) {
    Object.defineProperty(deps, name, {
      get() {
        throw new Error(`createTestDeps has no ${name}: use TestPacer (test/helpers/test-pacer.ts)`);
      },
    });
  }
  return deps as unknown as TestDeps;
}

/**
 * Unit-level deps draw charts on the test's own thread (no worker to stop: these deps are never
 * stopped); TestPacer runs the real chart worker.
 */
function inProcessCharts(i18n: ReturnType<typeof createTranslator>): ChartRenderer {
  const drawer = createChartDrawer({ i18n });
  return { render: async (input) => drawer.draw(input) };
}
