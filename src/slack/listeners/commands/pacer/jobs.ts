import { describeSchedule, parseWeekday, type Schedule } from '../../../../domain/schedule.js';
import { isLocalTime, localDateAt, localTimeAt } from '../../../../domain/time.js';
import { deliveryTarget } from '../../../../jobs/refusal-notice.js';
import type { DeliveryTally, RunResult } from '../../../../jobs/scheduler.js';
import { describeFailure } from '../../../../jobs/slack-errors.js';
import { TIMEZONE } from '../../../../services/settings-service.js';
import { changeSetting } from '../../../../use-cases/team-setup.js';
import { tokenize } from '../../../command-text.js';
import { UserFacingError } from '../../../user-facing-error.js';
import { textReply } from '../../../views/blocks.js';
import type { CommandHandler } from '../../command-listener.js';
import { requireAdmin } from './admin-guard.js';

const STATUS_TEXT = {
  ran: 'done',
  incomplete: 'started; the rest goes out on the following ticks',
  'already-done': 'already ran for this period, so nothing was posted again',
  busy: 'is running right now; nothing was started twice',
  failed: 'failed; `/pacer run` tries it again, and so does the next start',
} as const;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Where a run's messages stand, in a line: "18 of 20 messages sent, 1 refused (<@U…>: their Slack
 * account is deactivated, `user_disabled`), 1 pending (<@U…>: Slack answered 500, next try 09:04)".
 */
export function deliveryLine(tally: DeliveryTally, now: Date, timezone: string): string {
  // All sent: the job's own summary says it; the line is for what did not go out.
  if (tally.refused.length === 0 && tally.pending.length === 0) return '';
  const parts = [`${tally.sent} of ${plural(tally.total, 'message')} sent`];
  const shown = 5;
  const list = <T>(items: T[], line: (item: T) => string) =>
    items.slice(0, shown).map(line).join('; ') +
    (items.length > shown ? `; and ${items.length - shown} more` : '');
  if (tally.refused.length > 0) {
    parts.push(
      `${tally.refused.length} refused (${list(tally.refused, (r) => `${deliveryTarget(r)}: ${describeFailure(r.error)}, \`${r.error}\``)})`,
    );
  }
  if (tally.pending.length > 0) {
    const when = (at: Date | null) => {
      if (!at || at <= now) return 'next try now';
      const day =
        localDateAt(at, timezone) === localDateAt(now, timezone) ? '' : `${localDateAt(at, timezone)} `;
      return `next try ${day}${localTimeAt(at, timezone)}`;
    };
    parts.push(
      `${tally.pending.length} pending (${list(tally.pending, (p) => `${deliveryTarget(p)}: ${p.error ? describeFailure(p.error) : 'under way'}, ${when(p.nextAttemptAt)}`)})`,
    );
  }
  return `${parts.join(', ')}.`;
}

function statusText(result: RunResult): string {
  if (result.status === 'incomplete' && (result.deliveries?.pending.length ?? 0) > 0) {
    return 'not finished: the messages still pending are tried again within minutes';
  }
  return STATUS_TEXT[result.status];
}

/** `/pacer run <job>`: the job now, for the current period, under the same once-per-period rule. */
export const runJob: CommandHandler = async ({ caller, text }, deps) => {
  requireAdmin(deps, caller, 'runJobs');
  const names = deps.scheduler.jobs.map((j) => `\`${j.name}\``).join(', ');
  const job = deps.scheduler.find(text.trim());
  if (!job)
    throw new UserFacingError(`Which job? Known: ${names || 'none'}. E.g. \`/pacer run weekly-reminder\`.`);
  const result = await deps.scheduler.run(job.name, 'manual');
  const detail = result.summary ? ` ${result.summary}` : result.error ? ` (${result.error})` : '';
  const line = result.deliveries
    ? deliveryLine(result.deliveries, deps.clock.now(), deps.settings.get(TIMEZONE))
    : '';
  return textReply(
    `\`${job.name}\` for ${result.periodKey}: ${statusText(result)}.${detail}${line ? ` ${line}` : ''}`,
  );
};

/** `/pacer schedule <job> <day> <HH:MM>` (weekly), `<job> day-<N> <HH:MM>` (monthly) or `<job> daily <HH:MM>`. */
export const scheduleJob: CommandHandler = async ({ caller, text }, deps) => {
  requireAdmin(deps, caller, 'schedules');
  const [name = '', when = '', time = ''] = tokenize(text);
  // Without a day and time: when each job runs, and what its open runs still have to deliver.
  if (!when && (!name || deps.scheduler.find(name))) return textReply(jobStatus(deps, name));
  const job = deps.scheduler.find(name);
  const example = '`/pacer schedule weekly-reminder monday 09:00`';
  if (!job) {
    const names = deps.scheduler.jobs.map((j) => `\`${j.name}\``).join(', ');
    throw new UserFacingError(`Which job? Known: ${names || 'none'}. E.g. ${example}.`);
  }
  // Check-in jobs tick every few minutes to reach each member at their own local time; a daily or
  // weekly schedule would make them hours late, and nothing here could set the tick back.
  if (deps.scheduler.scheduleOf(job).kind === 'every') {
    throw new UserFacingError(
      `\`${job.name}\` checks every few minutes so each member is reached at their own time; it has no ` +
        'schedule of its own. Change when check-ins go out with `/checkin schedule weekly thursday 15:00`.',
    );
  }
  if (!isLocalTime(time)) throw new UserFacingError(`Give the time as HH:MM (24-hour), e.g. ${example}.`);
  const schedule = parseWhen(when, time);
  if (!schedule) {
    throw new UserFacingError(`Give a weekday, \`daily\` or \`day-1\`…\`day-28\`, e.g. ${example}.`);
  }
  const def = deps.scheduler.scheduleSetting(job);
  changeSetting(deps, def, schedule, caller.userId);
  deps.scheduler.reload();
  return textReply(`\`${job.name}\` now runs ${describeSchedule(schedule)} (team time).`);
};

function jobStatus(deps: Parameters<CommandHandler>[1], name: string): string {
  const timezone = deps.settings.get(TIMEZONE);
  const now = deps.clock.now();
  const jobs = deps.scheduler.jobs.filter((j) => !name || j.name === name);
  const lines = jobs.map((job) => {
    const open = deps.scheduler
      .openRuns(job.name)
      .filter((run) => run.deliveries.pending.length > 0 || run.deliveries.refused.length > 0)
      .map((run) => `\n   ${run.periodKey}: ${deliveryLine(run.deliveries, now, timezone)}`);
    return `• \`${job.name}\`: ${describeSchedule(deps.scheduler.scheduleOf(job))}${open.join('')}`;
  });
  return `${lines.join('\n')}\nChange one with \`/pacer schedule <job> <weekday|daily|day-N> <HH:MM>\` (team time).`;
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
