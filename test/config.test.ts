import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, ENV_VARIABLES, loadConfig } from '../src/config.js';

const minimal = { SLACK_BOT_TOKEN: 'xoxb-123-abc', SLACK_SIGNING_SECRET: 'abcdef0123456789' };

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig(minimal);
    expect(config).toMatchObject({
      port: 3000,
      databasePath: './data/pacer.sqlite',
      slackApiUrl: 'https://slack.com/api/',
      timezone: 'UTC',
      currency: 'USD',
      admins: [],
      catchUpHours: 24,
      logLevel: 'info',
      slackAppToken: undefined,
    });
  });

  it('names a missing bot token and points to .env.example', () => {
    expect(() => loadConfig({ SLACK_SIGNING_SECRET: 'abcdef0123456789' })).toThrow(ConfigError);
    expect(() => loadConfig({ SLACK_SIGNING_SECRET: 'abcdef0123456789' })).toThrow(
      /SLACK_BOT_TOKEN is required[\s\S]*\.env\.example/,
    );
  });

  it('names every malformed variable at once', () => {
    let message = '';
    try {
      loadConfig({
        ...minimal,
        PORT: 'eighty',
        PACER_TIMEZONE: 'Mars/Olympus',
        PACER_CURRENCY: 'DOLLARS',
        PACER_ADMINS: 'U1ABC,bob',
        LOG_LEVEL: 'loud',
        SLACK_API_URL: 'not a url',
      });
    } catch (error) {
      message = (error as Error).message;
    }
    for (const name of [
      'PORT',
      'PACER_TIMEZONE',
      'PACER_CURRENCY',
      'PACER_ADMINS',
      'LOG_LEVEL',
      'SLACK_API_URL',
    ]) {
      expect(message).toContain(name);
    }
  });

  it('requires the signing secret in HTTP mode but not in Socket Mode', () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(
      /SLACK_SIGNING_SECRET is required in HTTP mode/,
    );
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1-A-1-abc' }).slackAppToken).toBe(
      'xapp-1-A-1-abc',
    );
  });

  it('reads admins, timezone, currency and the API URL', () => {
    const config = loadConfig({
      ...minimal,
      PACER_ADMINS: 'U01ABC, U02DEF',
      PACER_TIMEZONE: 'Asia/Shanghai',
      PACER_CURRENCY: 'cny',
      SLACK_API_URL: 'http://127.0.0.1:9999/api',
      PORT: '8080',
    });
    expect(config.admins).toEqual(['U01ABC', 'U02DEF']);
    expect(config.timezone).toBe('Asia/Shanghai');
    expect(config.currency).toBe('CNY');
    expect(config.slackApiUrl).toBe('http://127.0.0.1:9999/api/');
    expect(config.port).toBe(8080);
  });

  it('treats empty values as unset, as .env files often have them', () => {
    expect(loadConfig({ ...minimal, PORT: '', PACER_TIMEZONE: '' })).toMatchObject({
      port: 3000,
      timezone: 'UTC',
    });
  });
});

describe('documentation of the configuration', () => {
  it('lists every variable in .env.example and in the README table', () => {
    const root = join(import.meta.dirname, '..');
    const example = readFileSync(join(root, '.env.example'), 'utf8');
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(ENV_VARIABLES.length).toBeGreaterThan(8);
    for (const name of ENV_VARIABLES) {
      expect(example, name).toMatch(new RegExp(`^${name}=`, 'm'));
      expect(readme, name).toContain(`| \`${name}\` |`);
    }
  });
});
