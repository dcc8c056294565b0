/** A problem the user can fix: its message is shown to them as is, ephemerally, and nothing is stored. */
export class UserFacingError extends Error {
  constructor(
    message: string,
    readonly code = 'bad_input',
  ) {
    // Messages quote what the user typed; a typed <!channel> or <!here> must stay text.
    super(message.replace(/<!/g, '&lt;!'));
    this.name = 'UserFacingError';
  }
}
