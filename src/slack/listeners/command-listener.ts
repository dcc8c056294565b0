import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.js';
import type { Member } from '../../persistence/members-repository.js';
import { decodeSlackText } from '../mrkdwn.js';
import { UserFacingError } from '../user-facing-error.js';
import type { Reply } from '../views/blocks.js';

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

export type CommandReply = Reply & { visibility?: 'ephemeral' | 'in_channel' };

export type CommandHandler = (
  input: CommandInput,
  deps: AppDeps,
  tools: CommandTools,
) => Promise<CommandReply | null>;

/**
 * Every slash command goes through here: ack at once (Slack's 3 s), then parse, run, reply by
 * response_url. A UserFacingError becomes an ephemeral answer; anything else reaches the global
 * error handler, which answers with a reference id.
 */
export function registerCommand(app: App, deps: AppDeps, name: string, handler: CommandHandler): void {
  app.command(name, async ({ command, ack, respond, client }) => {
    await ack();
    const payload = payloadSchema.parse(command);
    try {
      const caller = await deps.directory.ensure(payload.user_id);
      if (!caller) throw new UserFacingError('Slack could not tell me who you are. Please try again.');
      const reply = await handler(
        {
          command: payload.command,
          text: decodeSlackText(payload.text).trim(),
          userId: payload.user_id,
          channelId: payload.channel_id,
          triggerId: payload.trigger_id,
          responseUrl: payload.response_url,
          caller,
        },
        deps,
        { client },
      );
      if (reply) {
        const { visibility, ...message } = reply;
        await respond({ response_type: visibility ?? 'ephemeral', ...message });
      }
    } catch (error) {
      if (!(error instanceof UserFacingError)) throw error;
      await respond({ response_type: 'ephemeral', text: error.message });
    }
  });
}
