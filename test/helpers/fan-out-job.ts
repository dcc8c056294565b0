import type { AppDeps } from '../../src/app-deps.js';
import { periodAt } from '../../src/domain/periods.js';
import type { JobDefinition } from '../../src/jobs/job.js';
import { ANNOUNCE_CHANNEL } from '../../src/services/settings-service.js';

/**
 * A small real job for scheduler tests: one channel post plus one DM per active member,
 * every Monday 09:00 team time, once per ISO week.
 */
export function fanOutJob(
  deps: AppDeps,
  recipients: string[],
  options: { crashAfterDms?: number } = {},
): JobDefinition {
  return {
    name: 'test-fan-out',
    description: 'posts a weekly note and DMs each member',
    defaultSchedule: { kind: 'weekly', weekday: 1, time: '09:00' },
    periodKey: (firedAt, tz) => periodAt('week', firedAt, tz).key,
    async run(ctx) {
      const channel = deps.settings.get(ANNOUNCE_CHANNEL) ?? 'CANNOUNCE';
      await ctx.deliver('channel', { to: { channel }, message: { text: `Week ${ctx.periodKey} note` } });
      let sent = 0;
      for (const userId of recipients) {
        const result = await ctx.deliver(userId, {
          to: { user: userId },
          message: { text: `Your ${ctx.periodKey} note` },
        });
        if (result === 'sent') sent++;
        // Stands in for the process dying half-way through the fan-out.
        if (sent === options.crashAfterDms) throw new Error('simulated crash');
      }
      return { complete: true, summary: `${sent} DMs sent.` };
    },
  };
}
