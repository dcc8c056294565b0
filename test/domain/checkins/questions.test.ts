import { describe, expect, it } from 'vitest';
import {
  answersStillAsked,
  type CheckinQuestion,
  DEFAULT_CHECKIN_QUESTIONS,
  validateAnswers,
} from '../../../src/domain/checkins/questions.js';

const qs = DEFAULT_CHECKIN_QUESTIONS;

describe('DEFAULT_CHECKIN_QUESTIONS', () => {
  it('asks the four questions from the issue, in order', () => {
    expect(qs.map((q) => [q.label, q.kind, q.optional, q.flag])).toEqual([
      ['How did this week go against your target?', 'text', false, undefined],
      ['What is blocking you?', 'text', true, 'blocker'],
      ['What support or training would help you most?', 'text', true, undefined],
      ["How confident are you of reaching this month's target?", 'scale', false, 'confidence'],
    ]);
  });
});

describe('validateAnswers', () => {
  it('accepts a full answer, trimming text and reading the scale as a number', () => {
    expect(validateAnswers(qs, { week: '  Closed two deals  ', support: '', confidence: ' 4 ' })).toEqual({
      ok: true,
      answers: { week: 'Closed two deals', confidence: 4 },
    });
  });

  it('asks for the required answers', () => {
    expect(validateAnswers(qs, { week: '   ', blockers: 'Legal review' })).toEqual({
      ok: false,
      errors: { week: { code: 'required' }, confidence: { code: 'required' } },
    });
  });

  it.each(['0', '6', '3.5', 'three', '-1', '1e0'])('rejects confidence %s', (value) => {
    const result = validateAnswers(qs, { week: 'ok', confidence: value });
    expect(result).toEqual({ ok: false, errors: { confidence: { code: 'scale', min: 1, max: 5 } } });
  });

  it('accepts both ends of the scale', () => {
    expect(validateAnswers(qs, { week: 'ok', confidence: '1' }).ok).toBe(true);
    expect(validateAnswers(qs, { week: 'ok', confidence: '5' }).ok).toBe(true);
  });

  it('limits text to 3000 characters, counting an emoji as one', () => {
    expect(validateAnswers(qs, { week: 'a'.repeat(3000), confidence: '3' }).ok).toBe(true);
    expect(validateAnswers(qs, { week: '🚀'.repeat(3000), confidence: '3' }).ok).toBe(true);
    expect(validateAnswers(qs, { week: 'ok', support: 'a'.repeat(3001), confidence: '3' })).toEqual({
      ok: false,
      errors: { support: { code: 'tooLong', max: 3000, length: 3001 } },
    });
  });
});

describe('answersStillAsked', () => {
  const asked: CheckinQuestion[] = [
    { id: 'q1', label: 'How did the week go?', kind: 'text', optional: false },
    { id: 'q2', label: 'What is blocking you?', kind: 'text', optional: true },
    { id: 'q3', label: 'Confidence?', kind: 'scale', optional: false },
  ];
  const answers = { q1: 'Two renewals', q2: 'Legal', q3: 4 };

  it('carries over answers whose question reads the same, and drops those now asking something else', () => {
    const edited: CheckinQuestion[] = [
      { id: 'q1', label: 'How did the week go?', kind: 'text', optional: false },
      { id: 'q2', label: 'Confidence?', kind: 'scale', optional: false },
    ];
    expect(answersStillAsked(edited, asked, answers)).toEqual({ q1: 'Two renewals' });
  });

  it('keeps everything when the list did not change, and takes answers stored without questions as they are', () => {
    expect(answersStillAsked(asked, asked, answers)).toEqual(answers);
    expect(answersStillAsked(asked, null, answers)).toEqual(answers);
  });
});
