/** Slack escapes &, < and > in command text; turn them back into what the user typed. */
export function decodeSlackText(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Escapes user text for mrkdwn, so it cannot become a mention, a link or `<!channel>`. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// A zero-width joiner after a formatting character keeps it visible but stops it pairing up.
const FORMATTING = /([*_~`])/g;

/**
 * For user text inside one-line public posts: escaped, and with *bold*, _italic_, ~strike~ and
 * `code` markers neutralised, so a customer name cannot restyle the post.
 */
export function plainInline(text: string): string {
  return escapeMrkdwn(text.replace(/[\r\n]+/g, ' ')).replace(FORMATTING, '$1\u200d');
}

export function mention(userId: string): string {
  return `<@${userId}>`;
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}
