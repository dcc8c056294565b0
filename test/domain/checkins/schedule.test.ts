import { describe, expect, it } from 'vitest';
import {
  checkinSchedule,
  checkinScheduleErrors,
  DEFAULT_CHECKIN_SCHEDULE,
  isWorkingDay,
  workingDayOnOrAfter,
} from '../../../src/domain/checkins/schedule.js';

describe('checkinSchedule', () => {
  it('defaults to weekly on Thursday at 15:00, closing after 48 hours with a reminder after 4', () => {
    expect(checkinSchedule()).toEqual({
      cadence: 'weekly',
      weekday: 4,
      time: '15:00',
      closeAfterHours: 48,
      reminderAfterHours: 4,
      workingHours: { start: '09:00', end: '18:00' },
      workingWeekdays: [1, 2, 3, 4, 5],
    });
  });

  it('keeps the defaults a team did not change', () => {
    const s = checkinSchedule({ cadence: 'monthly', weekday: 1 });
    expect(s).toMatchObject({ cadence: 'monthly', weekday: 1, time: '15:00', closeAfterHours: 48 });
  });
});

describe('checkinScheduleErrors', () => {
  it('accepts the default schedule', () => {
    expect(checkinScheduleErrors(DEFAULT_CHECKIN_SCHEDULE)).toEqual([]);
  });

  it('names each problem', () => {
    const errors = checkinScheduleErrors(
      checkinSchedule({
        weekday: 8,
        time: '25:00',
        anchorWeek: '2026-11',
        reminderAfterHours: 60,
        workingHours: { start: '18:00', end: '09:00' },
        workingWeekdays: [],
      }),
    );
    expect(errors).toEqual([
      'weekday',
      'time',
      'anchorWeek',
      'reminderAfterClose',
      'workingHours',
      'workingWeekdays',
    ]);
  });

  it('rejects fractional hours', () => {
    expect(checkinScheduleErrors(checkinSchedule({ closeAfterHours: 1.5 }))).toEqual([
      'closeAfterHours',
      'reminderAfterClose',
    ]);
  });
});

describe('working days', () => {
  const s = DEFAULT_CHECKIN_SCHEDULE;

  it('treats weekends and team holidays as days off', () => {
    expect(isWorkingDay('2026-11-26', s)).toBe(true); // Thursday
    expect(isWorkingDay('2026-11-28', s)).toBe(false); // Saturday
    expect(isWorkingDay('2026-11-26', s, ['2026-11-26'])).toBe(false);
  });

  it('moves a day off forward to the next working day', () => {
    expect(workingDayOnOrAfter('2026-11-26', s)).toBe('2026-11-26');
    expect(workingDayOnOrAfter('2026-11-28', s)).toBe('2026-11-30');
    expect(workingDayOnOrAfter('2026-12-24', s, ['2026-12-24', '2026-12-25'])).toBe('2026-12-28');
  });

  it('fails loudly instead of looping when no weekday is a working day', () => {
    expect(() => workingDayOnOrAfter('2026-11-26', checkinSchedule({ workingWeekdays: [] }))).toThrow(
      RangeError,
    );
  });
});
