/**
 * A local stand-in for Slack's Web API: used by the tests and by the coming browser playground.
 * Point a WebClient (or Bolt's clientOptions.slackApiUrl) at `standIn.url`.
 */
export { type Refusal, validateBlocks, validateMessage, validateView } from './block-kit-rules.js';
export {
  type RecordedCall,
  type ScriptedFailure,
  type SlackApiStandIn,
  type SlackApiStandInOptions,
  startSlackApiStandIn,
} from './server.js';
export type { StandInUser, StoredMessage } from './workspace-state.js';
