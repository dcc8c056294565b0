import { describe, expect, it } from 'vitest';
import {
  nextRound,
  parseRoundKey,
  previousRound,
  roundFor,
  roundsAround,
} from '../../../src/domain/checkins/rounds.js';
import { checkinSchedule } from '../../../src/domain/checkins/schedule.js';
import { daysBetween } from '../../../src/domain/time.js';

const weekly = checkinSchedule();
const biweekly = checkinSchedule({ cadence: 'biweekly' });
const monthly = checkinSchedule({ cadence: 'monthly' });

describe('roundFor weekly', () => {
  it('is the ISO week in the team timezone, due on its Thursday', () => {
    const round = roundFor(weekly, new Date('2026-11-24T12:00:00Z'), 'Europe/London');
    expect(round).toMatchObject({ key: '2026-W48', nominalDate: '2026-11-26', date: '2026-11-26' });
  });

  it('is still this week on the Sunday after the check-in went out', () => {
    expect(roundFor(weekly, new Date('2026-11-29T20:00:00Z'), 'Europe/London').key).toBe('2026-W48');
  });

  it("uses the team's calendar, not UTC's", () => {
    // Sunday 23:30 in London is already Monday morning in Tokyo.
    const instant = new Date('2026-11-29T23:30:00Z');
    expect(roundFor(weekly, instant, 'Europe/London').key).toBe('2026-W48');
    expect(roundFor(weekly, instant, 'Asia/Tokyo').key).toBe('2026-W49');
  });
});

describe('holidays and non-working days', () => {
  const at = new Date('2026-11-24T12:00:00Z');

  it('moves a Thursday holiday to Friday', () => {
    const round = roundFor(weekly, at, 'America/New_York', ['2026-11-26']);
    expect(round).toMatchObject({ key: '2026-W48', nominalDate: '2026-11-26', date: '2026-11-27' });
  });

  it('moves past a Friday holiday too, into Monday of next week, keeping the round', () => {
    const round = roundFor(weekly, at, 'America/New_York', ['2026-11-26', '2026-11-27']);
    expect(round).toMatchObject({ key: '2026-W48', nominalDate: '2026-11-26', date: '2026-11-30' });
  });

  it('moves a round scheduled on a weekend to Monday', () => {
    const saturday = checkinSchedule({ weekday: 6 });
    expect(roundFor(saturday, at, 'Europe/London')).toMatchObject({
      nominalDate: '2026-11-28',
      date: '2026-11-30',
    });
  });

  it('keeps a weekend round when the team works weekends', () => {
    const saturday = checkinSchedule({ weekday: 6, workingWeekdays: [1, 2, 3, 4, 5, 6] });
    expect(roundFor(saturday, at, 'Europe/London').date).toBe('2026-11-28');
  });
});

describe('roundFor biweekly', () => {
  it('runs in even ISO weeks by default; an odd week belongs to the round before', () => {
    expect(roundFor(biweekly, new Date('2026-11-18T12:00:00Z'), 'UTC')).toMatchObject({
      key: '2026-W46',
      date: '2026-11-12',
    });
    expect(roundFor(biweekly, new Date('2026-11-24T12:00:00Z'), 'UTC').key).toBe('2026-W48');
  });

  it('skips from W52 to W02 after a 53-week year without an anchor', () => {
    expect(roundFor(biweekly, new Date('2027-01-06T12:00:00Z'), 'UTC').key).toBe('2026-W52');
    const w52 = parseRoundKey('2026-W52', biweekly)!;
    expect(nextRound(w52, biweekly).key).toBe('2027-W02');
  });

  it('keeps a strict fortnight across the year end with an anchor week', () => {
    const anchored = checkinSchedule({ cadence: 'biweekly', anchorWeek: '2026-W47' });
    expect(roundFor(anchored, new Date('2026-11-24T12:00:00Z'), 'UTC').key).toBe('2026-W47');
    const lastOfYear = roundFor(anchored, new Date('2027-01-06T12:00:00Z'), 'UTC');
    expect(lastOfYear.key).toBe('2026-W53');
    const next = nextRound(lastOfYear, anchored);
    expect(next.key).toBe('2027-W02');
    expect(daysBetween(lastOfYear.nominalDate, next.nominalDate)).toBe(14);
  });

  it('accepts anchors before and after the round', () => {
    const anchored = checkinSchedule({ cadence: 'biweekly', anchorWeek: '2027-W11' });
    expect(roundFor(anchored, new Date('2026-11-24T12:00:00Z'), 'UTC').key).toBe('2026-W48');
  });
});

describe('roundFor monthly', () => {
  it('falls on the first scheduled weekday of the month', () => {
    expect(roundFor(monthly, new Date('2026-11-20T12:00:00Z'), 'UTC')).toMatchObject({
      key: '2026-11',
      nominalDate: '2026-11-05',
      date: '2026-11-05',
    });
    expect(roundFor(monthly, new Date('2026-10-20T12:00:00Z'), 'UTC').nominalDate).toBe('2026-10-01');
  });

  it('counts the month in the team timezone', () => {
    const instant = new Date('2026-11-30T23:30:00Z');
    expect(roundFor(monthly, instant, 'America/Los_Angeles').key).toBe('2026-11');
    expect(roundFor(monthly, instant, 'Europe/Berlin').key).toBe('2026-12');
  });

  it('moves off a holiday on the first Thursday', () => {
    const round = roundFor(monthly, new Date('2026-10-20T12:00:00Z'), 'UTC', ['2026-10-01']);
    expect(round.date).toBe('2026-10-02');
  });
});

describe('parseRoundKey', () => {
  it('reads keys that fit the cadence', () => {
    expect(parseRoundKey('2026-W48', weekly)?.nominalDate).toBe('2026-11-26');
    expect(parseRoundKey('2026-11', monthly)?.nominalDate).toBe('2026-11-05');
    expect(parseRoundKey('2026-W48', biweekly, ['2026-11-26'])?.date).toBe('2026-11-27');
  });

  it('rejects keys that do not', () => {
    expect(parseRoundKey('2026-11', weekly)).toBeNull();
    expect(parseRoundKey('2026-W48', monthly)).toBeNull();
    expect(parseRoundKey('2026-W47', biweekly)).toBeNull();
    expect(parseRoundKey('2026-W54', weekly)).toBeNull();
    expect(parseRoundKey('next week', weekly)).toBeNull();
  });
});

describe('neighbouring rounds', () => {
  it('steps by the cadence', () => {
    const w48 = parseRoundKey('2026-W48', weekly)!;
    expect(previousRound(w48, weekly).key).toBe('2026-W47');
    expect(nextRound(w48, weekly).key).toBe('2026-W49');
    const nov = parseRoundKey('2026-11', monthly)!;
    expect(nextRound(nov, monthly)).toMatchObject({ key: '2026-12', nominalDate: '2026-12-03' });
    expect(previousRound(parseRoundKey('2026-W02', biweekly)!, biweekly).key).toBe('2025-W52');
  });

  it('roundsAround gives previous, current and next', () => {
    const keys = roundsAround(weekly, new Date('2026-11-24T12:00:00Z'), 'UTC').map((r) => r.key);
    expect(keys).toEqual(['2026-W47', '2026-W48', '2026-W49']);
  });
});
