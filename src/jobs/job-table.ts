import type { AppDeps } from '../app-deps.js';
import { achievementsJob } from './achievements-job.js';
import { analysisJob } from './analysis-job.js';
import { atRiskJob } from './at-risk-job.js';
import { awardsJob } from './awards-job.js';
import { backupJob } from './backup-job.js';
import { checkinDigestJob, checkinRemindersJob, checkinsJob, feedbackPromptsJob } from './checkin-jobs.js';
import { contestsJob } from './contests-job.js';
import type { JobDefinition } from './job.js';
import { retentionJob } from './retention-job.js';
import { targetToldJob } from './target-told-job.js';
import { waitingDealsJob } from './waiting-deals-job.js';
import { weeklyLeaderboardJob } from './weekly-leaderboard-job.js';
import { weeklyReminderJob } from './weekly-reminder-job.js';

/** Every scheduled job Pacer has. To add one, see src/jobs/README.md. */
export function jobTable(deps: AppDeps): JobDefinition[] {
  return [
    weeklyReminderJob(deps),
    weeklyLeaderboardJob(deps),
    awardsJob(deps),
    checkinsJob(deps),
    checkinRemindersJob(deps),
    checkinDigestJob(deps),
    feedbackPromptsJob(deps),
    atRiskJob(deps),
    analysisJob(deps),
    backupJob(deps),
    retentionJob(deps),
    contestsJob(deps),
    achievementsJob(deps),
    targetToldJob(deps),
    waitingDealsJob(deps),
  ];
}
