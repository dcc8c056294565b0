import { describe, expect, it } from 'vitest';
import { feedbackPromptDate } from '../../../src/domain/checkins/feedback-prompts.js';
import { checkinSchedule } from '../../../src/domain/checkins/schedule.js';

const s = checkinSchedule();

describe('feedbackPromptDate', () => {
  it('is the first working day of the month', () => {
    expect(feedbackPromptDate('2026-06', s)).toBe('2026-06-01'); // Monday
    expect(feedbackPromptDate('2026-08', s)).toBe('2026-08-03'); // 1 August is a Saturday
    expect(feedbackPromptDate('2026-08', s, ['2026-08-03'])).toBe('2026-08-04');
  });

  it('refuses a key that is not a month', () => {
    expect(() => feedbackPromptDate('2026-W48', s)).toThrow(RangeError);
  });
});
