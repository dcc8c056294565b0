import { describe, expect, it } from 'vitest';
import { digestFor, digestReadiness } from '../../../src/domain/checkins/digest.js';
import { type CheckinQuestion, DEFAULT_CHECKIN_QUESTIONS } from '../../../src/domain/checkins/questions.js';

const manager = { id: 'U_MGR' };
const reports = [{ id: 'U_ANA' }, { id: 'U_BEN' }, { id: 'U_CAI' }, { id: 'U_DEV' }];

describe('digestFor', () => {
  const digest = digestFor(manager, reports, [
    { memberId: 'U_CAI', answers: { week: 'Good', blockers: 'None', confidence: 4 } },
    { memberId: 'U_BEN', answers: { week: 'Slow', blockers: 'Waiting on legal review', confidence: 3 } },
    { memberId: 'U_ANA', answers: { week: 'Lost the big one', confidence: 2 } },
    { memberId: 'U_OUTSIDER', answers: { week: 'Hi', confidence: 1 } },
  ]);

  it('lists flagged members first, then the rest, in report order', () => {
    expect(digest.answered.map((e) => e.memberId)).toEqual(['U_ANA', 'U_BEN', 'U_CAI']);
    expect(digest.flaggedCount).toBe(2);
  });

  it('flags low confidence and real blockers, not "None" or a confidence of 3', () => {
    expect(digest.answered.map((e) => e.flags)).toEqual([
      [{ kind: 'confidence', questionId: 'confidence', value: 2 }],
      [{ kind: 'blocker', questionId: 'blockers', value: 'Waiting on legal review' }],
      [],
    ]);
  });

  it('lists who did not answer and ignores answers from outside the team', () => {
    expect(digest.notAnswered).toEqual(['U_DEV']);
    expect(JSON.stringify(digest)).not.toContain('U_OUTSIDER');
  });

  it('flags both when a member is stuck and unsure', () => {
    const d = digestFor(manager, reports, [
      { memberId: 'U_DEV', answers: { week: 'Bad', blockers: 'No leads', confidence: 1 } },
    ]);
    expect(d.answered[0]?.flags.map((f) => f.kind)).toEqual(['blocker', 'confidence']);
  });

  it('uses the latest answer when a member answered twice, and leaves the manager out', () => {
    const d = digestFor(
      manager,
      [...reports, manager],
      [
        { memberId: 'U_ANA', answers: { week: 'Bad', confidence: 1 } },
        { memberId: 'U_ANA', answers: { week: 'Fine after all', confidence: 4 } },
      ],
    );
    expect(d.answered).toEqual([
      {
        memberId: 'U_ANA',
        answers: { week: 'Fine after all', confidence: 4 },
        questions: DEFAULT_CHECKIN_QUESTIONS,
        flags: [],
      },
    ]);
    expect(d.notAnswered).toEqual(['U_BEN', 'U_CAI', 'U_DEV']);
  });

  it("takes the flags from the team's own questions", () => {
    const questions: CheckinQuestion[] = [
      { id: 'risk', label: 'Any deal at risk?', kind: 'text', optional: true, flag: 'blocker' },
      { id: 'mood', label: 'Mood 1–5', kind: 'scale', optional: false },
    ];
    const d = digestFor(
      manager,
      reports,
      [{ memberId: 'U_BEN', answers: { risk: 'Acme', mood: 1 } }],
      questions,
    );
    expect(d.answered[0]?.flags).toEqual([{ kind: 'blocker', questionId: 'risk', value: 'Acme' }]);
  });

  it('reads each answer against the questions the member was asked, not a list edited since', () => {
    const edited: CheckinQuestion[] = [
      { id: 'q1', label: 'Best moment this week?', kind: 'text', optional: false },
      { id: 'q2', label: 'Energy 1–5', kind: 'scale', optional: false },
    ];
    const asked: CheckinQuestion[] = [
      { id: 'q1', label: 'What is blocking you?', kind: 'text', optional: true, flag: 'blocker' },
      { id: 'q2', label: 'Confidence 1–5', kind: 'scale', optional: false, flag: 'confidence' },
    ];
    const d = digestFor(
      manager,
      reports,
      [{ memberId: 'U_BEN', answers: { q1: 'Legal review', q2: 2 }, questions: asked }],
      edited,
    );
    expect(d.answered[0]?.questions).toBe(asked);
    expect(d.answered[0]?.flags.map((f) => f.kind)).toEqual(['blocker', 'confidence']);
  });
});

describe('digestReadiness', () => {
  const now = new Date('2026-11-27T12:00:00Z');
  const later = new Date('2026-11-28T12:00:00Z');
  const earlier = new Date('2026-11-26T12:00:00Z');

  it('waits for a report still to be asked later in their own timezone', () => {
    expect(
      digestReadiness(
        [
          { asked: true, answered: true, closesAt: later },
          { asked: false, answered: false, closesAt: later },
        ],
        now,
      ),
    ).toBe('wait');
  });

  it('sends once everyone answered or their window closed', () => {
    expect(
      digestReadiness(
        [
          { asked: true, answered: true, closesAt: later },
          { asked: true, answered: false, closesAt: earlier },
        ],
        now,
      ),
    ).toBe('send');
  });

  it('has nothing for a round nobody was asked in', () => {
    expect(digestReadiness([{ asked: false, answered: false, closesAt: earlier }], now)).toBe('none');
  });
});
