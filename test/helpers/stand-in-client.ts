import { type Logger, LogLevel, WebClient } from '@slack/web-api';
import type { SlackApiStandIn } from '../../src/slack-api-stand-in/index.js';

// WebClient logs Slack's response_metadata messages as errors; the refusals in these tests are on purpose.
export const quietLogger: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  setLevel: () => {},
  getLevel: () => LogLevel.ERROR,
  setName: () => {},
};

/** A real WebClient on the stand-in that never retries, so each refusal shows as it was sent. */
export function standInClient(
  standIn: SlackApiStandIn,
  token: string,
  extra: ConstructorParameters<typeof WebClient>[1] = {},
): WebClient {
  return new WebClient(token, {
    slackApiUrl: standIn.url,
    retryConfig: { retries: 0 },
    logger: quietLogger,
    ...extra,
  });
}

/** What a call came to: 'ok', Slack's error code (WebClient puts the body in error.data), `http_<status>`, or the network code. */
export async function outcomeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return 'ok';
  } catch (error) {
    const e = error as { data?: { error?: string }; statusCode?: number; code?: string };
    return e.data?.error ?? (e.statusCode ? `http_${e.statusCode}` : (e.code ?? String(error)));
  }
}
