import { describe, expect, it } from 'vitest';
import { resolveClosedOn } from '../../../src/domain/deals/closed-on.js';
import { createTranslator } from '../../../src/i18n/translator.js';
import { problemText } from '../../../src/slack/problem-text.js';

const TODAY = '2026-03-01';

// Problems are codes; the English catalog says them as Pacer always has, so these tests hold its words.
const inWords = (p: Parameters<typeof problemText>[1]) => problemText(createTranslator().speaker('en'), p);
describe('resolveClosedOn', () => {
  it('reads today, yesterday and calendar dates against the team’s today', () => {
    expect(resolveClosedOn('today', TODAY)).toEqual({ ok: true, date: '2026-03-01' });
    expect(resolveClosedOn('Yesterday', TODAY)).toEqual({ ok: true, date: '2026-02-28' });
    expect(resolveClosedOn('yesterday', '2024-03-01')).toEqual({ ok: true, date: '2024-02-29' });
    expect(resolveClosedOn('yesterday', '2026-01-01')).toEqual({ ok: true, date: '2025-12-31' });
    expect(resolveClosedOn('2026-03-01', TODAY)).toEqual({ ok: true, date: '2026-03-01' });
    expect(resolveClosedOn('2000-01-01', TODAY)).toEqual({ ok: true, date: '2000-01-01' });
    expect(resolveClosedOn('2024-02-29', TODAY)).toEqual({ ok: true, date: '2024-02-29' });
  });

  it.each([
    ['tomorrow', /cannot close in the future \(today is 2026-03-01\)/],
    ['2026-03-02', /cannot close in the future/],
    ['2026-02-30', /2026-02-30 is not a day on the calendar/],
    ['2025-02-29', /not a day on the calendar/],
    ['2026-13-01', /not a day on the calendar/],
    ['1999-12-31', /before 2000-01-01/],
    ['0226-03-01', /before 2000-01-01/],
    ['26-03-01', /couldn't read “26-03-01” as a date.*YYYY-MM-DD, today or yesterday/],
    ['2026/03/01', /couldn't read/],
    ['1 March', /couldn't read/],
    ['last week', /couldn't read/],
  ])('refuses %j', (text, message) => {
    const result = resolveClosedOn(text, TODAY);
    expect(result.ok).toBe(false);
    expect(!result.ok && inWords(result.problem)).toMatch(message);
  });
});
