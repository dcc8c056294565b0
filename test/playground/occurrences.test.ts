import { describe, expect, it } from 'vitest';
import { occurrencesBetween } from '../../src/playground/occurrences.js';
import { firstOfNextMonthAt, nextWeekdayAt } from '../../src/playground/time-travel.js';

const iso = (dates: Date[]) => dates.map((d) => d.toISOString());

describe('what a time jump ticks', () => {
  it('a weekly schedule fires once per week in the jump, at its local time across a DST change', () => {
    const monday = { kind: 'weekly', weekday: 1, time: '09:00' } as const;
    // New York leaves daylight saving on 1 Nov 2026: 09:00 is 13:00Z before and 14:00Z after.
    const at = occurrencesBetween(
      monday,
      new Date('2026-10-21T12:00:00Z'),
      new Date('2026-11-09T14:00:00Z'),
      'America/New_York',
    );
    expect(iso(at)).toEqual([
      '2026-10-26T13:00:00.000Z',
      '2026-11-02T14:00:00.000Z',
      '2026-11-09T14:00:00.000Z',
    ]);
  });

  it('excludes the start and includes the end, so back-to-back jumps never tick a moment twice', () => {
    const daily = { kind: 'daily', time: '10:00' } as const;
    const tenAm = new Date('2026-12-01T15:00:00Z');
    expect(
      occurrencesBetween(daily, tenAm, new Date('2026-12-02T15:00:00Z'), 'America/New_York'),
    ).toHaveLength(1);
    expect(
      occurrencesBetween(daily, new Date('2026-12-01T14:59:00Z'), tenAm, 'America/New_York'),
    ).toHaveLength(1);
    expect(occurrencesBetween(daily, tenAm, tenAm, 'America/New_York')).toHaveLength(0);
  });

  it('every-15-minute jobs tick on the quarter hours; monthly ones on their day', () => {
    const every = occurrencesBetween(
      { kind: 'every', minutes: 15 },
      new Date('2026-12-01T10:07:00Z'),
      new Date('2026-12-01T11:00:00Z'),
      'UTC',
    );
    expect(iso(every)).toEqual([
      '2026-12-01T10:15:00.000Z',
      '2026-12-01T10:30:00.000Z',
      '2026-12-01T10:45:00.000Z',
      '2026-12-01T11:00:00.000Z',
    ]);
    const monthly = occurrencesBetween(
      { kind: 'monthly', day: 1, time: '09:30' },
      new Date('2026-11-15T00:00:00Z'),
      new Date('2027-01-02T00:00:00Z'),
      'America/New_York',
    );
    expect(iso(monthly)).toEqual(['2026-12-01T14:30:00.000Z', '2027-01-01T14:30:00.000Z']);
  });

  it("the buttons name the next such moment: Thursday 15:00 in the person's own timezone", () => {
    const wednesday = new Date('2026-12-02T15:00:00Z');
    expect(nextWeekdayAt(wednesday, 4, '15:00', 'America/Los_Angeles').toISOString()).toBe(
      '2026-12-03T23:00:00.000Z',
    );
    expect(nextWeekdayAt(wednesday, 4, '15:00', 'Europe/Berlin').toISOString()).toBe(
      '2026-12-03T14:00:00.000Z',
    );
    // On Monday 09:00 itself, "next Monday 09:00" is a week on.
    expect(
      nextWeekdayAt(new Date('2026-12-07T14:00:00Z'), 1, '09:00', 'America/New_York').toISOString(),
    ).toBe('2026-12-14T14:00:00.000Z');
    expect(
      firstOfNextMonthAt(new Date('2026-12-31T23:00:00Z'), '09:30', 'America/New_York').toISOString(),
    ).toBe('2027-01-01T14:30:00.000Z');
  });
});
