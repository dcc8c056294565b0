import { BOT_TOKEN, SIGNING_SECRET } from './test-pacer.js';

/**
 * The whole environment of a Pacer started as a child process in a test: the test's tokens, the
 * stand-in's URL, a free port and its own database, and nothing of the developer's shell but PATH
 * and HOME (a stray SLACK_* or .env value must not reach it).
 */
export function pacerProcessEnv(
  standInUrl: string,
  databasePath: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: standInUrl,
    PORT: '0',
    DATABASE_PATH: databasePath,
    ...extra,
  };
}
