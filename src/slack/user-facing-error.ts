/**
 * Makes text that quotes what someone typed safe to show: a typed <!channel>, <!here> or disguised
 * link <https://…|click> stays text. Only the user and channel mentions Pacer writes itself
 * (<@U…>, <#C…>) stay real.
 */
export function neutralise(text: string): string {
  return text.replace(/<(?!(?:@[UW][A-Z0-9]+|#[CGD][A-Z0-9]+)(?:\|[^<>]*)?>)/g, '&lt;');
}

/**
 * A problem the user can fix: its message is shown to them as is, ephemerally, and nothing is stored.
 * Being replaced by coded refusals (domain/problem.ts ProblemError, put in words by problem-text.ts);
 * listeners not yet converted still throw it.
 */
export class UserFacingError extends Error {
  constructor(
    message: string,
    readonly code = 'bad_input',
  ) {
    // Messages quote what the user typed, some from layers that do not know mrkdwn.
    super(neutralise(message));
    this.name = 'UserFacingError';
  }
}
