import { describe, expect, it } from 'vitest';
import { ManualClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { createPacer } from '../src/pacer.js';
import { startSlackApiStandIn } from '../src/slack-api-stand-in/index.js';
import { BOT_TOKEN, SIGNING_SECRET } from './helpers/test-pacer.js';

const quiet = createLogger({ level: 'error', sink: () => {} });
const clock = new ManualClock('2026-12-01T10:00:00Z');

describe('start-up problems name the variable to fix', () => {
  it('says SLACK_BOT_TOKEN when Slack refuses the token', async () => {
    const standIn = await startSlackApiStandIn({ botToken: BOT_TOKEN, users: [] });
    const pacer = createPacer({
      config: loadConfig({
        SLACK_BOT_TOKEN: 'xoxb-copied-from-the-example',
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: standIn.url,
        PORT: '0',
        DATABASE_PATH: ':memory:',
      }),
      clock,
      logger: quiet,
      cron: false,
    });
    try {
      await expect(pacer.start()).rejects.toThrow(/SLACK_BOT_TOKEN was refused by Slack \(invalid_auth\)/);
    } finally {
      await pacer.stop();
      await standIn.close();
    }
  });

  it('says DATABASE_PATH when the file cannot be a database', () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      DATABASE_PATH: '/proc/version/pacer.sqlite',
    });
    expect(() => createPacer({ config, clock, logger: quiet, cron: false })).toThrow(
      /DATABASE_PATH \/proc\/version\/pacer.sqlite cannot be used as Pacer's database: .*See .env.example/,
    );
  });
});

describe('an unreachable Slack Web API', () => {
  it('stops start-up naming SLACK_API_URL, not "fetch failed"', async () => {
    // A port nothing listens on: bound, noted, closed.
    const { createServer } = await import('node:net');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    await new Promise((resolve) => server.close(resolve));
    const url = `http://127.0.0.1:${port}/api/`;
    const pacer = createPacer({
      config: loadConfig({
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: url,
        PORT: '0',
        DATABASE_PATH: ':memory:',
      }),
      clock,
      logger: quiet,
      cron: false,
    });
    try {
      await expect(pacer.start()).rejects.toThrow(
        new RegExp(`SLACK_API_URL ${url.replace(/[/.]/g, '\\$&')} cannot be reached \\(ECONNREFUSED\\)`),
      );
    } finally {
      await pacer.stop();
    }
  }, 20_000);
});
