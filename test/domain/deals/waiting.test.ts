import { describe, expect, it } from 'vitest';
import {
  afterWorkingDays,
  approvalSteps,
  confirmExpiresAt,
  stepsDue,
  type WaitingState,
  type WaitingStep,
  workingDaysWaited,
} from '../../../src/domain/deals/waiting.js';
import { DEFAULT_CALENDAR } from '../../../src/domain/targets/calendar-rules.js';

const NY = 'America/New_York';
const at = (iso: string) => new Date(iso);

describe('afterWorkingDays', () => {
  it('counts working days at the same wall-clock time, skipping the weekend', () => {
    // Friday 10:00 New York → Tuesday 10:00.
    expect(afterWorkingDays(at('2026-11-27T15:00:00Z'), 2, NY, DEFAULT_CALENDAR).toISOString()).toBe(
      '2026-12-01T15:00:00.000Z',
    );
  });

  it('skips holidays and keeps the local time across a DST change', () => {
    const calendar = { ...DEFAULT_CALENDAR, holidays: ['2026-11-02'] };
    // Friday 30 October 10:00 EDT; Monday 2 November is a holiday and clocks fell back on the 1st.
    expect(afterWorkingDays(at('2026-10-30T14:00:00Z'), 2, NY, calendar).toISOString()).toBe(
      '2026-11-04T15:00:00.000Z',
    );
  });

  it('reads the date in the team timezone: late Friday evening in New York is already Saturday in UTC', () => {
    // Friday 22:00 New York (Saturday 03:00 UTC) → Tuesday 22:00 New York.
    expect(afterWorkingDays(at('2026-11-28T03:00:00Z'), 2, NY, DEFAULT_CALENDAR).toISOString()).toBe(
      '2026-12-02T03:00:00.000Z',
    );
  });

  it('counts every day when the calendar has no working day, so nothing waits forever', () => {
    const none = { workingWeekdays: [], holidays: [] };
    expect(afterWorkingDays(at('2026-11-27T15:00:00Z'), 2, NY, none).toISOString()).toBe(
      '2026-11-29T15:00:00.000Z',
    );
  });
});

describe('stepsDue', () => {
  const asked = at('2026-11-27T15:00:00Z');
  const typed = (
    kind: 'confirm' | 'approval',
    done: Partial<Record<WaitingStep, Date>> = {},
  ): WaitingState => ({
    kind,
    imported: false,
    since: asked,
    done,
  });

  it('expires an unanswered confirmation after 24 hours, not a minute before', () => {
    expect(confirmExpiresAt(asked).toISOString()).toBe('2026-11-28T15:00:00.000Z');
    expect(stepsDue(typed('confirm'), at('2026-11-28T14:59:00Z'), NY, DEFAULT_CALENDAR)).toEqual([]);
    expect(stepsDue(typed('confirm'), at('2026-11-28T15:00:00Z'), NY, DEFAULT_CALENDAR)).toEqual(['expire']);
  });

  it('reminds after two working days and escalates after two more; an approval never expires', () => {
    expect(approvalSteps(asked, NY, DEFAULT_CALENDAR)).toEqual({
      remindAt: at('2026-12-01T15:00:00Z'),
      escalateAt: at('2026-12-03T15:00:00Z'),
    });
    expect(stepsDue(typed('approval'), at('2026-12-01T14:00:00Z'), NY, DEFAULT_CALENDAR)).toEqual([]);
    expect(stepsDue(typed('approval'), at('2026-12-01T15:00:00Z'), NY, DEFAULT_CALENDAR)).toEqual(['remind']);
    // Pacer down for weeks: only the reminder is due; the admins two working days after it was sent.
    expect(stepsDue(typed('approval'), at('2027-01-10T00:00:00Z'), NY, DEFAULT_CALENDAR)).toEqual(['remind']);
    const reminded = at('2027-01-11T15:00:00Z');
    const dueAt = (iso: string) =>
      stepsDue(typed('approval', { remind: reminded }), at(iso), NY, DEFAULT_CALENDAR);
    expect(dueAt('2027-01-13T14:59:00Z')).toEqual([]);
    expect(dueAt('2027-01-13T15:00:00Z')).toEqual(['escalate']);
  });

  it('asks an imported row first and never drops an imported confirmation unanswered', () => {
    const imported = (kind: 'confirm' | 'approval', done: Partial<Record<WaitingStep, Date>> = {}) => ({
      ...typed(kind, done),
      imported: true,
    });
    const later = at('2027-01-10T00:00:00Z');
    expect(stepsDue(imported('confirm'), asked, NY, DEFAULT_CALENDAR)).toEqual(['ask']);
    expect(stepsDue(imported('confirm'), later, NY, DEFAULT_CALENDAR)).toEqual(['ask']);
    expect(stepsDue(imported('confirm', { ask: asked }), later, NY, DEFAULT_CALENDAR)).toEqual([]);
    // An imported approval's clock starts when its approvers were asked, not when the file came.
    const askedMonday = at('2026-11-30T15:00:00Z');
    expect(
      stepsDue(imported('approval', { ask: askedMonday }), at('2026-12-02T14:00:00Z'), NY, DEFAULT_CALENDAR),
    ).toEqual([]);
    expect(
      stepsDue(imported('approval', { ask: askedMonday }), at('2026-12-02T15:00:00Z'), NY, DEFAULT_CALENDAR),
    ).toEqual(['remind']);
  });

  it('leaves out the steps already done', () => {
    expect(
      stepsDue(typed('confirm', { expire: asked }), at('2027-01-10T00:00:00Z'), NY, DEFAULT_CALENDAR),
    ).toEqual([]);
    expect(
      stepsDue(
        typed('approval', { remind: at('2026-12-01T15:00:00Z') }),
        at('2026-12-02T00:00:00Z'),
        NY,
        DEFAULT_CALENDAR,
      ),
    ).toEqual([]);
  });
});

describe('workingDaysWaited', () => {
  it('counts the whole working days waited, skipping weekends and holidays', () => {
    const friday = at('2026-11-27T15:00:00Z');
    const calendar = { ...DEFAULT_CALENDAR, holidays: ['2026-11-30'] };
    expect(workingDaysWaited(friday, at('2026-12-02T14:59:00Z'), NY, calendar)).toBe(1);
    expect(workingDaysWaited(friday, at('2026-12-02T15:00:00Z'), NY, calendar)).toBe(2);
    expect(workingDaysWaited(friday, at('2026-12-18T15:00:00Z'), NY, calendar)).toBe(14);
  });
});
