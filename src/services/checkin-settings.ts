import { z } from 'zod';
import type { CheckinQuestion } from '../domain/checkins/questions.js';
import { DEFAULT_CHECKIN_QUESTIONS } from '../domain/checkins/questions.js';
import { isLocalTime } from '../domain/time.js';
import { checkinQuestionSchema } from '../persistence/checkins-repository.js';
import { defineSetting } from './settings-service.js';

/** The team's check-in rhythm; wall-clock times are read in each member's own timezone. */
export const CHECKIN_RHYTHM = defineSetting(
  'checkin_rhythm',
  z.object({
    cadence: z.enum(['weekly', 'biweekly', 'monthly']),
    weekday: z.number().int().min(1).max(7),
    time: z.string().refine(isLocalTime),
    closeAfterHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 14),
    reminderAfterHours: z.number().int().min(1).max(72),
  }),
  () => ({
    cadence: 'weekly' as const,
    weekday: 4,
    time: '15:00',
    closeAfterHours: 48,
    reminderAfterHours: 4,
  }),
);

export const CHECKIN_QUESTIONS = defineSetting<CheckinQuestion[]>(
  'checkin_questions',
  z.array(checkinQuestionSchema).min(1).max(10),
  () => [...DEFAULT_CHECKIN_QUESTIONS],
);
