import { describe, expect, it } from 'vitest';
import { ReplayCache } from '../../../src/slack/receiver/replay-cache.js';

describe('ReplayCache', () => {
  it('says a key is new once, until it expires', () => {
    const cache = new ReplayCache(10);
    expect(cache.firstSeen('a', 1_000, 2_000)).toBe(true);
    expect(cache.firstSeen('a', 1_500, 2_000)).toBe(false);
    expect(cache.firstSeen('a', 1_999, 2_000)).toBe(false);
    expect(cache.firstSeen('a', 2_000, 3_000)).toBe(true);
  });

  it('drops expired keys as new ones arrive, so it does not grow with traffic', () => {
    const cache = new ReplayCache(1_000_000);
    for (let i = 0; i < 10_000; i++) cache.firstSeen(`k${i}`, i, i + 100);
    expect(cache.size).toBeLessThanOrEqual(101);
  });

  it('never holds more than its capacity, dropping the oldest first', () => {
    const cache = new ReplayCache(3);
    for (const k of ['a', 'b', 'c', 'd']) expect(cache.firstSeen(k, 0, 10_000)).toBe(true);
    expect(cache.size).toBe(3);
    expect(cache.firstSeen('d', 1, 10_000)).toBe(false);
    expect(cache.firstSeen('a', 1, 10_000)).toBe(true);
  });
});
