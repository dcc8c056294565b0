import { parseWeekday, type Schedule } from '../../../../domain/schedule.js';
import { isLocalTime, localDateAt, localTimeAt } from '../../../../domain/time.js';
import type { Speaker } from '../../../../i18n/translator.js';
import { deliveryTarget } from '../../../../jobs/refusal-notice.js';
import type { DeliveryTally, RunResult } from '../../../../jobs/scheduler.js';
import { memberSpeaker } from '../../../../services/language-settings.js';
import { TIMEZONE } from '../../../../services/settings-service.js';
import { changeSetting } from '../../../../use-cases/team-setup.js';
import { tokenize } from '../../../command-text.js';
import { reasonText } from '../../../notifications/database-alert.js';
import { UserFacingError } from '../../../user-facing-error.js';
import { textReply } from '../../../views/blocks.js';
import { failureText, scheduleText } from '../../../views/schedule-text.js';
import type { CommandHandler } from '../../command-listener.js';
import { requireAdmin } from './admin-guard.js';

const SHOWN = 5;

/**
 * Where a run's messages stand, in a line: "18 of 20 messages sent, 1 refused (<@U…>: their Slack
 * account is deactivated, `user_disabled`), 1 pending (<@U…>: Slack answered 500, next try 09:04)".
 */
export function deliveryLine(tally: DeliveryTally, now: Date, timezone: string, say: Speaker): string {
  // All sent: the job's own summary says it; the line is for what did not go out.
  if (tally.refused.length === 0 && tally.pending.length === 0) return '';
  const parts = [say.t('delivery.sent', { sent: tally.sent, total: tally.total })];
  const list = <T>(items: T[], line: (item: T) => string) =>
    items.slice(0, SHOWN).map(line).join('; ') +
    (items.length > SHOWN ? say.t('delivery.more', { count: items.length - SHOWN }) : '');
  if (tally.refused.length > 0) {
    const one = (r: DeliveryTally['refused'][number]) =>
      say.t('delivery.refusedOne', {
        target: deliveryTarget(r),
        reason: failureText(r.error, say),
        code: r.error,
      });
    parts.push(say.t('delivery.refused', { count: tally.refused.length, list: list(tally.refused, one) }));
  }
  if (tally.pending.length > 0) {
    const when = (at: Date | null) => {
      if (!at || at <= now) return say.t('delivery.nextNow');
      const time = localTimeAt(at, timezone);
      const date = localDateAt(at, timezone);
      return date === localDateAt(now, timezone)
        ? say.t('delivery.nextAt', { time })
        : say.t('delivery.nextOn', { date, time });
    };
    const one = (p: DeliveryTally['pending'][number]) =>
      say.t('delivery.pendingOne', {
        target: deliveryTarget(p),
        reason: p.error ? failureText(p.error, say) : say.t('delivery.underWay'),
        when: when(p.nextAttemptAt),
      });
    parts.push(say.t('delivery.pending', { count: tally.pending.length, list: list(tally.pending, one) }));
  }
  return say.t('delivery.line', { parts: parts.join(say.locale === 'en' ? ', ' : '，') });
}

function status(result: RunResult): string {
  if (result.status === 'incomplete' && (result.deliveries?.pending.length ?? 0) > 0) return 'pending';
  return result.status === 'already-done' ? 'already' : result.status;
}

const jobNames = (deps: Parameters<CommandHandler>[1], say: Speaker) =>
  deps.scheduler.jobs.map((j) => `\`${j.name}\``).join(', ') || say.t('job.noJobs');

