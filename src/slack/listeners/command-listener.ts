import type { WebClient } from '@slack/web-api';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.js';
import type { Member } from '../../domain/entities/member.js';
import { ProblemError, refusal } from '../../domain/problem.js';
import type { CommandOutcome } from '../../ops/metrics.js';
import { memberSpeaker } from '../../services/language-settings.js';
import { validateMessage } from '../block-kit-limits.js';
import { decodeSlackText } from '../mrkdwn.js';
import { cannotSaveAnswer, speakerFor } from '../notifications/database-alert.js';
import { refusalText } from '../problem-text.js';
import { UserFacingError } from '../user-facing-error.js';
import type { Reply } from '../views/blocks.js';
import type { ListenerRouter } from './listener-router.js';

const payloadSchema = z.object({
  command: z.string(),
  text: z.string().default(''),
  user_id: z.string(),
  user_name: z.string().default(''),
  channel_id: z.string(),
  trigger_id: z.string().default(''),
  response_url: z.string(),
});

export interface CommandInput {
  command: string;
  /** As the user typed it: Slack's &amp; &lt; &gt; decoded; mentions kept as <@U…|name>. */
  text: string;
  userId: string;
  channelId: string;
  triggerId: string;
  responseUrl: string;
  /** The caller, fetched from Slack on first contact. */
  caller: Member;
}

export interface CommandTools {
  client: WebClient;
}

export type CommandReply = Reply & {
  visibility?: 'ephemeral' | 'in_channel';
  /**
   * Plain text that still says what happened, sent when Slack would refuse (or refused) the rich
   * reply: a deal that was stored must be answered "logged", never with an error.
   */
  fallback?: string;
  /** Further pages of a long answer, each sent by response_url after it, with the same visibility. */
  more?: readonly Reply[];
  /** Sent as the last message instead of the `left` pages a response_url cannot take any more. */
  notShown?: (left: number) => string;
};

export type CommandHandler = (
  input: CommandInput,
  deps: AppDeps,
  tools: CommandTools,
) => Promise<CommandReply | null>;

/** A reply that is ready within this budget travels in the ack itself; a slower one by response_url. */
export const INLINE_REPLY_MS = 1_500;
const LATE = Symbol('late');

type SlackMessage = {
  response_type: 'ephemeral' | 'in_channel';
  text: string;
  blocks?: CommandReply['blocks'];
};
type Answer = {
  message: SlackMessage;
  plain: SlackMessage;
  more: Answer[];
  notShown?: (left: number) => Answer;
};

/** Slack takes five messages by one response_url (within 30 minutes). */
const RESPONSE_URL_USES = 5;

const MAX_TEXT = 40_000;

/** The reply, and the plain text to send instead if Slack will not show the rich one. */
function toAnswer(reply: CommandReply): Answer {
  const { visibility, fallback, more = [], notShown, ...rest } = reply;
  const response_type = visibility ?? 'ephemeral';
  const message = { response_type, ...rest };
  const text = fallback ?? rest.text;
  const plain = { response_type, text: text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text };
  return {
    message,
    plain,
    more: more.map((page) => toAnswer({ ...page, visibility })),
    ...(notShown ? { notShown: (left: number) => toAnswer({ text: notShown(left), visibility }) } : {}),
  };
}

/** What can go in the ack: Slack shows an error instead of an answer it refuses, and we would never know. */
function ackable(answer: Answer, logger: AppDeps['logger']): SlackMessage {
  const refused = validateMessage(answer.message);
  if (!refused) return answer.message;
  logger.error(
    `a reply Slack would refuse (${refused.error} ${refused.reason ?? ''}); sending plain text instead`,
  );
  return answer.plain;
}

/**
 * Every slash command goes through here: parse, run, reply. Slack allows 3 seconds before the ack.
 * Most commands are a few SQLite statements, so their answer goes back in the ack (no extra request
 * to Slack). Anything that takes longer than INLINE_REPLY_MS (a first users.info, a slow views.open)
 * is acked empty first and answered by response_url. A refusal (ProblemError, in the caller's
 * language) or a UserFacingError becomes an ephemeral answer;
 * anything else is acked and then reaches the global error handler, which answers with a reference.
 */
export function registerCommand(
  router: ListenerRouter,
  deps: AppDeps,
  name: string,
  handler: CommandHandler,
): void {
  router.command(name, async ({ command, ack: slackAck, respond, client }) => {
    const started = performance.now();
    let outcome: CommandOutcome = 'answered';
    const ack: typeof slackAck = async (message) => {
      await slackAck(message);
      deps.metrics.command(name, outcome, (performance.now() - started) / 1000);
    };
    const payload = payloadSchema.parse(command);
    const work = (async (): Promise<Answer | null> => {
      try {
        const caller = await deps.directory.ensure(payload.user_id);
        if (!caller) throw refusal('caller.unknown');
        const input: CommandInput = {
          command: payload.command,
          text: decodeSlackText(payload.text).trim(),
          userId: payload.user_id,
          channelId: payload.channel_id,
          triggerId: payload.trigger_id,
          responseUrl: payload.response_url,
          caller,
        };
        const reply = await handler(input, deps, { client });
        return reply ? toAnswer(reply) : null;
      } catch (error) {
        // Refused before it began: the message says nothing was saved and that admins know why.
        const cannotSave = cannotSaveAnswer(error, speakerFor(deps, payload.user_id));
        if (cannotSave) return toAnswer({ text: cannotSave });
        if (error instanceof ProblemError)
          return toAnswer({ text: refusalText(memberSpeaker(deps, payload.user_id), error.problem) });
        if (!(error instanceof UserFacingError)) throw error;
        return toAnswer({ text: error.message });
      }
    })();
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<typeof LATE>((resolve) => {
      timer = setTimeout(() => resolve(LATE), INLINE_REPLY_MS);
    });
    let first: Answer | null | typeof LATE;
    try {
      first = await Promise.race([work, late]);
    } catch (error) {
      outcome = 'error';
      await ack();
      throw error;
    } finally {
      clearTimeout(timer);
    }
    const send = async (answer: Answer) => {
      try {
        await respond(answer.message);
      } catch (error) {
        // The work is done (a deal may be stored): say so in plain text rather than reach the error handler.
        deps.logger.error('Slack refused a reply; sending plain text instead', error);
        await respond(answer.plain);
      }
    };
    const sendMore = async (answer: Answer, uses: number) => {
      const room = RESPONSE_URL_USES - uses;
      if (answer.more.length <= room) {
        for (const page of answer.more) await send(page);
        return;
      }
      // More pages than Slack takes: the last message says what is missing rather than stopping short.
      const fits = answer.more.slice(0, room - 1);
      const left = answer.more.length - fits.length;
      deps.logger.warn(`${name}: ${left} pages more than a response_url takes were not sent`);
      for (const page of fits) await send(page);
      if (answer.notShown) await send(answer.notShown(left));
      else if (room > fits.length) await send(answer.more[fits.length]!);
    };
    if (first !== LATE) {
      await ack(first ? ackable(first, deps.logger) : undefined);
      if (first) await sendMore(first, 0);
      return;
    }
    outcome = 'late';
    await ack();
    const reply = await work;
    if (!reply) return;
    await send(reply);
    await sendMore(reply, 1);
  });
}
