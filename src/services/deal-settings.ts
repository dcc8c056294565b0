import { z } from 'zod';
import { defineSetting } from './settings-service.js';

/** Whether deals are celebrated in the announce channel, and from which amount (minor units). */
export const CELEBRATE = defineSetting(
  'celebrate',
  z.object({ enabled: z.boolean(), minCents: z.number().int().min(0) }),
  () => ({ enabled: true, minCents: 0 }),
);
