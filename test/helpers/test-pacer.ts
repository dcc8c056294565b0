import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppDeps } from '../../src/app-deps.js';
import {
  createWorkerChartRenderer,
  type StoppableChartRenderer,
} from '../../src/charts/chart-worker-renderer.js';
import { ManualClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import type { JobDefinition } from '../../src/jobs/job.js';
import { createLogger } from '../../src/logger.js';
import { createPacer, type Pacer } from '../../src/pacer.js';
import {
  type SlackApiStandIn,
  type StandInUser,
  startSlackApiStandIn,
  validateMessage,
} from '../../src/slack-api-stand-in/index.js';
import { formBody, postSigned, type SlackHttpResponse } from './signed-requests.js';

export const SIGNING_SECRET = 'test-signing-secret-0123456789';
export const BOT_TOKEN = 'xoxb-test-token';

export const ADMIN: StandInUser = { id: 'UADMIN', name: 'ada', real_name: 'Ada Admin', tz: 'Europe/Berlin' };
export const MANAGER: StandInUser = {
  id: 'UMANAGER',
  name: 'maria',
  real_name: 'Maria Manager',
  tz: 'Europe/Berlin',
};
export const REP: StandInUser = { id: 'UREP', name: 'rick', real_name: 'Rick Rep', tz: 'America/New_York' };
export const REP2: StandInUser = { id: 'UREP2', name: 'sara', real_name: 'Sara Seller', tz: 'Asia/Tokyo' };
export const DEFAULT_USERS = [ADMIN, MANAGER, REP, REP2];

export interface TestPacerOptions {
  now?: string;
  env?: Record<string, string>;
  users?: StandInUser[];
  jobs?: (deps: AppDeps) => JobDefinition[];
  /** Reuse a database file across a restart. */
  databasePath?: string;
  /** Reuse a stand-in across a restart. */
  standIn?: SlackApiStandIn;
  logSink?: (line: string) => void;
  /** What draws charts; the test process' one real chart worker by default (sharedChartWorker). */
  charts?: StoppableChartRenderer;
}

let chartWorker: StoppableChartRenderer | undefined;

/**
 * The real chart worker, one per test process as Pacer has one per process: TestPacers share it, and
 * their stop() leaves it running (unref'd while idle, so it never holds the test process), so each
 * test does not load ECharts again (2–4 s here). test/charts/chart-worker-renderer.test.ts and
 * test/build.test.ts cover a Pacer stopping its own.
 */
function sharedChartWorker(): StoppableChartRenderer {
  chartWorker ??= createWorkerChartRenderer();
  const worker = chartWorker;
  return { render: (input) => worker.render(input), stop: async () => {} };
}

export interface CommandResult {
  http: SlackHttpResponse;
  /** The first message posted back on the command's response_url. */
  text: string;
  reply: Record<string, unknown>;
}

/**
 * The real Pacer (Bolt + HTTP receiver + SQLite on disk) on a free port, talking to a local
 * stand-in for Slack's Web API, with a pinned clock.
 */
export class TestPacer {
  private constructor(
    readonly pacer: Pacer,
    readonly standIn: SlackApiStandIn,
    readonly clock: ManualClock,
    readonly url: string,
    readonly databasePath: string,
    private readonly ownsDir: string | null,
    private readonly ownsStandIn: boolean,
    readonly logs: string[],
  ) {}

  static async start(options: TestPacerOptions = {}): Promise<TestPacer> {
    const standIn =
      options.standIn ??
      (await startSlackApiStandIn({ botToken: BOT_TOKEN, users: options.users ?? DEFAULT_USERS }));
    const ownsDir = options.databasePath ? null : mkdtempSync(join(tmpdir(), 'pacer-test-'));
    const databasePath = options.databasePath ?? join(ownsDir!, 'pacer.sqlite');
    const clock = new ManualClock(options.now ?? '2026-11-25T10:00:00Z');
    // Message ts follow this Pacer's clock, so reading history "since" an instant works as in Slack.
    standIn.useClock(() => clock.now().getTime());
    const config = loadConfig({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      PORT: '0',
      DATABASE_PATH: databasePath,
      SLACK_API_URL: standIn.url,
      PACER_ADMINS: ADMIN.id,
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn',
      ...options.env,
    });
    const logs: string[] = [];
    const logger = createLogger({
      level: config.logLevel,
      secrets: [SIGNING_SECRET],
      sink: (line) => {
        logs.push(line);
        options.logSink?.(line);
        if (process.env.TEST_LOG_LEVEL) console.warn(line);
      },
    });
    const pacer = createPacer({
      config,
      clock,
      logger,
      sender: { callTimeoutMs: 2_000, perChannelIntervalMs: 0 },
      ...(options.jobs ? { jobs: options.jobs } : {}),
      charts: options.charts ?? sharedChartWorker(),
      // The clock is pinned: real cron ticks would fire jobs at wall-clock moments mid-test.
      cron: false,
      // Only this Pacer writes its database: a lock that is not released at once is a bug to see
      // now, not five seconds later.
      busyTimeoutMs: 100,
    });
    const { port } = await pacer.start();
    return new TestPacer(
      pacer,
      standIn,
      clock,
      `http://127.0.0.1:${port}/slack/events`,
      databasePath,
      ownsDir,
      !options.standIn,
      logs,
    );
  }

  get deps(): AppDeps {
    return this.pacer.deps;
  }

  /**
   * Waits until Pacer has finished every request sent so far (late replies and error answers
   * included): after it, something that did not happen will not happen later.
   */
  settled(): Promise<void> {
    return this.pacer.settled();
  }

  /** Sends a signed slash command and waits for the reply Pacer posts on its response_url. */
  async command(
    userId: string,
    command: string,
    text = '',
    extra: Record<string, string> = {},
  ): Promise<CommandResult> {
    const { http, responseId } = await this.send(userId, command, text, extra);
    if (http.status !== 200) throw new Error(`${command} ${text} answered HTTP ${http.status}: ${http.body}`);
    if (http.body.trim()) {
      // The answer came in the ack: Slack would refuse it just as it refuses a posted message.
      const reply = JSON.parse(http.body) as Record<string, unknown>;
      const refused = validateMessage(reply);
      if (refused)
        throw new Error(`Slack would refuse the reply to ${command} ${text}: ${JSON.stringify(refused)}`);
      return { http, text: String(reply.text ?? ''), reply };
    }
    // Generous: a command's first chart after start loads ECharts in the chart worker (2–4 s on a
    // loaded machine), and the answer then comes by response_url.
    const call = await this.standIn.waitForCall(
      (c) => c.method === 'response_url' && c.body.responseId === responseId,
      10_000,
    );
    return { http, text: String(call.body.text ?? ''), reply: call.body };
  }

  /** Sends a signed slash command without waiting for a reply (e.g. one that opens a modal). */
  async send(
    userId: string,
    command: string,
    text = '',
    extra: Record<string, string> = {},
  ): Promise<{ http: SlackHttpResponse; responseId: string }> {
    const responseId = `r${Math.random().toString(36).slice(2)}`;
    const http = await postSigned(
      this.url,
      formBody({
        token: 'legacy-verification-token',
        team_id: 'T0PACER',
        team_domain: 'pacer-test',
        channel_id: 'CSALES',
        channel_name: 'sales',
        user_id: userId,
        user_name: userId.toLowerCase(),
        command,
        text,
        api_app_id: 'A0PACER',
        response_url: this.standIn.responseUrl(responseId),
        trigger_id: `trigger-${responseId}`,
        ...extra,
      }),
      { secret: SIGNING_SECRET },
    );
    return { http, responseId };
  }

  /** Sends an interactive payload (block_actions, view_submission…), signed. */
  async interact(payload: Record<string, unknown>): Promise<SlackHttpResponse> {
    return postSigned(this.url, formBody({ payload: JSON.stringify(payload) }), { secret: SIGNING_SECRET });
  }

  /** Sends an Events API callback (JSON), signed, as Slack delivers `user_change` and the like. */
  async event(event: Record<string, unknown>): Promise<SlackHttpResponse> {
    const body = JSON.stringify({
      type: 'event_callback',
      team_id: 'T0PACER',
      api_app_id: 'A0PACER',
      event_id: `Ev${Math.random().toString(36).slice(2)}`,
      event_time: Math.floor(Date.now() / 1000),
      event,
    });
    return postSigned(this.url, body, { secret: SIGNING_SECRET, contentType: 'application/json' });
  }

  async stop(): Promise<void> {
    await this.pacer.stop();
    if (this.ownsStandIn) await this.standIn.close();
    if (this.ownsDir) rmSync(this.ownsDir, { recursive: true, force: true });
  }
}
