import { z } from 'zod';
import { ACHIEVEMENTS, DEFAULT_STREAK_WEEKS } from '../domain/achievements/achievements.js';
import { defineSetting } from './settings-service.js';

/** Achievements admins switched off (`/pacer achievements <name> off`): not awarded nor announced. */
export const ACHIEVEMENTS_OFF = defineSetting('achievements_off', z.array(z.enum(ACHIEVEMENTS)), () => []);

/** How many weeks in a row at or above the weekly target make a streak. */
export const STREAK_WEEKS = defineSetting(
  'achievement_streak_weeks',
  z.number().int().min(2).max(52),
  () => DEFAULT_STREAK_WEEKS,
);
