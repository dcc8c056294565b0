import type { EventEmitter } from 'node:events';
import type { AddressInfo } from 'node:net';
import type { App } from '@slack/bolt';
import type { AppDeps } from './app-deps.js';
import type { ChartRenderer } from './charts/chart-inputs.js';
import { createWorkerChartRenderer, type StoppableChartRenderer } from './charts/chart-worker-renderer.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import { createTranslator } from './i18n/translator.js';
import type { JobDefinition } from './jobs/job.js';
import { jobTable } from './jobs/job-table.js';
import { Scheduler } from './jobs/scheduler.js';
import { type SenderOptions, SlackSender } from './jobs/slack-sender.js';
import type { Logger } from './logger.js';
import { acquireDatabaseLock, DatabaseInUseError, type DatabaseLock } from './ops/database-lock.js';
import { SchedulerHeartbeat } from './ops/heartbeat.js';
import { instrumentedJobs } from './ops/instrumented-jobs.js';
import { Metrics } from './ops/metrics.js';
import { runtimeHealth, SocketWatch } from './ops/runtime-health.js';
import { AchievementsRepository } from './persistence/achievements-repository.js';
import { AnalysisRepository } from './persistence/analysis-repository.js';
import { ApiDealsRepository } from './persistence/api-deals-repository.js';
import { ApiKeysRepository } from './persistence/api-keys-repository.js';
import { AuditRepository } from './persistence/audit-repository.js';
import { CatalogRepository } from './persistence/catalog-repository.js';
import { CelebrationsRepository } from './persistence/celebrations-repository.js';
import { CheckinsRepository } from './persistence/checkins-repository.js';
import { ContestsRepository } from './persistence/contests-repository.js';
import { type Db, openDatabase } from './persistence/database.js';
import { DealsRepository } from './persistence/deals-repository.js';
import { GroupCommit } from './persistence/group-commit.js';
import { HomeChartsRepository } from './persistence/home-charts-repository.js';
import { JobLedgerRepository } from './persistence/job-ledger-repository.js';
import { MembersRepository } from './persistence/members-repository.js';
import { defaultMigrationsDir, MigrationError, migrate, readMigrations } from './persistence/migrator.js';
import { PendingDealsRepository } from './persistence/pending-deals-repository.js';
import { RecognitionRepository } from './persistence/recognition-repository.js';
import { RetentionRepository } from './persistence/retention-repository.js';
import { SettingsRepository } from './persistence/settings-repository.js';
import { TargetNoticesRepository } from './persistence/target-notices-repository.js';
import { TargetsRepository } from './persistence/targets-repository.js';
import { DatabaseWatch } from './services/database-watch.js';
import { DealChanges } from './services/deal-changes.js';
import { memberSpeaker } from './services/language-settings.js';
import { MemberDirectory } from './services/member-directory.js';
import { SettingsService } from './services/settings-service.js';
import { createSlackApp } from './slack/app.js';
import { tellAdminsDatabaseProblem } from './slack/notifications/database-alert.js';
import { slackProfileSource } from './slack/profile-source.js';
import { EdgeReceiver } from './slack/receiver/edge-receiver.js';

export interface PacerOptions {
  config: Config;
  clock: Clock;
  logger: Logger;
  /** Tests shorten the sender's timeout and pacing; production uses the defaults. */
  sender?: Pick<SenderOptions, 'callTimeoutMs' | 'perChannelIntervalMs' | 'rateLimitWaits'>;
  /** The job table; defaults to every job Pacer has. */
  jobs?: (deps: AppDeps) => JobDefinition[];
  /** False leaves node-cron off (tests drive jobs with a pinned clock); on by default. */
  cron?: boolean;
  /**
   * How long a write waits for another connection's lock before failing (default 5 s, for a
   * backup or the sqlite3 shell). Tests shorten it: nothing else writes their database.
   */
  busyTimeoutMs?: number;
  /** What draws charts; the chart worker thread by default. Tests give one whose draws they hold. */
  charts?: StoppableChartRenderer;
}

export interface Pacer {
  deps: AppDeps;
  app: App;
  /** Starts listening (port 0 picks a free one), then schedules jobs and catches up missed runs. */
  start(): Promise<{ port: number }>;
  /** Stops cron, lets running work finish (bounded), closes the server and the database. */
  stop(): Promise<void>;
  /** Resolves once no Slack request over HTTP is being handled (tests wait on it instead of sleeping). */
  settled(): Promise<void>;
}

