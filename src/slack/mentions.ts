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

/**
 * A user mention, or a sentence on how to make one. Plain `@bob` arrives when the name was typed
 * rather than picked from Slack's list, and Slack only turns picked names into ids.
 */
export function readUserMention(token: string, example: string): MentionRead {
  const id = parseUserMention(token);
  if (id) return { ok: true, id };
  const typed = token.trim();
  const hint = !typed
    ? 'Mention the person: type @ and pick them from the list Slack shows'
    : typed.startsWith('@')
      ? `“${typed}” is a typed name, not a mention. Type @ and pick the person from the list Slack shows`
      : `“${typed}” is not a person. Mention them: type @ and pick the person from the list Slack shows`;
  return { ok: false, error: `${hint}, e.g. ${example}` };
}

/** A channel mention, or a sentence on how to make one (plain `#sales` is typed, not picked). */
export function readChannelMention(token: string, example: string): MentionRead {
  const id = parseChannelMention(token);
  if (id) return { ok: true, id };
  const typed = token.trim();
  return {
    ok: false,
    error: `“${typed}” is not a channel I can use. Type # and pick the channel from the list Slack shows, e.g. ${example}`,
  };
}
