import { describeSchedule, parseWeekday, type Schedule } from '../../../../domain/schedule.js';
import { isLocalTime } from '../../../../domain/time.js';
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
  failed: 'failed; it will resume on the next tick or restart',
} as const;

/** `/pacer run <job>`: the job now, for the current period, under the same once-per-period rule. */
export const runJob: CommandHandler = async ({ caller, text }, deps) => {
  requireAdmin(deps, caller, 'run scheduled jobs');
  const names = deps.scheduler.jobs.map((j) => `\`${j.name}\``).join(', ');
  const job = deps.scheduler.find(text.trim());
  if (!job)
    throw new UserFacingError(`Which job? Known: ${names || 'none'}. E.g. \`/pacer run weekly-reminder\`.`);
  const result = await deps.scheduler.run(job.name, 'manual');
  const detail = result.summary ? ` ${result.summary}` : result.error ? ` (${result.error})` : '';
  return textReply(`\`${job.name}\` for ${result.periodKey}: ${STATUS_TEXT[result.status]}.${detail}`);
};

/** `/pacer schedule <job> <day> <HH:MM>` (weekly), `<job> day-<N> <HH:MM>` (monthly) or `<job> daily <HH:MM>`. */
export const scheduleJob: CommandHandler = async ({ caller, text }, deps) => {
  requireAdmin(deps, caller, 'change schedules');
  const [name = '', when = '', time = ''] = tokenize(text);
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