/**
 * Takes the database's lock file, then opens the database (WAL, normal locking, so backups and
 * Litestream can read it while Pacer runs) and brings its schema up to date. A second Pacer on the
 * same file fails at start instead of posting twice (ADR 13).
 */
function openPacerDatabase(
  path: string,
  now: Date,
  busyTimeoutMs: number | undefined,
): { db: Db; applied: string[]; lock: DatabaseLock | null } {
  let db: Db | undefined;
  let lock: DatabaseLock | null = null;
  try {
    if (path !== ':memory:') lock = acquireDatabaseLock(path);
    db = openDatabase(path, busyTimeoutMs === undefined ? {} : { busyTimeoutMs });
    const applied = migrate(db, readMigrations(defaultMigrationsDir()), now);
    return { db, applied, lock };
  } catch (error) {
    db?.close();
    lock?.release();
    if (error instanceof DatabaseInUseError || error instanceof MigrationError) throw error;
    throw new Error(
      `DATABASE_PATH ${path} cannot be used as Pacer's database: ${(error as Error).message}. See .env.example.`,
    );
  }
}

const TOKEN_ERRORS = new Set([
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
]);

/** Slack turning the bot token down at start, said in terms of the variable to fix. */
function refusedToken(error: unknown): Error | null {
  const code = (error as { data?: { error?: string } }).data?.error;
  if (!code || !TOKEN_ERRORS.has(code)) return null;
  return new Error(
    `SLACK_BOT_TOKEN was refused by Slack (${code}). Copy the Bot User OAuth Token (xoxb-…) from the app's ` +
      '"OAuth & Permissions" page, and reinstall the app if it was revoked. See .env.example.',
  );
}

/** When Pacer first migrated this database: the moment it was installed. */
function installedAt(db: Db): Date | undefined {
  const row = db
    .prepare<[], { at: string | null }>('SELECT min(applied_at) AS at FROM schema_migrations')
    .get();
  return row?.at ? new Date(row.at) : undefined;
}

/** The Web API not answering at all (DNS, refused, TLS), said in terms of the variable to check. */
function unreachableSlack(error: unknown, url: string): Error | null {
  if ((error as { code?: string }).code !== 'slack_webapi_request_error') return null;
  const original = (error as { original?: Error & { cause?: { code?: string; message?: string } } }).original;
  const why = original?.cause?.code ?? original?.cause?.message ?? original?.message ?? 'no answer';
  return new Error(
    `SLACK_API_URL ${url} cannot be reached (${why}). Check the URL (default https://slack.com/api/), ` +
      'DNS and any proxy or firewall between Pacer and Slack. See .env.example.',
  );
}

