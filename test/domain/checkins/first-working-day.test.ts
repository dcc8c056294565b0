import { describe, expect, it } from 'vitest';
import { firstWorkingDayOf } from '../../../src/domain/checkins/first-working-day.js';
import { checkinSchedule } from '../../../src/domain/checkins/schedule.js';

const s = checkinSchedule();

describe('firstWorkingDayOf', () => {
  it('is the first working day of the month', () => {
    expect(firstWorkingDayOf('2026-06', s)).toBe('2026-06-01'); // Monday
    expect(firstWorkingDayOf('2026-08', s)).toBe('2026-08-03'); // 1 August is a Saturday
    expect(firstWorkingDayOf('2026-08', s, ['2026-08-03'])).toBe('2026-08-04');
  });

  it('refuses a key that is not a month', () => {
    expect(() => firstWorkingDayOf('2026-W48', s)).toThrow(RangeError);
  });
});
