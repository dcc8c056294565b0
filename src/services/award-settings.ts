import { z } from 'zod';
import { AWARD_IDS, type AwardId } from '../domain/awards.js';
import { defineSetting } from './settings-service.js';

const override = z.object({
  enabled: z.boolean().optional(),
  period: z.enum(['month', 'quarter', 'year']).optional(),
  minDeals: z.number().int().min(1).optional(),
  minRatings: z.number().int().min(1).optional(),
  minGivers: z.number().int().min(1).optional(),
  minNewCustomers: z.number().int().min(1).optional(),
  allowSelfReported: z.boolean().optional(),
});

/** Admins' changes to the default award rules, by award id. */
export type AwardOverrides = Partial<Record<AwardId, z.infer<typeof override>>>;

export const AWARD_OVERRIDES = defineSetting<AwardOverrides>(
  'award_overrides',
  z.partialRecord(z.enum(AWARD_IDS), override),
  () => ({}),
);
