import type { Speaker } from '../i18n/translator.js';
import { escapeMrkdwn } from './mrkdwn.js';
import { truncateMrkdwn } from './views/fit.js';

// Commands are registered with should_escape, so a picked person arrives as <@U123|name> (older
// clients send <@U123>); W… ids are Enterprise Grid users. Channels arrive as <#C123|name>, private
// ones as G… on older workspaces.
const USER_ID = '[UW][A-Z0-9]+';
const CHANNEL_ID = '[CG][A-Z0-9]+';
const USER = new RegExp(`^<@(${USER_ID})(?:\\|[^>]*)?>$`);
const CHANNEL = new RegExp(`^<#(${CHANNEL_ID})(?:\\|[^>]*)?>$`);
const ANY_USER = new RegExp(`<@(${USER_ID})(?:\\|[^>]*)?>`, 'g');

/** The user id in `<@U123>` or `<@U123|name>`, or null for anything else (`@name` included). */
export function parseUserMention(token: string): string | null {
  return USER.exec(token.trim())?.[1] ?? null;
}

/** The channel id in `<#C123>` or `<#C123|name>`, or null for anything else (`#name` included). */
export function parseChannelMention(token: string): string | null {
  return CHANNEL.exec(token.trim())?.[1] ?? null;
}

/** Every user mentioned in `text`, once each, in the order they first appear. */
export function findUserMentions(text: string): string[] {
  return [...new Set([...text.matchAll(ANY_USER)].map((m) => m[1]!))];
}

export type MentionRead = { ok: true; id: string } | { ok: false; error: string };

// What was typed is quoted back escaped and cut: a command can be one 4,000-character word.
const QUOTED_MAX = 200;
/** Something a person typed, safe to quote in a reply. */
export const quoted = (typed: string) => truncateMrkdwn(escapeMrkdwn(typed), QUOTED_MAX);

/**
 * A user mention, or a sentence in the reader's language on how to make one. Plain `@bob` arrives
 * when the name was typed rather than picked from Slack's list, and Slack only turns picked names
 * into ids.
 */
export function readUserMention(token: string, example: string, say: Speaker): MentionRead {
  const id = parseUserMention(token);
  if (id) return { ok: true, id };
  const typed = token.trim();
  const key = !typed ? 'mention.empty' : typed.startsWith('@') ? 'mention.typedName' : 'mention.notPerson';
  return { ok: false, error: say.t(key, { typed: quoted(typed), example }) };
}

/** A channel mention, or a sentence on how to make one (plain `#sales` is typed, not picked). */
export function readChannelMention(token: string, example: string, say: Speaker): MentionRead {
  const id = parseChannelMention(token);
  if (id) return { ok: true, id };
  return { ok: false, error: say.t('mention.notChannel', { typed: quoted(token.trim()), example }) };
}
