const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>' };

/**
 * Slack escapes &, < and > in slash-command text (real mentions and links stay as <…> tokens);
 * this turns them back into what the user typed. One pass, so a typed "&lt;" (sent as "&amp;lt;")
 * stays "&lt;".
 */
export function decodeSlackText(text: string): string {
  return text.replace(/&(?:amp|lt|gt);/g, (entity) => ENTITIES[entity]!);
}

/** Escapes user text for mrkdwn, so it cannot become a mention, a link or `<!channel>`. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// Slack has no escape for its formatting markers, and invisible joiners next to them do not reliably
// stop a pair from matching. Look-alike characters cannot form a pair, read the same, and only the
// rendered post changes: the stored name keeps what the user typed.
const LOOK_ALIKES: Record<string, string> = {
  '*': '\u2217', // ∗ ASTERISK OPERATOR
  _: '\u02cd', // ˍ MODIFIER LETTER LOW MACRON
  '~': '\u223c', // ∼ TILDE OPERATOR
  '`': '\u02cb', // ˋ MODIFIER LETTER GRAVE ACCENT
};

/**
 * User text for one line of a public post: on one line, escaped, and with the *bold*, _italic_,
 * ~strike~ and `code` markers replaced by look-alikes, so a customer name cannot restyle the post.
 */
export function plainInline(text: string): string {
  return escapeMrkdwn(text.replace(/\s*[\r\n]+\s*/g, ' ')).replace(/[*_~`]/g, (c) => LOOK_ALIKES[c]!);
}

export function mention(userId: string): string {
  return `<@${userId}>`;
}

/**
 * At most `max` characters, ending in … when cut. Counts code points, so an emoji or a character
 * outside the BMP is never split in half. Apply it before escaping, so no entity is cut either.
 */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  if (max <= 0) return '';
  return `${chars.slice(0, max - 1).join('')}…`;
}
