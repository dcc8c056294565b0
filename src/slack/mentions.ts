// With should_escape, Slack sends <@U123|name> (and older clients <@U123>); both are accepted.
const USER = /^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>$/;
const CHANNEL = /^<#([CG][A-Z0-9]+)(?:\|[^>]*)?>$/;

export function parseUserMention(token: string): string | null {
  return USER.exec(token.trim())?.[1] ?? null;
}

export function parseChannelMention(token: string): string | null {
  return CHANNEL.exec(token.trim())?.[1] ?? null;
}

export function findUserMentions(text: string): string[] {
  return [...text.matchAll(/<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/g)].map((m) => m[1]!);
}
