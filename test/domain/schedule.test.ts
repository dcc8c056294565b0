import { describe, expect, it } from 'vitest';
import {
  describeSchedule,
  lastOccurrence,
  parseWeekday,
  parseWorkingWeekdays,
  toCron,
} from '../../src/domain/schedule.js';

describe('schedules', () => {
  it('turns schedules into node-cron expressions', () => {
    expect(toCron({ kind: 'weekly', weekday: 1, time: '09:00' })).toBe('0 9 * * 1');
    expect(toCron({ kind: 'weekly', weekday: 7, time: '18:30' })).toBe('30 18 * * 0');
    expect(toCron({ kind: 'monthly', day: 1, time: '09:30' })).toBe('30 9 1 * *');
    expect(toCron({ kind: 'every', minutes: 15 })).toBe('*/15 * * * *');
  });

  it('reads weekday names', () => {
    expect(parseWeekday('Mon')).toBe(1);
    expect(parseWeekday('thursday')).toBe(4);
    expect(parseWeekday('su')).toBeNull();
    expect(parseWeekday('funday')).toBeNull();
    expect(describeSchedule({ kind: 'weekly', weekday: 5, time: '16:00' })).toBe('every Friday at 16:00');
  });

  it('finds the last Monday 09:00 in the team timezone, across a DST change', () => {
    const weekly = { kind: 'weekly', weekday: 1, time: '09:00' } as const;
    // New York: Monday 9 March 2026 is after the 8 March spring-forward, so 09:00 is 13:00 UTC.
    expect(lastOccurrence(weekly, new Date('2026-03-10T12:00:00Z'), 'America/New_York')?.toISOString()).toBe(
      '2026-03-09T13:00:00.000Z',
    );
    // The Monday before it was still on standard time: 14:00 UTC.
    expect(lastOccurrence(weekly, new Date('2026-03-09T12:59:00Z'), 'America/New_York')?.toISOString()).toBe(
      '2026-03-02T14:00:00.000Z',
    );
  });

  it('finds the last monthly run', () => {
    const monthly = { kind: 'monthly', day: 1, time: '09:30' } as const;
    expect(lastOccurrence(monthly, new Date('2026-11-28T12:00:00Z'), 'Europe/Berlin')?.toISOString()).toBe(
      '2026-11-01T08:30:00.000Z',
    );
  });
});

describe('parseWorkingWeekdays', () => {
  it('reads ranges (wrapping past Sunday), lists and full names', () => {
    expect(parseWorkingWeekdays('mon-fri')).toEqual({ ok: true, days: [1, 2, 3, 4, 5] });
    expect(parseWorkingWeekdays('sun-thu')).toEqual({ ok: true, days: [1, 2, 3, 4, 7] });
    expect(parseWorkingWeekdays('Monday, tue thu,sat')).toEqual({ ok: true, days: [1, 2, 4, 6] });
    expect(parseWorkingWeekdays('fri-fri')).toEqual({ ok: true, days: [5] });
  });

  it('refuses what is not a day, naming the part it could not read', () => {
    expect(parseWorkingWeekdays(' , ')).toEqual({ ok: false, error: 'empty' });
    for (const [text, typed] of [
      ['mo', 'mo'],
      ['mon-', 'mon-'],
      ['mon-fri-sat', 'mon-fri-sat'],
      ['mon weekdays', 'weekdays'],
    ]) {
      expect(parseWorkingWeekdays(text!)).toEqual({ ok: false, error: 'badDay', typed });
    }
  });
});
