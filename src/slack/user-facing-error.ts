/** A problem the user can fix: its message is shown to them as is, ephemerally, and nothing is stored. */
export class UserFacingError extends Error {
  constructor(
    message: string,
    readonly code = 'bad_input',
  ) {
    // Messages quote what the user typed, some from layers that do not know mrkdwn: a typed
    // <!channel>, <!here> or disguised link <https://…|click> must stay text. Only the user and
    // channel mentions Pacer writes itself (<@U…>, <#C…>) stay real.
    super(message.replace(/<(?!(?:@[UW][A-Z0-9]+|#[CGD][A-Z0-9]+)(?:\|[^<>]*)?>)/g, '&lt;'));
    this.name = 'UserFacingError';
  }
}
