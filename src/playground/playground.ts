import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ManualClock } from '../clock.js';
import { loadConfig } from '../config.js';
import { createLogger, type Logger } from '../logger.js';
import { createPacer, type Pacer } from '../pacer.js';
import { TIMEZONE } from '../services/settings-service.js';
import { type SlackApiStandIn, startSlackApiStandIn } from '../slack-api-stand-in/index.js';
import { ADMIN_ID, PEOPLE, TEAM_TIMEZONE } from './people.js';
import { SEED_START, seedDemoWorkspace } from './seed.js';
import { SlackSide } from './slack-side.js';
import { type TravelLeg, travel } from './time-travel.js';
import { WorkspaceView } from './workspace-view.js';

const BOT_TOKEN = 'xoxb-playground-local-only';

export interface PlaygroundOptions {
  databasePath: string;
  /** Throw the database away and seed again. */
  reset?: boolean;
  logLevel?: 'debug' | 'info' | 'warn' | 'error';
  logSink?: (line: string) => void;
  /** Called before a first-run seed starts (it takes a while). */
  onSeed?: () => void;
}

export interface Playground {
  pacer: Pacer;
  standIn: SlackApiStandIn;
  clock: ManualClock;
  view: WorkspaceView;
  slack: SlackSide;
  logger: Logger;
  timezone(): string;
  /** Time travel: ticks every job due on the way; one jump at a time. */
  travelTo(at: Date): Promise<TravelLeg[]>;
  stop(): Promise<void>;
}

/** Simulated time survives a restart, so Pacer never sees its clock run backwards. */
function clockFile(databasePath: string): string {
  return `${databasePath}.clock.json`;
}

/**
 * The stand-in, the real Pacer (Bolt HTTP receiver, signed requests, the scheduler with cron off and
 * an injected clock, SQLite on disk) and the Slack side that talks to it. Nothing reaches Slack:
 * every URL is 127.0.0.1, and the config is built here, not read from the environment.
 */
export async function startPlayground(options: PlaygroundOptions): Promise<Playground> {
  const { databasePath } = options;
  if (options.reset) {
    for (const suffix of ['', '-wal', '-shm', '.clock.json'])
      rmSync(`${databasePath}${suffix}`, { force: true });
  }
  mkdirSync(dirname(databasePath), { recursive: true });
  const fresh = !existsSync(databasePath);
  const saved = fresh ? null : readSavedClock(clockFile(databasePath));
  const clock = new ManualClock(saved ?? SEED_START);

  const standIn = await startSlackApiStandIn({ botToken: BOT_TOKEN, users: PEOPLE });
  const signingSecret = randomBytes(16).toString('hex');
  const config = loadConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: signingSecret,
    PORT: '0',
    DATABASE_PATH: databasePath,
    SLACK_API_URL: standIn.url,
    PACER_TIMEZONE: TEAM_TIMEZONE,
    PACER_CURRENCY: 'USD',
    PACER_ADMINS: ADMIN_ID,
    LOG_LEVEL: options.logLevel ?? 'warn',
  });
  const logger = createLogger({
    level: config.logLevel,
    secrets: [signingSecret],
    ...(options.logSink ? { sink: options.logSink } : {}),
  });
  let pacer: Pacer;
  try {
    pacer = createPacer({
      config,
      clock,
      logger,
      // The stand-in has no rate limit to respect, and a jump of a week should not take minutes.
      sender: { perChannelIntervalMs: 0 },
      // Time travel ticks the jobs; wall-clock cron would fire them at real moments.
      cron: false,
    });
  } catch (error) {
    await standIn.close();
    throw error;
  }
  const { port } = await pacer.start();
  const view = new WorkspaceView(clock);
  const unsubscribe = standIn.onCall((call) => view.applyCall(call));
  const slack = new SlackSide({
    eventsUrl: `http://127.0.0.1:${port}/slack/events`,
    signingSecret,
    standIn,
    view,
  });
  const timezone = () => pacer.deps.settings.get(TIMEZONE);
  let travelling: Promise<TravelLeg[]> = Promise.resolve([]);
  const travelTo = (at: Date) => {
    // One jump at a time, in order: two clicks must not tick the same stretch twice.
    travelling = travelling
      .catch(() => [])
      .then(() => travel(clock, pacer.deps.scheduler, timezone, at, logger));
    return travelling.finally(() => saveClock(clockFile(databasePath), clock.now()));
  };

  if (fresh) {
    options.onSeed?.();
    try {
      await seedDemoWorkspace({ clock, slack, view, standIn, travelTo });
    } catch (error) {
      unsubscribe();
      await pacer.stop();
      await standIn.close();
      // A half-seeded workspace would be worse than none: the next start seeds again.
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${databasePath}${suffix}`, { force: true });
      throw error;
    }
    saveClock(clockFile(databasePath), clock.now());
  }

  return {
    pacer,
    standIn,
    clock,
    view,
    slack,
    logger,
    timezone,
    travelTo,
    async stop() {
      await travelling.catch(() => undefined);
      saveClock(clockFile(databasePath), clock.now());
      unsubscribe();
      await pacer.stop();
      await standIn.close();
    },
  };
}

function readSavedClock(path: string): string | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as { now?: string };
    return parsed.now && !Number.isNaN(Date.parse(parsed.now)) ? parsed.now : null;
  } catch {
    return null;
  }
}

function saveClock(path: string, now: Date): void {
  writeFileSync(path, `${JSON.stringify({ now: now.toISOString() })}\n`);
}
