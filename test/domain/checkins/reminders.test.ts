import { describe, expect, it } from 'vitest';
import { nextWorkingInstant, reminderDueAt } from '../../../src/domain/checkins/reminders.js';
import { checkinSchedule } from '../../../src/domain/checkins/schedule.js';

const s = checkinSchedule();

function reminder(sentAt: string, tz: string, schedule = s, options = {}): string | null {
  return reminderDueAt(new Date(sentAt), tz, schedule, options)?.toISOString() ?? null;
}

describe('reminderDueAt', () => {
  it('comes 4 hours after sending when that is within working hours', () => {
    // Sent Thursday 10:00 in London.
    expect(reminder('2026-11-26T10:00:00Z', 'Europe/London')).toBe('2026-11-26T14:00:00.000Z');
  });

  it('moves an evening reminder (19:00 local) to 09:00 the next working day', () => {
    // Sent Thursday 15:00 in London; 19:00 is after hours.
    expect(reminder('2026-11-26T15:00:00Z', 'Europe/London')).toBe('2026-11-27T09:00:00.000Z');
    // Sent Thursday 15:00 in New York (20:00Z); Friday 09:00 New York is 14:00Z.
    expect(reminder('2026-11-26T20:00:00Z', 'America/New_York')).toBe('2026-11-27T14:00:00.000Z');
  });

  it('treats the end of working hours as already outside them', () => {
    // Sent 14:00 in Berlin: 18:00 exactly goes to the next morning.
    expect(reminder('2026-11-26T13:00:00Z', 'Europe/Berlin')).toBe('2026-11-27T08:00:00.000Z');
  });

  it('waits for the start of the day when the reminder falls before 09:00', () => {
    // Sent 03:00 Tokyo time: 07:00 becomes 09:00 the same day (00:00Z).
    expect(reminder('2026-11-25T18:00:00Z', 'Asia/Tokyo')).toBe('2026-11-26T00:00:00.000Z');
  });

  it('skips the weekend, or gives up when the check-in closes first', () => {
    // Sent Friday 15:00 in Tokyo; Monday 09:00 is past the 48-hour close.
    expect(reminder('2026-11-27T06:00:00Z', 'Asia/Tokyo')).toBeNull();
    const longer = checkinSchedule({ closeAfterHours: 96 });
    expect(reminder('2026-11-27T06:00:00Z', 'Asia/Tokyo', longer)).toBe('2026-11-30T00:00:00.000Z');
  });

  it('skips team holidays', () => {
    const longer = checkinSchedule({ closeAfterHours: 96 });
    const holidays = ['2026-11-27'];
    expect(reminder('2026-11-26T15:00:00Z', 'Europe/London', longer, { holidays })).toBe(
      '2026-11-30T09:00:00.000Z',
    );
  });

  it('keeps 09:00 local across a DST change over the weekend', () => {
    // Sent Friday 2026-10-30 15:00 New York (summer time); Monday 09:00 is on winter time.
    const longer = checkinSchedule({ closeAfterHours: 96 });
    expect(reminder('2026-10-30T19:00:00Z', 'America/New_York', longer)).toBe('2026-11-02T14:00:00.000Z');
  });

  it('measures against the real close time when one is given', () => {
    // Sent late on Thursday 10:00 London, but the check-in closes at 13:00.
    const closesAt = new Date('2026-11-26T13:00:00Z');
    expect(reminder('2026-11-26T10:00:00Z', 'Europe/London', s, { closesAt })).toBeNull();
  });

  it('does not remind at the very moment the check-in closes', () => {
    const closesAt = new Date('2026-11-26T14:00:00Z');
    expect(reminder('2026-11-26T10:00:00Z', 'Europe/London', s, { closesAt })).toBeNull();
  });
});

describe('nextWorkingInstant', () => {
  it('leaves an instant inside working hours alone', () => {
    const at = new Date('2026-11-26T12:34:00Z');
    expect(nextWorkingInstant(at, 'Europe/London', s)).toEqual(at);
  });

  it('moves Saturday to Monday 09:00 local', () => {
    expect(nextWorkingInstant(new Date('2026-11-28T12:00:00Z'), 'America/Los_Angeles', s).toISOString()).toBe(
      '2026-11-30T17:00:00.000Z',
    );
  });
});
