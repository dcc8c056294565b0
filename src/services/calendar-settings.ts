import { z } from 'zod';
import { isLocalDate } from '../domain/time.js';
import { defineSetting } from './settings-service.js';

/** Team holidays: no target share, no check-in round. */
export const HOLIDAYS = defineSetting(
  'holidays',
  z.array(z.object({ date: z.string().refine(isLocalDate), name: z.string() })),
  () => [],
);

/** Whether the Monday reminder also DMs each rep their own number. */
export const REMINDER_DMS = defineSetting('reminder_dms', z.boolean(), () => true);
