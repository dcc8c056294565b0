/**
 * Tells whoever listens whose deals just changed (logged, edited, moved, deleted, undone), once the
 * change is committed. App Home uses it to refresh the owner's own tab, and only theirs (ADR 21).
 * A listener that throws is logged by the caller's logger and never undoes the deal.
 */
export class DealChanges {
  readonly #listeners: Array<(memberIds: readonly string[]) => void> = [];

  constructor(private readonly onError: (error: unknown) => void = () => {}) {}

  listen(listener: (memberIds: readonly string[]) => void): void {
    this.#listeners.push(listener);
  }

  changed(memberIds: readonly string[]): void {
    const unique = [...new Set(memberIds)];
    for (const listener of this.#listeners) {
      try {
        listener(unique);
      } catch (error) {
        this.onError(error);
      }
    }
  }
}
