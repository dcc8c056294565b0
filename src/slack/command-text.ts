/**
 * Splits command text into words; "double", “curly” and 'single' quotes keep spaces together.
 * Slack escapes &, < and > in command text; mentions stay as <@U…|name> tokens.
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  // An option may quote its value too: region:"North America". A Slack mention is one word even
  // when its label has spaces: <@U123|Rick Rep>, manager:<@U123|Rick Rep>.
  const re = /([A-Za-z-]+:)?(?:"([^"]*)"|“([^”]*)”|'([^']*)')|((?:[A-Za-z-]+:)?<[@#!][^>]*>\S*|\S+)/g;
  for (const m of text.matchAll(re)) tokens.push(m[5] ?? `${m[1] ?? ''}${m[2] ?? m[3] ?? m[4] ?? ''}`);
  return tokens;
}

/** `key:value` options among the words, and the words that are not options. */
export function splitOptions(words: string[]): { options: Map<string, string>; rest: string[] } {
  const options = new Map<string, string>();
  const rest: string[] = [];
  for (const word of words) {
    const m = /^([a-z-]+):(.*)$/i.exec(word);
    if (m?.[1] && !word.startsWith('<')) options.set(m[1].toLowerCase(), m[2] ?? '');
    else rest.push(word);
  }
  return { options, rest };
}
