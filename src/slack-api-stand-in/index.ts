/**
 * A local stand-in for Slack's Web API, for the tests and the browser playground.
 * Point a WebClient (or Bolt's clientOptions.slackApiUrl) at `standIn.url`.
 */
export {
  LIMITS,
  type Refusal,
  validateBlocks,
  validateMessage,
  validateView,
} from '../slack/block-kit-limits.js';
export { type CallListener, CallLog, type RecordedCall } from './call-log.js';
export { RateLimiter, type RateLimits } from './rate-limits.js';
export { parseRequestBody } from './request-body.js';
export {
  createRouter,
  RESPONSE_URL_USES,
  type RouterOptions,
  type StandInReply,
  type StandInRequest,
} from './router.js';
export { FailureScript, failureReply, type ScriptedFailure, type Transport } from './scripted-failures.js';
export { type SlackApiStandIn, type SlackApiStandInOptions, startSlackApiStandIn } from './server.js';
export { type StandInUser, type StoredMessage, type StoredView, WorkspaceState } from './workspace-state.js';
