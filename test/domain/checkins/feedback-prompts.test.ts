import { describe, expect, it } from 'vitest';
import { feedbackPromptDate, feedbackPromptDue } from '../../../src/domain/checkins/feedback-prompts.js';
import { checkinSchedule } from '../../../src/domain/checkins/schedule.js';

const s = checkinSchedule();

function prompt(
  now: string,
  lastPromptedMonth: string | null,
  tzs = { team: 'Europe/London', manager: 'Europe/London' },
) {
  const result = feedbackPromptDue({
    now: new Date(now),
    teamTz: tzs.team,
    managerTz: tzs.manager,
    schedule: s,
    lastPromptedMonth,
  });
  return result && { monthKey: result.monthKey, dueAt: result.dueAt.toISOString() };
}

describe('feedbackPromptDate', () => {
  it('is the first working day of the month', () => {
    expect(feedbackPromptDate('2026-06', s)).toBe('2026-06-01'); // Monday
    expect(feedbackPromptDate('2026-08', s)).toBe('2026-08-03'); // 1 August is a Saturday
    expect(feedbackPromptDate('2026-08', s, ['2026-08-03'])).toBe('2026-08-04');
  });

  it('refuses a key that is not a month', () => {
    expect(() => feedbackPromptDate('2026-W48', s)).toThrow(RangeError);
  });
});

describe('feedbackPromptDue', () => {
  it('comes at the schedule time on the first working day, in the manager timezone', () => {
    // 1 June 2026 15:00 in London (summer time) is 14:00Z.
    expect(prompt('2026-06-01T13:59:00Z', '2026-05')).toBeNull();
    expect(prompt('2026-06-01T14:00:00Z', '2026-05')).toEqual({
      monthKey: '2026-06',
      dueAt: '2026-06-01T14:00:00.000Z',
    });
  });

  it('comes once a month', () => {
    expect(prompt('2026-06-15T10:00:00Z', '2026-06')).toBeNull();
  });

  it('still comes later in the month when it was missed', () => {
    expect(prompt('2026-06-15T10:00:00Z', '2026-05')?.monthKey).toBe('2026-06');
    expect(prompt('2026-06-15T10:00:00Z', null)?.monthKey).toBe('2026-06');
  });

  it("reaches a manager ahead of the team on their own 1st, under the team's next month", () => {
    // 15:00 on 1 June in Auckland is 03:00Z, still 31 May in Los Angeles.
    const tzs = { team: 'America/Los_Angeles', manager: 'Pacific/Auckland' };
    expect(prompt('2026-06-01T02:59:00Z', '2026-05', tzs)).toBeNull();
    expect(prompt('2026-06-01T03:00:00Z', '2026-05', tzs)).toEqual({
      monthKey: '2026-06',
      dueAt: '2026-06-01T03:00:00.000Z',
    });
    // And not again once the team's calendar reaches June.
    expect(prompt('2026-06-01T12:00:00Z', '2026-06', tzs)).toBeNull();
  });

  it('waits for a manager behind the team', () => {
    // 15:00 on 2 November (Monday) in Los Angeles is 23:00Z; the London team is already in November.
    const tzs = { team: 'Europe/London', manager: 'America/Los_Angeles' };
    expect(prompt('2026-11-02T22:59:00Z', '2026-10', tzs)).toBeNull();
    expect(prompt('2026-11-02T23:00:00Z', '2026-10', tzs)?.monthKey).toBe('2026-11');
  });
});
