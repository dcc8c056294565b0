import { ErrorCode } from '@slack/web-api';

/**
 * What a failed Web API call means for a delivery:
 * - `refused`: Slack answered and will answer the same for this recipient or this message (a
 *   deactivated user, a channel Pacer is not in, a message over a limit). Retrying cannot help.
 * - `transient`: a 5xx, a timeout, a network error or a rate limit. Worth trying again later.
 * - `fatal`: the bot token itself is refused. Nobody can be reached; marking each recipient
 *   refused (or deactivating members) would be wrong, so the delivery waits like a transient one.
 */
export type FailureKind = 'refused' | 'transient' | 'fatal';

export class SlackCallError extends Error {
  constructor(
    readonly method: string,
    readonly kind: FailureKind,
    /** Slack's error code (`user_disabled`), or `http_500`, `timeout`, `network`, `ratelimited`. */
    readonly code: string,
    /**
     * True when the call may have taken effect although no success came back (a 5xx, a timeout, a
     * dropped connection): a chat.postMessage must be checked for before it is sent again.
     */
    readonly maybeDone: boolean,
    /** For 429s: how long Slack asked to wait. */
    readonly retryAfterMs?: number,
  ) {
    super(`${method}: ${code}`);
    this.name = 'SlackCallError';
  }
}

// Slack refuses these for this recipient (or channel) and will keep refusing them.
const RECIPIENT_REFUSALS = new Set([
  'user_disabled',
  'user_not_found',
  'user_not_visible',
  'cannot_dm_bot',
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'messages_tab_disabled',
  'restricted_action',
  'restricted_action_read_only_channel',
  'restricted_action_thread_only_channel',
  'restricted_action_non_threadable_channel',
  'team_access_not_granted',
  'ekm_access_denied',
]);

// The message itself breaks Slack's rules: a builder bug for that message, not a reason to stop.
const MESSAGE_REFUSALS = new Set([
  'invalid_blocks',
  'invalid_blocks_format',
  'msg_too_long',
  'no_text',
  'too_many_attachments',
  'invalid_attachments',
  'invalid_arguments',
  'invalid_metadata_format',
  'invalid_metadata_schema',
  'metadata_too_large',
  'metadata_must_be_sent_from_app',
]);

// The token is turned down: every call fails the same way until an admin reinstalls. Slack's
// `account_inactive` means the token's own user or workspace is gone, not the recipient's.
const TOKEN_REFUSALS = new Set([
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'not_allowed_token_type',
  'missing_scope',
  'no_permission',
]);

// ok:false answers that say "try again later".
const TRANSIENT_CODES = new Set([
  'ratelimited',
  'rate_limited',
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
]);

/** Codes after which Pacer marks the member inactive: Slack says the account is gone. */
export const ACCOUNT_GONE = new Set(['user_disabled', 'user_not_found']);

interface WebApiErrorLike {
  code?: string;
  data?: { error?: string };
  statusCode?: number;
  retryAfter?: number;
  original?: { name?: string; message?: string; cause?: unknown };
}

/** Turns whatever WebClient threw into a classified SlackCallError. */
export function classifySlackError(method: string, error: unknown): SlackCallError {
  if (error instanceof SlackCallError) return error;
  const e = (error ?? {}) as WebApiErrorLike;
  const mayHaveLeft = method === 'chat.postMessage' || method === 'chat.update';
  switch (e.code) {
    case ErrorCode.PlatformError: {
      const code = e.data?.error ?? 'unknown_error';
      if (TRANSIENT_CODES.has(code)) return new SlackCallError(method, 'transient', code, mayHaveLeft);
      if (TOKEN_REFUSALS.has(code)) return new SlackCallError(method, 'fatal', code, false);
      if (RECIPIENT_REFUSALS.has(code) || MESSAGE_REFUSALS.has(code)) {
        return new SlackCallError(method, 'refused', code, false);
      }
      // Any other ok:false is Slack's considered answer to this request: asking again gets the same.
      return new SlackCallError(method, 'refused', code, false);
    }
    case ErrorCode.RateLimitedError:
      // A 429 is an answer: Slack did not take the call, so it is safe to send again.
      return new SlackCallError(method, 'transient', 'ratelimited', false, (e.retryAfter ?? 1) * 1000);
    case ErrorCode.HTTPError:
      return new SlackCallError(method, 'transient', `http_${e.statusCode ?? 'error'}`, mayHaveLeft);
    case ErrorCode.RequestError: {
      const name = e.original?.name ?? '';
      const timedOut = name === 'TimeoutError' || name === 'AbortError';
      return new SlackCallError(method, 'transient', timedOut ? 'timeout' : 'network', mayHaveLeft);
    }
    default:
      return new SlackCallError(method, 'transient', 'network', mayHaveLeft);
  }
}
