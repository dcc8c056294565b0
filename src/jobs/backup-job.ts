import { join } from 'node:path';
import type { AppDeps } from '../app-deps.js';
import { periodAt } from '../domain/periods.js';
import { backupDatabase, backupFileName, pruneBackups } from '../ops/backup.js';
import { teamSpeaker } from '../services/language-settings.js';
import type { JobDefinition } from './job.js';

/** Every day 03:00 team time: an online copy of the database in BACKUP_DIR, the last BACKUP_KEEP kept. */
export function backupJob(deps: AppDeps): JobDefinition {
  return {
    name: 'backup',
    description: 'an online copy of the database in BACKUP_DIR, checked with integrity_check',
    defaultSchedule: { kind: 'daily', time: '03:00' },
    periodKey: (firedAt, timezone) => periodAt('day', firedAt, timezone).key,
    async run(ctx) {
      const { backupDir, backupKeep, databasePath } = deps.config;
      if (databasePath === ':memory:' || backupKeep === 0) {
        return { complete: true, summary: teamSpeaker(deps).t('summary.backupOff') };
      }
      const result = await backupDatabase(deps.db, join(backupDir, backupFileName(deps.clock.now())));
      const removed = pruneBackups(backupDir, backupKeep);
      ctx.logger.info('backup written', { file: result.file, bytes: result.bytes, removed: removed.length });
      return {
        complete: true,
        summary: teamSpeaker(deps).t('summary.backup', {
          path: result.file,
          bytes: result.bytes,
          keep: backupKeep,
        }),
      };
    },
  };
}
