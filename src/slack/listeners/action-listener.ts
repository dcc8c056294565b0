import type { BlockAction, BlockButtonAction } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { AppDeps } from '../../app-deps.js';
import type { Member } from '../../domain/entities/member.js';
import { ProblemError, refusal } from '../../domain/problem.js';
import type { Speaker } from '../../i18n/translator.js';
import { memberSpeaker } from '../../services/language-settings.js';
import { cannotSaveAnswer, speakerFor } from '../notifications/database-alert.js';
import { refusalText } from '../problem-text.js';
import { UserFacingError } from '../user-facing-error.js';
import type { Reply } from '../views/blocks.js';
import type { ListenerRouter } from './listener-router.js';

export interface ActionInput {
  /** The person who clicked, fetched from Slack on first contact. */
  caller: Member;
  /** The clicked button's value (a deal id, a round id), as the view wrote it. */
  value: string;
  triggerId: string;
  /** Where the button was, or the caller's DM when Slack does not say. */
  channelId: string;
  /** The caller's words: replies to a click are theirs alone. */
  say: Speaker;
  body: BlockAction;
}

export interface ActionTools {
  client: WebClient;
}

/**
 * What a click answers: `replace` swaps the message the button was on (an Undo that is done);
 * otherwise an ephemeral reply beside it. `fallback` is plain text that still says what happened,
 * sent when Slack refuses the rich reply. Null: nothing to say (a form was opened).
 */
export type ActionReply = Reply & { replace?: boolean; fallback?: string };

export type ActionHandler = (
  input: ActionInput,
  deps: AppDeps,
  tools: ActionTools,
) => Promise<ActionReply | null>;

/**
 * Every button goes through here, as every command goes through registerCommand: ack at once (a
 * click has no answer in the ack), find the caller, run the handler, answer by response_url. A
 * refusal (ProblemError) is answered in the caller's language, a write the database refused with
 * "nothing was saved"; anything else reaches the global error handler, which answers with a
 * reference. The handler never sees Bolt.
 */
export function registerAction(
  router: ListenerRouter,
  deps: AppDeps,
  actionId: string,
  handler: ActionHandler,
): void {
  router.action<BlockButtonAction>(actionId, async ({ ack, body, respond, client }) => {
    await ack();
    const userId = body.user.id;
    let reply: ActionReply | null;
    try {
      const caller = await deps.directory.ensure(userId);
      if (!caller) throw refusal('caller.unknown');
      const input: ActionInput = {
        caller,
        value: body.actions[0]?.value ?? '',
        triggerId: body.trigger_id,
        channelId: body.channel?.id ?? userId,
        say: memberSpeaker(deps, userId),
        body,
      };
      reply = await handler(input, deps, { client });
    } catch (error) {
      const text = refusalOf(deps, userId, error);
      if (text === null) throw error;
      reply = { text };
    }
    if (!reply) return;
    const { replace, fallback, ...message } = reply;
    const where = replace
      ? { replace_original: true }
      : { replace_original: false, response_type: 'ephemeral' as const };
    try {
      await respond({ ...where, ...message });
    } catch (error) {
      // The work is done (a deal may be deleted): say so in plain text rather than reach the error handler.
      deps.logger.error(`Slack refused the answer to ${actionId}; sending plain text instead`, error);
      await respond({ ...where, text: fallback ?? message.text });
    }
  });
}

/** The words for an error the user can act on, or null for one the error handler must take. */
function refusalOf(deps: AppDeps, userId: string, error: unknown): string | null {
  const cannotSave = cannotSaveAnswer(error, speakerFor(deps, userId));
  if (cannotSave) return cannotSave;
  if (error instanceof ProblemError) return refusalText(memberSpeaker(deps, userId), error.problem);
  if (error instanceof UserFacingError) return error.message;
  return null;
}
