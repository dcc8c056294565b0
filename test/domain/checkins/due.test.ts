import { describe, expect, it } from 'vitest';
import {
  type CheckinMember,
  closesAt,
  dueAt,
  isOpenFor,
  membersDue,
  roundClosesAt,
} from '../../../src/domain/checkins/due.js';
import { type CheckinRound, parseRoundKey } from '../../../src/domain/checkins/rounds.js';
import { checkinSchedule } from '../../../src/domain/checkins/schedule.js';
import { localDateAt, localTimeAt } from '../../../src/domain/time.js';

const weekly = checkinSchedule();

function week(key: string, schedule = weekly): CheckinRound {
  const round = parseRoundKey(key, schedule);
  if (!round) throw new Error(`bad round ${key}`);
  return round;
}

function dueIso(key: string, tz: string, schedule = weekly): string {
  return dueAt(week(key, schedule), tz, schedule).toISOString();
}

describe('dueAt across DST changes', () => {
  it('US spring forward (2026-03-08): 15:00 in New York before and after', () => {
    expect(dueIso('2026-W10', 'America/New_York')).toBe('2026-03-05T20:00:00.000Z');
    expect(dueIso('2026-W11', 'America/New_York')).toBe('2026-03-12T19:00:00.000Z');
  });

  it('US fall back (2026-11-01): 15:00 in Los Angeles before and after', () => {
    expect(dueIso('2026-W44', 'America/Los_Angeles')).toBe('2026-10-29T22:00:00.000Z');
    expect(dueIso('2026-W45', 'America/Los_Angeles')).toBe('2026-11-05T23:00:00.000Z');
  });

  it('EU spring forward (2026-03-29): 15:00 in Berlin before and after', () => {
    expect(dueIso('2026-W13', 'Europe/Berlin')).toBe('2026-03-26T14:00:00.000Z');
    expect(dueIso('2026-W14', 'Europe/Berlin')).toBe('2026-04-02T13:00:00.000Z');
  });

  it('EU fall back (2026-10-25): 15:00 in London before and after', () => {
    expect(dueIso('2026-W43', 'Europe/London')).toBe('2026-10-22T14:00:00.000Z');
    expect(dueIso('2026-W44', 'Europe/London')).toBe('2026-10-29T15:00:00.000Z');
  });

  it('keeps 15:00 local for everyone in the weeks the US and EU clocks disagree', () => {
    // 2026-03-12: New York is already on summer time, London is not yet.
    const round = week('2026-W11');
    for (const tz of ['America/New_York', 'Europe/London']) {
      const at = dueAt(round, tz, weekly);
      expect([localDateAt(at, tz), localTimeAt(at, tz)]).toEqual(['2026-03-12', '15:00']);
    }
    expect(dueIso('2026-W11', 'Europe/London')).toBe('2026-03-12T15:00:00.000Z');
  });

  it('is 15:00 local on the day of the change itself', () => {
    const sundays = checkinSchedule({ weekday: 7, workingWeekdays: [1, 2, 3, 4, 5, 6, 7] });
    expect(dueIso('2026-W10', 'America/New_York', sundays)).toBe('2026-03-08T19:00:00.000Z');
    expect(dueIso('2026-W43', 'Europe/Berlin', sundays)).toBe('2026-10-25T14:00:00.000Z');
  });
});

describe('dueAt far east of the team', () => {
  it('reaches Auckland and Tokyo on the previous UTC day when the team is in London', () => {
    const morning = checkinSchedule({ time: '09:00' });
    expect(dueIso('2026-W48', 'Europe/London', morning)).toBe('2026-11-26T09:00:00.000Z');
    expect(dueIso('2026-W48', 'Pacific/Auckland', morning)).toBe('2026-11-25T20:00:00.000Z');
    const eight = checkinSchedule({ time: '08:00' });
    expect(dueIso('2026-W48', 'Asia/Tokyo', eight)).toBe('2026-11-25T23:00:00.000Z');
  });

  it('reaches Auckland 13 hours before London at the default 15:00', () => {
    expect(dueIso('2026-W48', 'Pacific/Auckland')).toBe('2026-11-26T02:00:00.000Z');
    expect(dueIso('2026-W48', 'Europe/London')).toBe('2026-11-26T15:00:00.000Z');
  });
});

