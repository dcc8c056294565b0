import type { AppDeps } from '../../../../app-deps.js';
import { memberSpeaker } from '../../../../services/language-settings.js';
import type { HelpEntry } from '../../../help-entry.js';
import { escapeMrkdwn } from '../../../mrkdwn.js';
import { UserFacingError } from '../../../user-facing-error.js';
import { helpView } from '../../../views/help-view.js';
import { type CommandHandler, registerCommand } from '../../command-listener.js';
import type { ListenerRouter } from '../../listener-router.js';
import { achievementSettings } from './achievement-settings.js';
import { apiKey, apiKeyHelp } from './api-key.js';
import { catalogCommand } from './catalog.js';
import { celebrate } from './celebrate.js';
import { commission } from './commission.js';
import { dataFilesHelp, exportCommand, importCommand } from './data-files.js';
import { approvalSettings, fairPlayHelp, unusualSettings } from './fair-play.js';
import { forget, forgetHelp } from './forget.js';
import { runJob, scheduleJob } from './jobs.js';
import { kudosSettings } from './kudos-settings.js';
import { myLanguage, teamLanguage } from './language.js';
import { setMember } from './member.js';
import { reminderDms } from './reminder-dms.js';
import { setChannel, setTeamCurrency, setTeamTimezone, showSettings } from './team-settings.js';
import { workdays } from './workdays.js';

export const help: HelpEntry[] = [
  {
    usage: '/pacer help',
    example: '/pacer help',
    descriptionKey: 'help.pacer.help',
  },
  {
    usage: '/pacer settings',
    example: '/pacer settings',
    descriptionKey: 'help.pacer.settings',
  },
  {
    usage: '/pacer channel <#channel>',
    example: '/pacer channel #sales-wins',
    descriptionKey: 'help.pacer.channel',
    adminOnly: true,
  },
  {
    usage: '/pacer timezone <IANA name>',
    example: '/pacer timezone Europe/Berlin',
    descriptionKey: 'help.pacer.timezone',
    adminOnly: true,
  },
  {
    usage: '/pacer currency <ISO code>',
    example: '/pacer currency EUR',
    descriptionKey: 'help.pacer.currency',
    adminOnly: true,
  },
  {
    usage: '/pacer member <@user> role:<rep|manager|admin> region:<name> manager:<@user>',
    example: '/pacer member @ana role:rep region:North manager:@maria',
    descriptionKey: 'help.pacer.member',
    adminOnly: true,
  },
  {
    usage: '/pacer region add|list|remove <name>',
    example: '/pacer region add North',
    descriptionKey: 'help.pacer.region',
    adminOnly: true,
  },
  {
    usage: '/pacer product add|list|remove <name>',
    example: '/pacer product add Cloud Suite',
    descriptionKey: 'help.pacer.product',
    adminOnly: true,
  },
  {
    usage: '/pacer workdays <days>',
    example: '/pacer workdays mon-fri',
    descriptionKey: 'help.pacer.workdays',
    adminOnly: true,
  },
  {
    usage: '/pacer schedule <job> <weekday|daily|day-N> <HH:MM>',
    example: '/pacer schedule weekly-reminder monday 09:00',
    descriptionKey: 'help.pacer.schedule',
    adminOnly: true,
  },
  {
    usage: '/pacer celebrate on|off [min <amount>]',
    example: '/pacer celebrate on min 5,000',
    descriptionKey: 'help.pacer.celebrate',
    adminOnly: true,
  },
  {
    usage: '/pacer kudos limit <n> | channel announce|here',
    example: '/pacer kudos limit 3',
    descriptionKey: 'help.pacer.kudos',
    adminOnly: true,
  },
  {
    usage: '/pacer achievements <name> on|off | streak-weeks <n>',
    example: '/pacer achievements personal-best-month off',
    descriptionKey: 'help.pacer.achievements',
    adminOnly: true,
  },
  {
    usage: '/pacer commission <base%> [above <N%> <rate%>] [stretch-bonus <amount>] | off',
    example: '/pacer commission 5% above 100% 8% stretch-bonus 2,000',
    descriptionKey: 'help.pacer.commission',
    adminOnly: true,
  },
  {
    usage: '/pacer reminder-dms on|off',
    example: '/pacer reminder-dms off',
    descriptionKey: 'help.pacer.reminderDms',
    adminOnly: true,
  },
  {
    usage: '/pacer language [en|zh-CN]',
    example: '/pacer language zh-CN',
    descriptionKey: 'help.pacer.language',
    adminOnly: true,
  },
  {
    usage: '/pacer my-language [en|zh-CN|slack]',
    example: '/pacer my-language zh-CN',
    descriptionKey: 'help.pacer.myLanguage',
  },
  {
    usage: '/pacer run <job>',
    example: '/pacer run weekly-reminder',
    descriptionKey: 'help.pacer.run',
    adminOnly: true,
  },
  apiKeyHelp,
  ...fairPlayHelp,
  forgetHelp,
  ...dataFilesHelp,
];

const handlers: Record<string, CommandHandler> = {
  settings: showSettings,
  channel: setChannel,
  timezone: setTeamTimezone,
  currency: setTeamCurrency,
  member: setMember,
  region: catalogCommand('region'),
  product: catalogCommand('product'),
  schedule: scheduleJob,
  run: runJob,
  celebrate,
  achievements: achievementSettings,
  commission,
  kudos: kudosSettings,
  'reminder-dms': reminderDms,
  language: teamLanguage,
  'my-language': myLanguage,
  workdays,
  forget,
  export: exportCommand,
  import: importCommand,
  'api-key': apiKey,
  unusual: unusualSettings,
  approval: approvalSettings,
};

/** Every `/pacer` subcommand; each has a help entry (a test holds this). */
export const pacerSubcommands = Object.keys(handlers);

export function registerPacer(router: ListenerRouter, deps: AppDeps, allHelp: readonly HelpEntry[]): void {
  const helpHandler: CommandHandler = async ({ caller }) =>
    helpView(allHelp, deps.directory.isAdmin(caller), memberSpeaker(deps, caller.userId));
  const subcommands: Record<string, CommandHandler> = { '': helpHandler, help: helpHandler, ...handlers };
  registerCommand(router, deps, '/pacer', async (input, d, tools) => {
    const [, word = '', rest = ''] = /^(\S*)\s*([\s\S]*)$/.exec(input.text) ?? [];
    const handler = subcommands[word.toLowerCase()];
    if (!handler) {
      const say = memberSpeaker(deps, input.caller.userId);
      throw new UserFacingError(say.t('admin.unknownSubcommand', { word: escapeMrkdwn(word) }));
    }
    return handler({ ...input, text: rest.trim() }, d, tools);
  });
}
