import type { Schedule } from '../../domain/schedule.js';
import type { Speaker } from '../../i18n/translator.js';
import { escapeMrkdwn } from '../mrkdwn.js';
import { fitReply, type Reply, section } from './blocks.js';
import { listWithMore } from './fit.js';
import { scheduleText, weekdayText } from './schedule-text.js';

/** Room for each list (admins, regions, product lines) in the settings section. */
const LIST_MAX = 800;

export interface SettingsSnapshot {
  announceChannel: string | null;
  timezone: string;
  currency: string;
  workingWeekdays: number[];
  admins: string[];
  regions: string[];
  products: string[];
  schedules: Array<{ job: string; schedule: Schedule; description: string }>;
}

/** `Mon, Tue, Wed` or `周一、周二、周三`. */
export function weekdaysText(days: readonly number[], say: Speaker): string {
  return days.map((d) => weekdayText(d, say, 'short')).join(say.locale === 'en' ? ', ' : '、');
}

export function settingsView(s: SettingsSnapshot, say: Speaker): Reply {
  const list = (items: string[]) => (items.length ? listWithMore(items, LIST_MAX) : say.t('settings.none'));
  const lines = [
    s.announceChannel
      ? say.t('settings.channel', { channel: s.announceChannel })
      : say.t('settings.noChannel'),
    say.t('settings.timezone', { timezone: s.timezone }),
    say.t('settings.currency', { currency: s.currency }),
    say.t('settings.workdays', { days: weekdaysText(s.workingWeekdays, say) }),
    say.t('settings.admins', { list: list(s.admins.map((id) => `<@${id}>`)) }),
    say.t('settings.regions', { list: list(s.regions.map(escapeMrkdwn)) }),
    say.t('settings.products', { list: list(s.products.map(escapeMrkdwn)) }),
  ];
  // Job descriptions are English until each job's owner puts them in the catalog.
  const jobs = s.schedules.map((j) =>
    say.t('settings.job', {
      job: j.job,
      schedule: scheduleText(j.schedule, say),
      description: j.description,
    }),
  );
  const jobText = `${say.t('settings.jobs')}\n${jobs.length ? jobs.join('\n') : say.t('settings.noJobs')}`;
  return fitReply(`${lines.join('\n')}\n${jobText}`, [section(lines.join('\n')), section(jobText)]);
}
