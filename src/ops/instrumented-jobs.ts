import type { JobDefinition } from '../jobs/job.js';
import type { Metrics } from './metrics.js';

/**
 * Each job's runs counted and timed for /metrics, and its deliveries counted: the jobs themselves
 * stay unaware of metrics. (Retries and rate-limit waits happen inside the sender, which reports them.)
 */
export function instrumentedJobs(jobs: JobDefinition[], metrics: Metrics): JobDefinition[] {
  return jobs.map((job) => ({
    ...job,
    async run(ctx) {
      const started = performance.now();
      const seconds = () => (performance.now() - started) / 1000;
      const deliver: typeof ctx.deliver = async (recipient, send) => {
        try {
          const result = await ctx.deliver(recipient, send);
          if (result === 'sent') metrics.delivery('sent');
          return result;
        } catch (error) {
          metrics.delivery('failed');
          throw error;
        }
      };
      try {
        const outcome = await job.run({ ...ctx, deliver });
        metrics.jobRun(job.name, outcome.complete ? 'ran' : 'incomplete', seconds());
        return outcome;
      } catch (error) {
        metrics.jobRun(job.name, 'failed', seconds());
        throw error;
      }
    },
  }));
}
