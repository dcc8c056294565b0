/** Control characters (bell, escape…) never belong in names or notes; newlines and tabs may in notes. */
export function hasControlCharacters(text: string, options: { allowNewlines?: boolean } = {}): boolean {
  return options.allowNewlines ? /(?![\n\t])\p{Cc}/u.test(text) : /\p{Cc}/u.test(text);
}
