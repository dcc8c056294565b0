import { describe, expect, it } from 'vitest';
import {
  type ContestTimes,
  contestPostKey,
  contestPostsDue,
  parseContestPostKey,
  standingsDates,
} from '../../../src/domain/contests/schedule.js';

const c: ContestTimes = { id: 3, startsOn: '2026-12-01', endsOn: '2026-12-31', standings: 'weekly' };
const keys = (today: string, time: string, contest = c) =>
  contestPostsDue(contest, today, time).map(contestPostKey);

describe('contest posts', () => {
  it('weekly standings every seventh day, daily every day, never on the first or last day', () => {
    expect(standingsDates(c)).toEqual(['2026-12-08', '2026-12-15', '2026-12-22', '2026-12-29']);
    expect(standingsDates({ ...c, endsOn: '2026-12-04', standings: 'daily' })).toEqual([
      '2026-12-02',
      '2026-12-03',
    ]);
  });

  it('start at 09:00 on the first day, the latest standings slot, the final at 09:00 the day after', () => {
    expect(keys('2026-11-30', '23:00')).toEqual([]);
    expect(keys('2026-12-01', '08:59')).toEqual([]);
    expect(keys('2026-12-01', '09:00')).toEqual(['contest-3:start']);
    expect(keys('2026-12-08', '16:00')).toEqual(['contest-3:start', 'contest-3:standings:2026-12-08']);
    // A missed slot is not posted late: only the latest one, and only until the next day.
    expect(keys('2026-12-11', '10:00')).toEqual(['contest-3:start']);
    expect(keys('2026-12-31', '23:59')).toEqual(['contest-3:start']);
    expect(keys('2027-01-01', '09:00')).toEqual(['contest-3:final']);
    expect(keys('2027-01-08', '09:00')).toEqual(['contest-3:final']);
    expect(keys('2027-01-09', '09:00')).toEqual([]);
  });

  it('keys read back', () => {
    for (const key of ['contest-3:start', 'contest-3:final', 'contest-3:standings:2026-12-08'])
      expect(contestPostKey(parseContestPostKey(key)!)).toBe(key);
    expect(parseContestPostKey('2026-W48')).toBeNull();
  });
});
