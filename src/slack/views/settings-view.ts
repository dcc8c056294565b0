import { describeSchedule, type Schedule, weekdayName } from '../../domain/schedule.js';
import { escapeMrkdwn } from '../mrkdwn.js';
import { fitReply, type Reply, section } from './blocks.js';
import { listWithMore } from './fit.js';

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

export function settingsView(s: SettingsSnapshot): Reply {
  const list = (items: string[]) => (items.length ? listWithMore(items, LIST_MAX) : '_none yet_');
  const lines = [
    `*Announce channel:* ${s.announceChannel ? `<#${s.announceChannel}>` : '_not set — `/pacer channel #sales`_'}`,
    `*Timezone:* ${s.timezone}`,
    `*Currency:* ${s.currency}`,
    `*Working days:* ${s.workingWeekdays.map((d) => weekdayName(d).slice(0, 3)).join(', ')}`,
    `*Admins (besides Slack admins):* ${list(s.admins.map((id) => `<@${id}>`))}`,
    `*Regions:* ${list(s.regions.map(escapeMrkdwn))}`,
    `*Product lines:* ${list(s.products.map(escapeMrkdwn))}`,
  ];
  const jobs = s.schedules.map((j) => `• \`${j.job}\` ${describeSchedule(j.schedule)} — ${j.description}`);
  const text = `${lines.join('\n')}\n*Scheduled jobs:*\n${jobs.length ? jobs.join('\n') : '_none_'}`;
  return fitReply(text, [
    section(lines.join('\n')),
    section(`*Scheduled jobs:*\n${jobs.join('\n') || '_none_'}`),
  ]);
}
