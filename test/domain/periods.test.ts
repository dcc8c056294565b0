import { describe, expect, it } from 'vitest';
import {
  isoWeeksInYear,
  nextPeriod,
  parsePeriod,
  periodAt,
  periodLabel,
  periodOf,
  previousPeriod,
  samePeriodLastYear,
} from '../../src/domain/periods.js';

describe('parsePeriod', () => {
  it('reads the forms users type', () => {
    expect(parsePeriod('2026')).toMatchObject({ kind: 'year', start: '2026-01-01', end: '2026-12-31' });
    expect(parsePeriod('2026-Q3')).toMatchObject({
      kind: 'quarter',
      key: '2026-Q3',
      start: '2026-07-01',
      end: '2026-09-30',
    });
    expect(parsePeriod('2026-q1')).toMatchObject({ key: '2026-Q1', end: '2026-03-31' });
    expect(parsePeriod('2026-11')).toMatchObject({ kind: 'month', start: '2026-11-01', end: '2026-11-30' });
    expect(parsePeriod('2028-2')).toMatchObject({ key: '2028-02', end: '2028-02-29' });
    expect(parsePeriod('2026-W48')).toMatchObject({ kind: 'week', start: '2026-11-23', end: '2026-11-29' });
    expect(parsePeriod('2026-W53')).toMatchObject({ start: '2026-12-28', end: '2027-01-03' });
  });

  it('refuses periods that do not exist', () => {
    for (const bad of [
      '2026-Q5',
      '2026-Q0',
      '2026-13',
      '2026-00',
      '2026-W54',
      '2025-W53',
      '2026-02-30',
      'soon',
      '',
    ]) {
      expect(parsePeriod(bad), bad).toBeNull();
    }
  });
});

describe('periods in the team timezone', () => {
  it('puts an instant in the week and month of the team, not of UTC', () => {
    // Sunday 23:30 UTC is already Monday in Shanghai, and still Sunday in New York.
    const instant = new Date('2026-11-29T23:30:00Z');
    expect(periodAt('week', instant, 'Asia/Shanghai').key).toBe('2026-W49');
    expect(periodAt('week', instant, 'America/New_York').key).toBe('2026-W48');
    expect(periodAt('month', new Date('2026-11-30T20:00:00Z'), 'Asia/Tokyo').key).toBe('2026-12');
    expect(periodAt('year', new Date('2026-12-31T23:00:00Z'), 'Europe/Berlin').key).toBe('2027');
  });

  it('walks to neighbouring periods across year ends', () => {
    expect(previousPeriod(periodOf('week', '2027-01-04')).key).toBe('2026-W53');
    expect(nextPeriod(periodOf('quarter', '2026-11-28')).key).toBe('2027-Q1');
    expect(previousPeriod(periodOf('month', '2026-01-15')).key).toBe('2025-12');
    expect(samePeriodLastYear(periodOf('month', '2026-11-02')).key).toBe('2025-11');
  });

  it('knows 53-week ISO years', () => {
    expect(isoWeeksInYear(2026)).toBe(53);
    expect(isoWeeksInYear(2025)).toBe(52);
    expect(isoWeeksInYear(2020)).toBe(53);
  });

  it('labels periods for people', () => {
    expect(periodLabel(periodOf('week', '2026-11-28'))).toBe('week 48 (Nov 23–29)');
    expect(periodLabel(periodOf('week', '2026-10-28'))).toBe('week 44 (Oct 26–Nov 1)');
    expect(periodLabel(periodOf('month', '2026-11-28'))).toBe('November 2026');
    expect(periodLabel(periodOf('quarter', '2026-11-28'))).toBe('Q4 2026');
  });
});
