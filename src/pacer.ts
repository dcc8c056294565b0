import type { AddressInfo } from 'node:net';
import type { App } from '@slack/bolt';
import type { AppDeps } from './app-deps.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import { createTranslator } from './i18n/translator.js';
import type { JobDefinition } from './jobs/job.js';
import { jobTable } from './jobs/job-table.js';
import { Scheduler } from './jobs/scheduler.js';
import { type SenderOptions, SlackSender } from './jobs/slack-sender.js';
import type { Logger } from './logger.js';
import { AuditRepository } from './persistence/audit-repository.js';
import { CatalogRepository } from './persistence/catalog-repository.js';
import { CheckinsRepository } from './persistence/checkins-repository.js';
import { type Db, openDatabase } from './persistence/database.js';
import { DealsRepository } from './persistence/deals-repository.js';
import { GroupCommit } from './persistence/group-commit.js';
import { JobLedgerRepository } from './persistence/job-ledger-repository.js';
import { MembersRepository } from './persistence/members-repository.js';
import { defaultMigrationsDir, MigrationError, migrate, readMigrations } from './persistence/migrator.js';
import { RecognitionRepository } from './persistence/recognition-repository.js';
import { SettingsRepository } from './persistence/settings-repository.js';
import { TargetsRepository } from './persistence/targets-repository.js';
import { DatabaseWatch } from './services/database-watch.js';
import { MemberDirectory } from './services/member-directory.js';
import { SettingsService } from './services/settings-service.js';
import { createSlackApp } from './slack/app.js';
import { tellAdminsDatabaseProblem } from './slack/notifications/database-alert.js';
import { slackProfileSource } from './slack/profile-source.js';

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
}

export interface Pacer {
  deps: AppDeps;
  app: App;
  /** Starts listening (port 0 picks a free one), then schedules jobs and catches up missed runs. */
  start(): Promise<{ port: number }>;
  /** Stops cron, lets running work finish (bounded), closes the server and the database. */
  stop(): Promise<void>;
}

/**
 * Opens the database for this process alone and brings its schema up to date. One process owns the
 * database: a second Pacer on the same file fails at start instead of posting twice, and SQLite
 * skips file locking on every transaction (ADR 6).
 */
function openPacerDatabase(path: string, now: Date): { db: Db; applied: string[] } {
  let db: Db | undefined;
  try {
    db = openDatabase(path);
    if (path !== ':memory:') db.pragma('locking_mode = EXCLUSIVE');
    const applied = migrate(db, readMigrations(defaultMigrationsDir()), now);
    // EXCLUSIVE takes its lock at the first write, and a restart with nothing to migrate writes
    // nothing: an empty write transaction takes it now, so a second process is refused at start.
    if (path !== ':memory:') db.exec('BEGIN IMMEDIATE; COMMIT');
    return { db, applied };
  } catch (error) {
    db?.close();
    if ((error as { code?: string }).code === 'SQLITE_BUSY') {
      throw new Error(`Another Pacer process is using ${path}: one process per database. Stop it first.`);
    }
    if (error instanceof MigrationError) throw error;
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

/** Wiring only: config → database + migrations → repositories → Bolt app → jobs. */
export function createPacer(options: PacerOptions): Pacer {
  const { config, clock, logger } = options;
  const { db, applied } = openPacerDatabase(config.databasePath, clock.now());
  if (applied.length) logger.info(`applied migrations: ${applied.join(', ')}`);

  const members = new MembersRepository(db);
  const settings = new SettingsService(
    new SettingsRepository(db),
    { timezone: config.timezone, currency: config.currency, language: config.language },
    clock,
  );
  const ledger = new JobLedgerRepository(db);
  const deps = {
    config,
    clock,
    logger,
    db,
    groupCommit: new GroupCommit(db),
    settings,
    i18n: createTranslator(),
    members,
    regions: new CatalogRepository(db, 'region'),
    products: new CatalogRepository(db, 'product'),
    audit: new AuditRepository(db),
    deals: new DealsRepository(db),
    targets: new TargetsRepository(db),
    recognition: new RecognitionRepository(db),
    checkins: new CheckinsRepository(db),
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
    jobs: (options.jobs ?? jobTable)(deps),
    ledger,
    clock,
    logger: logger.child('scheduler'),
    sender: deps.sender,
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
  });
  deps.databaseWatch = new DatabaseWatch({
    db,
    path: config.databasePath,
    clock,
    logger: logger.child('database'),
    onProblem: (problem) => tellAdminsDatabaseProblem(deps, problem),
  });

  let started = false;
  return {
    deps,
    app,
    async start() {
      // Before anything can write: a file deleted under a running Pacer must never be answered "Logged".
      deps.databaseWatch.start();
      try {
        await app.init();
      } catch (error) {
        throw refusedToken(error) ?? error;
      }
      const server = (await app.start(config.port)) as { address?: () => AddressInfo | string | null };
      started = true;
      const address = server?.address?.();
      const port = typeof address === 'object' && address ? address.port : config.port;
      logger.info(`Pacer is listening on port ${port} (${config.slackAppToken ? 'Socket Mode' : 'HTTP'})`);
      // A database created just now has missed nothing: catching up would post last month's awards
      // and prompts the moment Pacer is installed.
      const fresh = applied.some((id) => id.startsWith('0001_'));
      const caughtUp = await deps.scheduler.start({ cron: options.cron ?? true, catchUp: !fresh });
      for (const r of caughtUp) logger.info(`caught up ${r.job} ${r.periodKey}: ${r.status}`);
      return { port };
    },
    async stop() {
      // Safe to call twice (a signal during shutdown, a test's cleanup after an explicit stop).
      await deps.scheduler.stop();
      deps.databaseWatch.stop();
      if (started) {
        started = false;
        await app.stop();
      }
      if (db.open) db.close();
    },
  };
}
