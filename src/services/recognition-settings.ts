import { z } from 'zod';
import type { CommissionPlan } from '../domain/commission.js';
import { defineSetting } from './settings-service.js';

/** The commission plan; null until an admin sets one. */
export const COMMISSION_PLAN = defineSetting<CommissionPlan | null>(
  'commission_plan',
  z
    .object({
      baseRateBp: z.number().int(),
      tiers: z.array(z.object({ fromAttainmentBp: z.number().int(), rateBp: z.number().int() })),
      stretchBonus: z.number().int(),
    })
    .nullable(),
  () => null,
);

/** Kudos a member may give per day (their own local day). */
export const KUDOS_DAILY_LIMIT = defineSetting(
  'kudos_daily_limit',
  z.number().int().min(1).max(100),
  () => 5,
);

/** Where kudos are posted: the announce channel, or the channel the command was typed in. */
export const KUDOS_CHANNEL = defineSetting(
  'kudos_channel',
  z.enum(['announce', 'here']),
  () => 'announce' as const,
);