/** Wiring only: config → database + migrations → repositories → Bolt app → jobs. */
export function createPacer(options: PacerOptions): Pacer {
  const { config, clock, logger } = options;
  const { db, applied, lock } = openPacerDatabase(config.databasePath, clock.now(), options.busyTimeoutMs);
  if (applied.length) logger.info('applied migrations', { migrations: applied });

  const members = new MembersRepository(db);
  const settings = new SettingsService(
    new SettingsRepository(db),
    { timezone: config.timezone, currency: config.currency, language: config.language },
    clock,
  );
  const ledger = new JobLedgerRepository(db);
  const metrics = new Metrics({ databasePath: config.databasePath });
  const socketWatch = config.slackAppToken ? new SocketWatch(() => clock.now()) : null;
  let heartbeat: SchedulerHeartbeat | undefined;
  const translator = createTranslator();
  const charts = options.charts ?? createWorkerChartRenderer();
  const deps = {
    metrics,
    runtimeHealth: () => runtimeHealth(heartbeat!, socketWatch),
    config,
    clock,
    logger,
    db,
    groupCommit: new GroupCommit(db),
    settings,
    i18n: translator,
    charts: charts as ChartRenderer,
    homeCharts: new HomeChartsRepository(db),
    members,
    regions: new CatalogRepository(db, 'region'),
    products: new CatalogRepository(db, 'product'),
    audit: new AuditRepository(db),
    apiKeys: new ApiKeysRepository(db),
    apiDeals: new ApiDealsRepository(db),
    deals: new DealsRepository(db),
    analysis: new AnalysisRepository(db),
    celebrations: new CelebrationsRepository(db),
    pendingDeals: new PendingDealsRepository(db),
    targets: new TargetsRepository(db),
    targetNotices: new TargetNoticesRepository(db),
    recognition: new RecognitionRepository(db),
    checkins: new CheckinsRepository(db),
    contests: new ContestsRepository(db),
    achievements: new AchievementsRepository(db),
    retention: new RetentionRepository(db),
    dealChanges: new DealChanges((error) => logger.error('a deal-change listener failed', error)),
    ledger,
    sender: new SlackSender({
      token: config.slackBotToken,
      slackApiUrl: config.slackApiUrl,
      logger,
      // IM channel ids survive a restart, so a DM interrupted by a crash can be looked for.
      imChannels: {
        get: (userId) => ledger.imChannel(userId),
        set: (userId, channel) => ledger.rememberImChannel(userId, channel, clock.now()),
      },
      ...options.sender,
    }),
  } as AppDeps;
  const app = createSlackApp(deps);
  deps.directory = new MemberDirectory(members, slackProfileSource(app.client), clock, config.admins, logger);
  deps.scheduler = new Scheduler({
    jobs: instrumentedJobs((options.jobs ?? jobTable)(deps), metrics),
    ledger,
    clock,
    logger: logger.child('scheduler'),
    sender: deps.sender,
    speakerFor: (userId) => memberSpeaker(deps, userId),
    admins: () => [
      ...new Set([
        ...config.admins,
        ...members
          .active()
          .filter((m) => deps.directory.isAdmin(m))
          .map((m) => m.userId),
      ]),
    ],
    // Slack said the account is gone (a user_change event Pacer missed): stop counting them in.
    onAccountGone: (userId) => {
      const member = members.get(userId);
      if (!member || member.deleted) return;
      const { name, realName, tz, slackAdmin, isBot } = member;
      members.saveProfile({ userId, name, realName, tz, slackAdmin, isBot, deleted: true }, clock.now());
    },
    settings,
    catchUpHours: config.catchUpHours,
    installedAt: installedAt(db),
    // A fresh check (a few stat calls) before every run and every send, not the watch's last verdict.
    databaseProblem: () => deps.databaseWatch.check()?.reason ?? null,
  });
  deps.databaseWatch = new DatabaseWatch({
    db,
    path: config.databasePath,
    clock,
    logger: logger.child('database'),
    onProblem: (problem) => tellAdminsDatabaseProblem(deps, problem),
  });
  heartbeat = new SchedulerHeartbeat(clock, () => deps.scheduler.stopped);
  // Socket Mode's client is the receiver's; Bolt keeps the receiver private, so it is reached here.
  const socketClient = (app as unknown as { receiver?: { client?: EventEmitter } }).receiver?.client;
  if (socketWatch && socketClient) socketWatch.watch(socketClient);

  let started = false;
  // Bolt keeps its receiver private; only the HTTP one (not Socket Mode) counts requests in flight.
  const receiver = (app as unknown as { receiver?: unknown }).receiver;
  return {
    deps,
    app,
    settled: () => (receiver instanceof EdgeReceiver ? receiver.whenIdle() : Promise.resolve()),
    async start() {
      // Before anything can write: a file deleted under a running Pacer must never be answered "Logged".
      deps.databaseWatch.start();
      try {
        await app.init();
      } catch (error) {
        throw refusedToken(error) ?? unreachableSlack(error, config.slackApiUrl) ?? error;
      }
      const server = (await app.start(config.port)) as { address?: () => AddressInfo | string | null };
      started = true;
      const address = server?.address?.();
      const port = typeof address === 'object' && address ? address.port : config.port;
      const mode = config.slackAppToken ? 'Socket Mode' : 'HTTP';
      logger.info(`Pacer is listening on port ${port} (${mode})`, { port, mode });
      // Catch-up skips every slot before the install time, so a database created just now (or
      // minutes ago) does not post last month's awards and prompts as if Pacer had been down.
      heartbeat.start({ cron: options.cron ?? true });
      const caughtUp = await deps.scheduler.start({ cron: options.cron ?? true });
      for (const r of caughtUp) {
        logger.info(`caught up ${r.job} ${r.periodKey}: ${r.status}`, {
          job: r.job,
          period: r.periodKey,
          status: r.status,
        });
      }
      return { port };
    },
    async stop() {
      // Safe to call twice (a signal during shutdown, a test's cleanup after an explicit stop).
      heartbeat.stop();
      await deps.scheduler.stop();
      deps.databaseWatch.stop();
      if (started) {
        started = false;
        await app.stop();
      }
      // A chart still drawing fails (its tab or digest goes without it); the thread must not outlive Pacer.
      await charts.stop();
      if (db.open) db.close();
      lock?.release();
    },
  };
}
