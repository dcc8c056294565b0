import { randomBytes } from 'node:crypto';
import type { App } from '@slack/bolt';
import { ProblemError } from '../domain/problem.js';
import type { Speaker } from '../i18n/translator.js';
import type { Logger } from '../logger.js';
import { rolledBack } from '../persistence/database.js';
import {
  cannotSaveAnswer,
  type SpeakerDeps,
  speakerFor,
  teamSpeakerOr,
} from './notifications/database-alert.js';
import { refusalText } from './problem-text.js';
import { UserFacingError } from './user-facing-error.js';

/** A short id the user can quote and ops can find in the log. */
export function newReference(): string {
  return `ERR-${randomBytes(4).toString('hex').toUpperCase()}`;
}

// The last overload of app.error is the extended handler (enabled in app.ts).
type ExtendedErrorHandler = Parameters<App['error']>[0];

interface ErrorBody {
  response_url?: unknown;
  user_id?: unknown;
  user?: { id?: unknown };
}

/**
 * "Nothing was saved" only when it is known to be true: the error ended a transaction in ROLLBACK, or
 * the write was refused before it began. Any other error may have come after a commit (a reply Slack
 * refused, a failure in rendering), so the user is asked to check instead of being told to repeat it.
 */
export function apology(error: unknown, reference: string, say: Speaker): string {
  const cannotSave = cannotSaveAnswer(error, say);
  if (cannotSave) return cannotSave;
  // A refusal that reached this far (a listener outside registerCommand/registerAction) is no
  // failure: it says what to do, with no reference to quote.
  if (error instanceof ProblemError) return refusalText(say, error.problem);
  if (error instanceof UserFacingError) return error.message;
  return say.t(rolledBack(error) ? 'failure.rolledBack' : 'failure.unsure', { reference });
}

/**
 * The one place unexpected errors end: the log gets the reference and the error (tokens redacted by
 * the logger); the user gets the reference only, never a stack trace.
 */
export function installErrorHandler(app: App, deps: SpeakerDeps, logger: Logger): void {
  const handler: ExtendedErrorHandler = async ({ error, body, context }) => {
    const reference = newReference();
    const original = (error as { original?: unknown }).original ?? error;
    logger.error(`unhandled error ${reference}`, original);
    const b = (body ?? {}) as ErrorBody;
    const userId = typeof b.user_id === 'string' ? b.user_id : b.user?.id;
    // The person's language when Slack named them (the team's for someone Pacer does not know yet).
    const say = typeof userId === 'string' ? speakerFor(deps, userId) : teamSpeakerOr(deps);
    const text = apology(original, reference, say);
    try {
      if (typeof b.response_url === 'string') {
        await fetch(b.response_url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ response_type: 'ephemeral', text }),
        });
        return;
      }
      const client = (context as { client?: App['client'] } | undefined)?.client ?? app.client;
      if (typeof userId === 'string') await client.chat.postMessage({ channel: userId, text });
    } catch (notifyError) {
      logger.warn(`could not tell the user about ${reference}`, notifyError);
    }
  };
  app.error(handler);
}
