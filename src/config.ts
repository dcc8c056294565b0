import { dirname, join } from 'node:path';
import { z } from 'zod';
import { isValidTimezone } from './domain/time.js';
import { LOCALES, type Locale } from './i18n/locale.js';

const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);

const schema = z
  .object({
    SLACK_BOT_TOKEN: z
      .string({ error: 'is required (a bot token that starts with xoxb-)' })
      .regex(/^xoxb-\S+$/, { error: 'must be a bot token that starts with xoxb-' }),
    SLACK_SIGNING_SECRET: z.preprocess(emptyAsUndefined, z.string().min(8).optional()),
    SLACK_APP_TOKEN: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^xapp-\S+$/, { error: 'must be an app-level token that starts with xapp-' })
        .optional(),
    ),
    PORT: z.preprocess(
      emptyAsUndefined,
      z.coerce
        .number({ error: 'must be a port number from 0 to 65535' })
        .int()
        .min(0)
        .max(65535)
        .default(3000),
    ),
    DATABASE_PATH: z.preprocess(emptyAsUndefined, z.string().default('./data/pacer.sqlite')),
    SLACK_API_URL: z.preprocess(
      emptyAsUndefined,
      z
        .url({ error: 'must be a URL such as https://slack.com/api/' })
        .default('https://slack.com/api/')
        .transform((url) => (url.endsWith('/') ? url : `${url}/`)),
    ),
    PACER_TIMEZONE: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .default('UTC')
        .refine(isValidTimezone, { error: 'must be an IANA timezone such as Europe/Berlin' }),
    ),
    PACER_CURRENCY: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .default('USD')
        .transform((c) => c.toUpperCase())
        .refine((c) => Intl.supportedValuesOf('currency').includes(c), {
          error: 'must be an ISO 4217 currency code such as USD or EUR',
        }),
    ),
    // The team's language for channel posts until an admin sets one with `/pacer language`.
    PACER_LANGUAGE: z.preprocess(emptyAsUndefined, z.enum(LOCALES).default('en')),
    PACER_ADMINS: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .default('')
        .transform((s) =>
          s
            .split(',')
            .map((id) => id.trim())
            .filter(Boolean),
        )
        .pipe(
          z.array(z.string().regex(/^[UW][A-Z0-9]+$/, { error: 'must be Slack user IDs like U0123ABCD' })),
        ),
    ),
    PACER_CATCH_UP_HOURS: z.preprocess(
      emptyAsUndefined,
      z.coerce
        .number()
        .min(0)
        .max(24 * 14)
        .default(24),
    ),
    LOG_LEVEL: z.preprocess(emptyAsUndefined, z.enum(LOG_LEVELS).default('info')),
    LOG_FORMAT: z.preprocess(
      emptyAsUndefined,
      z.enum(['json', 'pretty'], { error: 'must be json or pretty' }).optional(),
    ),
    BACKUP_DIR: z.preprocess(emptyAsUndefined, z.string().optional()),
    BACKUP_KEEP: z.preprocess(
      emptyAsUndefined,
      z.coerce
        .number({ error: 'must be a whole number of backups to keep (0 turns backups off)' })
        .int()
        .min(0)
        .max(1000)
        .default(7),
    ),
    RETENTION_CHECKINS_DAYS: z.preprocess(
      emptyAsUndefined,
      z.coerce
        .number({ error: 'must be a number of days (at least 30), or empty to keep everything' })
        .int()
        .min(30, { error: 'must be at least 30 days (or empty to keep everything)' })
        .optional(),
    ),
    METRICS_TOKEN: z.preprocess(
      emptyAsUndefined,
      z.string().min(16, { error: 'must be at least 16 characters (or empty for no token)' }).optional(),
    ),
    API_RATE_LIMIT_PER_MINUTE: z.preprocess(
      emptyAsUndefined,
      z.coerce
        .number({ error: 'must be a whole number of requests per minute per key (1 to 1000000)' })
        .int()
        .min(1)
        .max(1_000_000)
        .default(600),
    ),
    HUBSPOT_CLIENT_SECRET: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .min(8, { error: "must be the HubSpot app's client secret (or empty: no HubSpot webhook)" })
        .optional(),
    ),
    HUBSPOT_CLOSED_WON_STAGES: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .default('closedwon')
        .transform((s) =>
          s
            .split(',')
            .map((id) => id.trim())
            .filter(Boolean),
        )
        .pipe(z.array(z.string().max(100)).min(1, { error: 'must name at least one deal stage id' })),
    ),
    HUBSPOT_WEBHOOK_URL: z.preprocess(
      emptyAsUndefined,
      z
        .url({
          error: 'must be the https URL HubSpot posts to, e.g. https://pacer.example.com/webhooks/hubspot',
        })
        .optional(),
    ),
  })
  .superRefine((env, ctx) => {
    if (!env.SLACK_APP_TOKEN && !env.SLACK_SIGNING_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['SLACK_SIGNING_SECRET'],
        message: 'is required in HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)',
      });
    }
  });

