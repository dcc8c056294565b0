import { describe, expect, it } from 'vitest';
import { TokenBuckets } from '../../src/domain/rate-limit.js';

describe('TokenBuckets', () => {
  it('lets a burst of perMinute through, then one request per 60/perMinute seconds', () => {
    const buckets = new TokenBuckets(60);
    for (let i = 0; i < 60; i++) expect(buckets.take('a', 0).ok).toBe(true);
    expect(buckets.take('a', 0)).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(buckets.take('a', 999).ok).toBe(false);
    expect(buckets.take('a', 1_000).ok).toBe(true);
    expect(buckets.take('b', 1_000).ok).toBe(true);
  });

  it('says how long to wait in whole seconds, at least 1', () => {
    const buckets = new TokenBuckets(2);
    buckets.take('k', 0);
    buckets.take('k', 0);
    expect(buckets.take('k', 0)).toEqual({ ok: false, retryAfterSeconds: 30 });
    expect(buckets.take('k', 29_500)).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(buckets.take('k', 30_000).ok).toBe(true);
  });

  it('never holds more than perMinute tokens after a long quiet spell', () => {
    const buckets = new TokenBuckets(3);
    buckets.take('k', 0);
    const later = 3_600_000;
    for (let i = 0; i < 3; i++) expect(buckets.take('k', later).ok).toBe(true);
    expect(buckets.take('k', later).ok).toBe(false);
  });
});
