import { memberSpeaker } from '../../../../services/language-settings.js';
import {
  ANNOUNCE_CHANNEL,
  CURRENCY,
  TIMEZONE,
  WORKING_WEEKDAYS,
} from '../../../../services/settings-service.js';
import { setAnnounceChannel, setCurrency, setTimezone } from '../../../../use-cases/team-setup.js';
import { readChannelMention } from '../../../mentions.js';
import { UserFacingError } from '../../../user-facing-error.js';
import { textReply } from '../../../views/blocks.js';
import { settingsView } from '../../../views/settings-view.js';
import type { CommandHandler } from '../../command-listener.js';
import { requireAdmin } from './admin-guard.js';

export const setChannel: CommandHandler = async ({ caller, text }, deps) => {
  requireAdmin(deps, caller, 'channel');
  const say = memberSpeaker(deps, caller.userId);
  const channel = readChannelMention(text, '`/pacer channel #sales-wins`', say);
  if (!channel.ok) throw new UserFacingError(channel.error);
  const channelId = channel.id;
  setAnnounceChannel(deps, channelId, caller.userId);
  return textReply(say.t('channel.set', { channel: channelId }));
};

export const setTeamTimezone: CommandHandler = async ({ caller, text }, deps) => {
  requireAdmin(deps, caller, 'timezone');
  const say = memberSpeaker(deps, caller.userId);
  if (!text) throw new UserFacingError(say.t('timezone.give'));
  const { before, after } = setTimezone(deps, text, caller.userId);
  deps.scheduler.reload();
  return textReply(say.t('timezone.set', { before, after }));
};

export const setTeamCurrency: CommandHandler = async ({ caller, text }, deps) => {
  requireAdmin(deps, caller, 'currency');
  const say = memberSpeaker(deps, caller.userId);
  if (!text) throw new UserFacingError(say.t('currency.give'));
  const { before, after } = setCurrency(deps, text, caller.userId);
  return textReply(say.t('currency.set', { before, after }));
};

export const showSettings: CommandHandler = async ({ caller }, deps) =>
  settingsView(
    {
      announceChannel: deps.settings.get(ANNOUNCE_CHANNEL),
      timezone: deps.settings.get(TIMEZONE),
      currency: deps.settings.get(CURRENCY),
      workingWeekdays: deps.settings.get(WORKING_WEEKDAYS),
      admins: deps.config.admins,
      regions: deps.regions.list().map((r) => r.name),
      products: deps.products.list().map((p) => p.name),
      schedules: deps.scheduler.jobs.map((job) => ({
        job: job.name,
        schedule: deps.scheduler.scheduleOf(job),
        description: job.description,
      })),
    },
    memberSpeaker(deps, caller.userId),
  );
