import type { AppDeps } from '../app-deps.js';
import { periodAt } from '../domain/periods.js';
import { teamSpeaker } from '../services/language-settings.js';
import { deleteOldCheckins } from '../use-cases/data-retention.js';
import type { JobDefinition } from './job.js';

/** Every day 04:00 team time: check-in answers and feedback older than RETENTION_CHECKINS_DAYS go. */
export function retentionJob(deps: AppDeps): JobDefinition {
  return {
    name: 'retention',
    description: 'deletes check-in answers and feedback older than RETENTION_CHECKINS_DAYS',
    defaultSchedule: { kind: 'daily', time: '04:00' },
    periodKey: (firedAt, timezone) => periodAt('day', firedAt, timezone).key,
    async run(ctx) {
      const days = deps.config.retentionCheckinsDays;
      if (days === undefined) {
        return { complete: true, summary: teamSpeaker(deps).t('summary.retentionOff') };
      }
      const removed = deleteOldCheckins(deps, days);
      ctx.logger.info('retention', { olderThanDays: days, ...removed });
      return {
        complete: true,
        summary: teamSpeaker(deps).t('summary.retention', {
          checkins: removed.checkins,
          feedback: removed.feedback,
          days,
        }),
      };
    },
  };
}
