import { describe, expect, it } from 'vitest';
import { parseCheckinScheduleCommand, parsePauseUntil } from '../../../src/domain/checkins/commands.js';

describe('parseCheckinScheduleCommand', () => {
  it.each([
    ['weekly thursday 15:00', { cadence: 'weekly', weekday: 4, time: '15:00' }],
    ['Biweekly Mon 9:30', { cadence: 'biweekly', weekday: 1, time: '09:30' }],
    ['fortnightly TUES 08:00', { cadence: 'biweekly', weekday: 2, time: '08:00' }],
    ['  monthly   fri   17:45 ', { cadence: 'monthly', weekday: 5, time: '17:45' }],
    ['schedule weekly sun 00:00', { cadence: 'weekly', weekday: 7, time: '00:00' }],
    ['weekly Wed. 23:59', { cadence: 'weekly', weekday: 3, time: '23:59' }],
  ])('reads %s', (text, value) => {
    expect(parseCheckinScheduleCommand(text)).toEqual({ ok: true, value });
  });

  it('shows the usage with an example when arguments are missing or extra', () => {
    for (const text of ['', 'weekly', 'weekly thursday', 'weekly thursday 15:00 please']) {
      const result = parseCheckinScheduleCommand(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toEqual({ code: 'usage' });
    }
  });

  it('names the word it could not read', () => {
    const error = (text: string) => {
      const r = parseCheckinScheduleCommand(text);
      return r.ok ? null : r.error;
    };
    expect(error('daily thursday 15:00')).toEqual({ code: 'cadence', typed: 'daily' });
    expect(error('weekly thurzday 15:00')).toEqual({ code: 'day', typed: 'thurzday' });
    expect(error('weekly thursday 25:00')).toEqual({ code: 'time', typed: '25:00' });
    expect(error('weekly thursday 3pm')).toEqual({ code: 'time', typed: '3pm' });
    expect(error('weekly thursday 15:7')).toEqual({ code: 'time', typed: '15:7' });
  });
});

describe('parsePauseUntil', () => {
  const today = '2026-11-26';

  it('reads a date today or later, with or without "until"', () => {
    expect(parsePauseUntil('until 2026-12-24', today)).toEqual({ ok: true, value: '2026-12-24' });
    expect(parsePauseUntil('UNTIL 2026-11-26', today)).toEqual({ ok: true, value: '2026-11-26' });
    expect(parsePauseUntil('2027-11-26', today)).toEqual({ ok: true, value: '2027-11-26' });
  });

  it('rejects a date in the past', () => {
    expect(parsePauseUntil('until 2026-11-25', today)).toEqual({
      ok: false,
      error: { code: 'past', date: '2026-11-25', today, example: '2026-12-10' },
    });
  });

  it('rejects a pause longer than a year', () => {
    expect(parsePauseUntil('until 2027-11-27', today)).toEqual({
      ok: false,
      error: { code: 'tooLong', latest: '2027-11-26', example: '2026-12-10' },
    });
  });

  it('shows an example for anything that is not a date', () => {
    for (const text of ['', 'until', 'until christmas', 'until 2026-02-30', 'until 24/12/2026']) {
      expect(parsePauseUntil(text, today)).toEqual({
        ok: false,
        error: { code: 'usage', example: '2026-12-10' },
      });
    }
  });
});
