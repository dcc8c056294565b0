import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../src/domain/periods.js';
import { type CalendarRules, isWorkingDay } from '../../../src/domain/targets/calendar-rules.js';
import { pace } from '../../../src/domain/targets/pace.js';
import { dailyShares } from '../../../src/domain/targets/resolve.js';
import { datesInRange, isoWeekday } from '../../../src/domain/time.js';

describe('pace at the edges of the calendar', () => {
  // February 2026 with every weekday a holiday (a company shutdown): the target is spread over all
  // 28 days for want of a working one, but there is no working day to sell on.
  const february = parsePeriod('2026-02')!;
  const shutdown: CalendarRules = {
    workingWeekdays: [1, 2, 3, 4, 5],
    holidays: datesInRange(february.start, february.end).filter((d) => isoWeekday(d) <= 5),
  };
  const explicit = [{ periodKey: '2026-02', amount: 2_800_000, stretch: null }];
  const shares = dailyShares(explicit, february, shutdown);
  const input = {
    target: 2_800_000,
    stretch: null,
    actual: 0,
    shares,
    today: '2026-02-20',
    periodStart: february.start,
    periodEnd: february.end,
  };

  it('says a month of holidays has no working days instead of a pace over its calendar days and at risk', () => {
    // Without the calendar, the shares make every day look like a working day.
    expect(pace(input)).toMatchObject({ workingDaysLeft: 9, atRisk: true, noWorkingDays: false });
    const p = pace({ ...input, isWorkingDay: (d) => isWorkingDay(d, shutdown) });
    expect(p).toMatchObject({
      workingDaysLeft: 0,
      noWorkingDays: true,
      atRisk: false,
      remaining: 2_800_000,
      neededPerDay: 2_800_000,
    });
  });

  it('counts the working days left in a week 53 that runs into a year without a target', () => {
    // ISO week 53 of 2026: Mon 28 Dec 2026 – Sun 3 Jan 2027. Only 2026 has a target, so Friday
    // 1 Jan carries no share, yet it is a working day on which the rep can still sell.
    const week = parsePeriod('2026-W53')!;
    const year = [{ periodKey: '2026', amount: 26_100_000, stretch: null }];
    const weekShares = dailyShares(year, week);
    expect([...weekShares.keys()].sort()).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31']);
    const calendar: CalendarRules = { workingWeekdays: [1, 2, 3, 4, 5], holidays: [] };
    const target = [...weekShares.values()].reduce((a, b) => a + b, 0);
    const base = {
      target,
      stretch: null,
      actual: 0,
      shares: weekShares,
      today: '2026-12-28',
      periodStart: week.start,
      periodEnd: week.end,
    };
    expect(pace(base).workingDaysLeft).toBe(4);
    const p = pace({ ...base, isWorkingDay: (d) => isWorkingDay(d, calendar) });
    expect(p.workingDaysLeft).toBe(5);
    expect(p.neededPerDay).toBe(Math.ceil(target / 5));
    expect(p.noWorkingDays).toBe(false);
    // With New Year's Day a holiday, the four December days are what is left.
    const withHoliday = { ...calendar, holidays: ['2027-01-01'] };
    expect(pace({ ...base, isWorkingDay: (d) => isWorkingDay(d, withHoliday) }).workingDaysLeft).toBe(4);
  });
});