describe('membersDue', () => {
  const round = week('2026-W48'); // Thursday 2026-11-26
  const tokyo: CheckinMember = { id: 'U_TOKYO', tz: 'Asia/Tokyo', active: true }; // due 06:00Z
  const london: CheckinMember = { id: 'U_LONDON', tz: 'Europe/London', active: true }; // due 15:00Z
  const auckland: CheckinMember = { id: 'U_AKL', tz: 'Pacific/Auckland', active: true }; // due 02:00Z

  function due(now: string, members: CheckinMember[], alreadySent: string[] = []): string[] {
    return membersDue({
      now: new Date(now),
      round,
      members,
      alreadySent: new Set(alreadySent),
      schedule: weekly,
    }).map((d) => d.member.id);
  }

  it('sends to each member once their own 15:00 has come', () => {
    expect(due('2026-11-26T06:30:00Z', [tokyo, london, auckland])).toEqual(['U_TOKYO', 'U_AKL']);
    expect(due('2026-11-26T15:00:00Z', [tokyo, london, auckland])).toEqual(['U_TOKYO', 'U_LONDON', 'U_AKL']);
  });

  it('reports when each was due', () => {
    const [first] = membersDue({
      now: new Date('2026-11-26T06:30:00Z'),
      round,
      members: [tokyo],
      alreadySent: new Set(),
      schedule: weekly,
    });
    expect(first?.dueAt.toISOString()).toBe('2026-11-26T06:00:00.000Z');
  });

  it('skips those already sent to and inactive members', () => {
    const gone = { ...london, id: 'U_GONE', active: false };
    expect(due('2026-11-26T16:00:00Z', [tokyo, london, gone], ['U_TOKYO'])).toEqual(['U_LONDON']);
  });

  it('skips a member paused until the round date, but not one paused until the day before', () => {
    const pausedThrough = { ...london, id: 'U_PAUSED', pausedUntil: '2026-11-26' };
    const pausedBefore = { ...london, id: 'U_BACK', pausedUntil: '2026-11-25' };
    const unpaused = { ...london, id: 'U_NULL', pausedUntil: null };
    expect(due('2026-11-26T16:00:00Z', [pausedThrough, pausedBefore, unpaused])).toEqual([
      'U_BACK',
      'U_NULL',
    ]);
  });

  it('does not send a check-in whose window has already closed', () => {
    expect(due('2026-11-28T05:59:00Z', [tokyo])).toEqual(['U_TOKYO']);
    expect(due('2026-11-28T06:00:00Z', [tokyo])).toEqual([]);
  });
});

describe('closing', () => {
  const round = week('2026-W48');

  it('closes each member 48 hours after their own due time', () => {
    const due = new Date('2026-11-26T06:00:00Z');
    expect(closesAt(due, weekly).toISOString()).toBe('2026-11-28T06:00:00.000Z');
    expect(isOpenFor(due, new Date('2026-11-26T05:59:00Z'), weekly)).toBe(false);
    expect(isOpenFor(due, due, weekly)).toBe(true);
    expect(isOpenFor(due, new Date('2026-11-28T05:59:00Z'), weekly)).toBe(true);
    expect(isOpenFor(due, new Date('2026-11-28T06:00:00Z'), weekly)).toBe(false);
  });

  it('closes the round when the westernmost member closes', () => {
    const tzs = ['Pacific/Auckland', 'Europe/London', 'America/Los_Angeles'];
    expect(roundClosesAt(round, weekly, tzs)?.toISOString()).toBe('2026-11-28T23:00:00.000Z');
    expect(roundClosesAt(round, checkinSchedule({ closeAfterHours: 24 }), tzs)?.toISOString()).toBe(
      '2026-11-27T23:00:00.000Z',
    );
  });

  it('has no closing time for a round with nobody in it', () => {
    expect(roundClosesAt(round, weekly, [])).toBeNull();
  });
});