/** `/pacer run <job>`: the job now, for the current period, under the same once-per-period rule. */
export const runJob: CommandHandler = async ({ caller, text }, deps) => {
  requireAdmin(deps, caller, 'runJobs');
  const say = memberSpeaker(deps, caller.userId);
  const job = deps.scheduler.find(text.trim());
  if (!job)
    throw new UserFacingError(
      say.t('job.which', { names: jobNames(deps, say), example: '`/pacer run weekly-reminder`' }),
    );
  const result = await deps.scheduler.run(job.name, 'manual');
  const line = result.deliveries
    ? deliveryLine(result.deliveries, deps.clock.now(), deps.settings.get(TIMEZONE), say)
    : '';
  const args = {
    job: job.name,
    periodKey: result.periodKey,
    status: say.t('job.status', { status: status(result) }),
  };
  // The summary is the job's own (in the team's language where the job is converted).
  const detail = [result.summary, line].filter(Boolean).join(' ');
  if (detail) return textReply(say.t('job.ranDetail', { ...args, detail }));
  // A database that cannot save is said in the admin's words; any other failure is the error's own.
  const error = result.databaseProblem
    ? say.t('failure.jobCannotSave', { reason: reasonText(result.databaseProblem, say) })
    : result.error;
  if (error) return textReply(say.t('job.ranError', { ...args, error }));
  return textReply(say.t('job.ran', args));
};

/** `/pacer schedule <job> <day> <HH:MM>` (weekly), `<job> day-<N> <HH:MM>` (monthly) or `<job> daily <HH:MM>`. */
export const scheduleJob: CommandHandler = async ({ caller, text }, deps) => {
  requireAdmin(deps, caller, 'schedules');
  const say = memberSpeaker(deps, caller.userId);
  const [name = '', when = '', time = ''] = tokenize(text);
  // Without a day and time: when each job runs, and what its open runs still have to deliver.
  if (!when && (!name || deps.scheduler.find(name))) return textReply(jobStatus(deps, name, say));
  const job = deps.scheduler.find(name);
  const example = '`/pacer schedule weekly-reminder monday 09:00`';
  if (!job) throw new UserFacingError(say.t('job.which', { names: jobNames(deps, say), example }));
  // Check-in jobs tick every few minutes to reach each member at their own local time; a daily or
  // weekly schedule would make them hours late, and nothing here could set the tick back.
  if (deps.scheduler.scheduleOf(job).kind === 'every')
    throw new UserFacingError(say.t('job.ticks', { job: job.name }));
  if (!isLocalTime(time)) throw new UserFacingError(say.t('job.badTime', { example }));
  const schedule = parseWhen(when, time);
  if (!schedule) throw new UserFacingError(say.t('job.badDay', { example }));
  const def = deps.scheduler.scheduleSetting(job);
  changeSetting(deps, def, schedule, caller.userId);
  deps.scheduler.reload();
  return textReply(say.t('job.scheduled', { job: job.name, schedule: scheduleText(schedule, say) }));
};

function jobStatus(deps: Parameters<CommandHandler>[1], name: string, say: Speaker): string {
  const timezone = deps.settings.get(TIMEZONE);
  const now = deps.clock.now();
  const jobs = deps.scheduler.jobs.filter((j) => !name || j.name === name);
  const lines = jobs.map((job) => {
    const open = deps.scheduler
      .openRuns(job.name)
      .filter((run) => run.deliveries.pending.length > 0 || run.deliveries.refused.length > 0)
      .map((run) =>
        say.t('job.openRun', {
          periodKey: run.periodKey,
          line: deliveryLine(run.deliveries, now, timezone, say),
        }),
      );
    const head = say.t('job.statusLine', {
      job: job.name,
      schedule: scheduleText(deps.scheduler.scheduleOf(job), say),
    });
    return [head, ...open].join('\n');
  });
  return [...lines, say.t('job.changeHint')].join('\n');
}

function parseWhen(when: string, time: string): Schedule | null {
  if (when.toLowerCase() === 'daily') return { kind: 'daily', time };
  const day = /^day-(\d{1,2})$/i.exec(when);
  if (day) {
    const n = Number(day[1]);
    return n >= 1 && n <= 28 ? { kind: 'monthly', day: n, time } : null;
  }
  const weekday = parseWeekday(when);
  return weekday ? { kind: 'weekly', weekday, time } : null;
}
