import type { AppDeps } from '../../../../app-deps.js';
import { parseAmount } from '../../../../domain/money.js';
import { FAIR_PLAY } from '../../../../services/fair-play-settings.js';
import { memberSpeaker } from '../../../../services/language-settings.js';
import { CURRENCY } from '../../../../services/settings-service.js';
import { changeSetting } from '../../../../use-cases/team-setup.js';
import { tokenize } from '../../../command-text.js';
import type { HelpEntry } from '../../../help-entry.js';
import { UserFacingError } from '../../../user-facing-error.js';
import { textReply } from '../../../views/blocks.js';
import type { CommandHandler, CommandInput } from '../../command-listener.js';

function unusualText(deps: AppDeps, userId: string): string {
  const rules = deps.settings.get(FAIR_PLAY);
  const median = rules.medianMultiple !== null;
  return memberSpeaker(deps, userId).t('fairPlay.unusualShow', {
    medianRule: median ? 'on' : 'off',
    multiple: rules.medianMultiple ?? 0,
    both: median && rules.aboveTeamLargest ? 'yes' : 'no',
    largestRule: rules.aboveTeamLargest ? 'on' : 'off',
    none: !median && !rules.aboveTeamLargest ? 'yes' : 'no',
  });
}

function approvalText(deps: AppDeps, userId: string): string {
  const over = deps.settings.get(FAIR_PLAY).approvalOverCents;
  const say = memberSpeaker(deps, userId);
  return say.t('fairPlay.approvalShow', {
    on: over === null ? 'no' : 'yes',
    threshold: say.money(over ?? 0, deps.settings.get(CURRENCY)),
  });
}

function adminOnly(deps: AppDeps, { caller }: CommandInput): void {
  if (!deps.directory.isAdmin(caller))
    throw new UserFacingError(memberSpeaker(deps, caller.userId).t('fairPlay.notAdmin'), 'not_admin');
}

/** `/pacer unusual [<N>x | largest on|off | off]`: when a deal far above normal is asked about first. */
export const unusualSettings: CommandHandler = async (input, deps) => {
  const words = tokenize(input.text).map((w) => w.toLowerCase());
  if (words.length === 0) return textReply(unusualText(deps, input.caller.userId));
  adminOnly(deps, input);
  const rules = deps.settings.get(FAIR_PLAY);
  const usage = () =>
    new UserFacingError(memberSpeaker(deps, input.caller.userId).t('fairPlay.unusualUsage'));
  let next = rules;
  const times = /^(\d{1,4})(x|×)?$/.exec(words[0] ?? '');
  if (words.length === 1 && words[0] === 'off')
    next = { ...rules, medianMultiple: null, aboveTeamLargest: false };
  else if (words.length === 1 && times && Number(times[1]) >= 2 && Number(times[1]) <= 1000)
    next = { ...rules, medianMultiple: Number(times[1]) };
  else if (words.length === 2 && words[0] === 'largest' && (words[1] === 'on' || words[1] === 'off'))
    next = { ...rules, aboveTeamLargest: words[1] === 'on' };
  else throw usage();
  changeSetting(deps, FAIR_PLAY, next, input.caller.userId);
  return textReply(unusualText(deps, input.caller.userId));
};

/** `/pacer approval [over <amount> | off]`: deals over the amount wait for a manager's approval. */
export const approvalSettings: CommandHandler = async (input, deps) => {
  const words = tokenize(input.text);
  if (words.length === 0) return textReply(approvalText(deps, input.caller.userId));
  adminOnly(deps, input);
  const rules = deps.settings.get(FAIR_PLAY);
  let approvalOverCents: number | null;
  if (words.length === 1 && words[0]!.toLowerCase() === 'off') approvalOverCents = null;
  else {
    const amount =
      words.length === 2 && words[0]!.toLowerCase() === 'over'
        ? parseAmount(words[1]!, deps.settings.get(CURRENCY))
        : null;
    if (!amount?.ok)
      throw new UserFacingError(memberSpeaker(deps, input.caller.userId).t('fairPlay.approvalUsage'));
    approvalOverCents = amount.cents;
  }
  changeSetting(deps, FAIR_PLAY, { ...rules, approvalOverCents }, input.caller.userId);
  return textReply(approvalText(deps, input.caller.userId));
};

export const fairPlayHelp: HelpEntry[] = [
  {
    usage: '/pacer unusual <N>x | largest on|off | off',
    example: '/pacer unusual 10x',
    descriptionKey: 'help.pacer.unusual',
    adminOnly: true,
  },
  {
    usage: '/pacer approval over <amount> | off',
    example: '/pacer approval over 100k',
    descriptionKey: 'help.pacer.approval',
    adminOnly: true,
  },
];
