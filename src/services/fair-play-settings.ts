import { z } from 'zod';
import { DEFAULT_FAIR_PLAY } from '../domain/deals/fair-play.js';
import { defineSetting } from './settings-service.js';

/** `/pacer unusual` and `/pacer approval`: when a deal is asked about or waits for a manager. */
export const FAIR_PLAY = defineSetting(
  'fair-play',
  z.object({
    medianMultiple: z.number().int().min(2).max(1000).nullable(),
    aboveTeamLargest: z.boolean(),
    approvalOverCents: z.number().int().min(0).nullable(),
  }),
  () => ({ ...DEFAULT_FAIR_PLAY }),
);
