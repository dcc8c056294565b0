import type { Schedule } from '../../domain/schedule.js';
import type { Speaker } from '../../i18n/translator.js';

// 1 January 2024 was a Monday: ISO weekday n is 2024-01-0n.
const weekdayDate = (isoDay: number) => new Date(Date.UTC(2024, 0, isoDay));

/** `Monday`, `星期一` (long) or `Mon`, `周一` (short), for an ISO weekday 1–7. */
export function weekdayText(isoDay: number, say: Speaker, width: 'long' | 'short' = 'long'): string {
  return new Intl.DateTimeFormat(say.locale, { weekday: width, timeZone: 'UTC' }).format(weekdayDate(isoDay));
}

/** `every Friday at 16:00`, `每星期五 16:00`. */
export function scheduleText(s: Schedule, say: Speaker): string {
  switch (s.kind) {
    case 'weekly':
      return say.t('schedule.when', { kind: 'weekly', weekday: weekdayText(s.weekday, say), time: s.time });
    case 'monthly':
      return say.t('schedule.when', { kind: 'monthly', day: s.day, time: s.time });
    case 'daily':
      return say.t('schedule.when', { kind: 'daily', time: s.time });
    case 'every':
      return say.t('schedule.when', { kind: 'every', minutes: s.minutes });
  }
}

/** Why Slack refused a message, for admins: `their Slack account is deactivated`, `Slack answered 500`. */
export function failureText(code: string, say: Speaker): string {
  const http = /^http_(\d+)$/.exec(code);
  return say.t('failure.reason', { code: http ? 'http' : code, answer: http ? http[1]! : code });
}
