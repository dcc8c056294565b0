import { describe, expect, it } from 'vitest';
import { apiKeyFromBytes, isApiKeyShaped, keyNameProblem } from '../../src/domain/api-keys.js';

describe('API keys', () => {
  it('are pacer_ and 43 base64url characters for 32 random bytes', () => {
    const key = apiKeyFromBytes(new Uint8Array(32).fill(255));
    expect(key).toBe(`pacer_${'_'.repeat(42)}8`);
    expect(isApiKeyShaped(key)).toBe(true);
    expect(() => apiKeyFromBytes(new Uint8Array(16))).toThrow();
  });

  it('tells a key from anything else', () => {
    expect(isApiKeyShaped(`pacer_${'a'.repeat(42)}`)).toBe(false);
    expect(isApiKeyShaped(`xoxb_${'a'.repeat(43)}`)).toBe(false);
    expect(isApiKeyShaped(`pacer_${'a'.repeat(42)}!`)).toBe(false);
  });

  it('names are short words', () => {
    expect(keyNameProblem('zapier-prod')).toBeNull();
    expect(keyNameProblem('hubspot.v2_x')).toBeNull();
    expect(keyNameProblem('')).toBe('empty');
    expect(keyNameProblem('a'.repeat(41))).toBe('tooLong');
    expect(keyNameProblem('-x')).toBe('characters');
    expect(keyNameProblem('my key')).toBe('characters');
    expect(keyNameProblem('销售')).toBe('characters');
  });
});
