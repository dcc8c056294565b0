import { describe, expect, it } from 'vitest';
import { progressBar } from '../../../src/domain/targets/progress-bar.js';

describe('progressBar', () => {
  it('draws ten cells by default and shows over-achievement with a full bar', () => {
    expect(progressBar(6_200)).toBe('▓▓▓▓▓▓░░░░ 62%');
    expect(progressBar(11_200)).toBe('▓▓▓▓▓▓▓▓▓▓ 112%');
    expect(progressBar(0)).toBe('░░░░░░░░░░ 0%');
  });

  it('never shows a full bar or 100% before the target is reached', () => {
    expect(progressBar(9_999)).toBe('▓▓▓▓▓▓▓▓▓░ 99%');
    expect(progressBar(10_000)).toBe('▓▓▓▓▓▓▓▓▓▓ 100%');
  });

  it('clamps below zero and takes other widths', () => {
    expect(progressBar(-500)).toBe('░░░░░░░░░░ 0%');
    expect(progressBar(6_200, 20)).toBe('▓▓▓▓▓▓▓▓▓▓▓▓░░░░░░░░ 62%');
  });
});