/** Every variable Pacer reads; `.env.example` and the README document each one (a test checks). */
export const ENV_VARIABLES = Object.keys(schema.shape);

export interface Config {
  slackBotToken: string;
  slackSigningSecret: string | undefined;
  slackAppToken: string | undefined;
  port: number;
  databasePath: string;
  slackApiUrl: string;
  timezone: string;
  currency: string;
  language: Locale;
  admins: string[];
  catchUpHours: number;
  logLevel: LogLevel;
  /** Unset: JSON lines, or pretty when stdout is a terminal (the logger decides). */
  logFormat: 'json' | 'pretty' | undefined;
  backupDir: string;
  /** How many daily backups to keep; 0 turns the backup job off. */
  backupKeep: number;
  /** Check-in answers and feedback older than this are deleted; undefined keeps everything. */
  retentionCheckinsDays: number | undefined;
  /** When set, GET /metrics needs `Authorization: Bearer <token>`. */
  metricsToken: string | undefined;
  /** Requests a minute each REST API key may make (a token bucket of this size; ADR 23). */
  apiRateLimitPerMinute: number;
  /** Signs HubSpot's webhook requests (v3); unset, POST /webhooks/hubspot answers 404. */
  hubspotClientSecret: string | undefined;
  /** Deal stage ids that mean closed won (`closedwon` in HubSpot's default pipeline). */
  hubspotClosedWonStages: string[];
  /** The URL HubSpot signs; unset, it is rebuilt from the request (X-Forwarded-Proto, Host). */
  hubspotWebhookUrl: string | undefined;
}

export class ConfigError extends Error {
  readonly code = 'config_invalid';
}

/** The only reader of the environment. Throws a ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${String(issue.path[0] ?? '?')} ${issue.message}`);
    throw new ConfigError(
      `Pacer cannot start: the configuration is not valid.\n${lines.join('\n')}\n` +
        'See .env.example for every variable and its meaning.',
    );
  }
  const e = parsed.data;
  return {
    slackBotToken: e.SLACK_BOT_TOKEN,
    slackSigningSecret: e.SLACK_SIGNING_SECRET,
    slackAppToken: e.SLACK_APP_TOKEN,
    port: e.PORT,
    databasePath: e.DATABASE_PATH,
    slackApiUrl: e.SLACK_API_URL,
    timezone: e.PACER_TIMEZONE,
    currency: e.PACER_CURRENCY,
    language: e.PACER_LANGUAGE,
    admins: e.PACER_ADMINS,
    catchUpHours: e.PACER_CATCH_UP_HOURS,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    backupDir: e.BACKUP_DIR ?? join(dirname(e.DATABASE_PATH), 'backups'),
    backupKeep: e.BACKUP_KEEP,
    retentionCheckinsDays: e.RETENTION_CHECKINS_DAYS,
    metricsToken: e.METRICS_TOKEN,
    apiRateLimitPerMinute: e.API_RATE_LIMIT_PER_MINUTE,
    hubspotClientSecret: e.HUBSPOT_CLIENT_SECRET,
    hubspotClosedWonStages: e.HUBSPOT_CLOSED_WON_STAGES,
    hubspotWebhookUrl: e.HUBSPOT_WEBHOOK_URL,
  };
}
