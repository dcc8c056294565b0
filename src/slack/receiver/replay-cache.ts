/**
 * Keys seen recently, each until its own expiry, in a Map bounded to `capacity` entries (the oldest
 * go first when it is full). A Map keeps insertion order and Slack's timestamps arrive in roughly
 * that order, so expired entries are dropped from the front as new ones come: O(1) per request.
 */
export class ReplayCache {
  readonly #seen = new Map<string, number>();

  constructor(readonly capacity: number) {}

  /** True the first time `key` is offered before its expiry; false for every repeat until then. */
  firstSeen(key: string, nowMs: number, expiresAtMs: number): boolean {
    this.#dropExpired(nowMs);
    const until = this.#seen.get(key);
    if (until !== undefined && until > nowMs) return false;
    this.#seen.delete(key);
    this.#seen.set(key, expiresAtMs);
    if (this.#seen.size > this.capacity) this.#seen.delete(this.#seen.keys().next().value!);
    return true;
  }

  get size(): number {
    return this.#seen.size;
  }

  #dropExpired(nowMs: number): void {
    for (const [key, until] of this.#seen) {
      if (until > nowMs) return;
      this.#seen.delete(key);
    }
  }
}
