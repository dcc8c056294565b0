import type { AppDeps } from '../../../../app-deps.js';
import { parseDealCommand } from '../../../../domain/deals/deal-command.js';
import { ProblemError, refusal } from '../../../../domain/problem.js';
import { localDateAt } from '../../../../domain/time.js';
import { memberSpeaker } from '../../../../services/language-settings.js';
import { CURRENCY, TIMEZONE } from '../../../../services/settings-service.js';
import { logDeal, undoLastDeal } from '../../../../use-cases/deals.js';
import { gateNewDeal } from '../../../../use-cases/fair-play.js';
import { dealListOf } from '../../../../use-cases/waiting-deals.js';
import type { HelpEntry } from '../../../help-entry.js';
import { parseUserMention } from '../../../mentions.js';
import { escapeMrkdwn } from '../../../mrkdwn.js';
import { checkAchievementsSoon } from '../../../notifications/achievements.js';
import { pendingView } from '../../../notifications/deal-approval.js';
import { celebrateDeal, retractCelebration } from '../../../notifications/deal-celebration.js';
import { textReply } from '../../../views/blocks.js';
import { dealListView } from '../../../views/deals/deal-views.js';
import { waitingLines, waitingListBlocks } from '../../../views/deals/fair-play-views.js';
import { registerDealActions } from '../../actions/deal-actions.js';
import { registerFairPlayActions } from '../../actions/fair-play-actions.js';
import { type CommandHandler, type CommandInput, registerCommand } from '../../command-listener.js';
import type { ListenerRouter } from '../../listener-router.js';
import { registerDealModal } from '../../views/deal-modal-submission.js';
import { gateReply } from './gate-reply.js';
import { dealLabels } from './labels.js';
import { loggedReply } from './logged-reply.js';
import { openDealModal } from './open-deal-modal.js';

export const help: HelpEntry[] = [
  {
    usage:
      '/deal <amount> <customer> [product:<name>] [region:<name>] [date:<YYYY-MM-DD|today|yesterday>] [for:<@user>] [note:<text>]',
    example: '/deal 12,500 Acme Corp product:Cloud date:yesterday note:renewal',
    descriptionKey: 'deal.help.log',
  },
  { usage: '/deal', example: '/deal', descriptionKey: 'deal.help.form' },
  {
    usage: '/deal list [<@user>]',
    example: '/deal list',
    descriptionKey: 'deal.help.list',
  },
  { usage: '/deal undo', example: '/deal undo', descriptionKey: 'deal.help.undo' },
];

/** `/deal list [@user]`: your last 10, or (managers, admins) those of someone you may change deals for. */
async function listDeals(input: CommandInput, deps: AppDeps) {
  const say = memberSpeaker(deps, input.caller.userId);
  const rest = input.text.slice(4).trim();
  const memberId = rest === '' ? input.caller.userId : parseUserMention(rest);
  if (!memberId)
    throw refusal('deal.listNotMention', { typed: rest, shape: rest.startsWith('@') ? 'name' : 'other' });
  const { deals, waiting } = dealListOf(deps, input.caller, memberId);
  const rows = waiting.listed.map((w) => ({ view: pendingView(deps, w.pending), waiting: w }));
  const viewer = input.caller.userId;
  const waitingRows = rows.length
    ? {
        lines: waitingLines(say, rows, viewer, waiting.count),
        blocks: waitingListBlocks(say, rows, viewer, waiting.count),
      }
    : undefined;
  return dealListView(deals, dealLabels(deps), say, rest === '' ? undefined : memberId, waitingRows);
}

const handleDeal: CommandHandler = async (input, deps, { client }) => {
  const word = input.text.split(/\s+/)[0]?.toLowerCase() ?? '';
  if (input.text === '') {
    await openDealModal(deps, client, input.caller, input.triggerId, { channelId: input.channelId });
    return null;
  }
  if (word === 'help') {
    const say = memberSpeaker(deps, input.caller.userId);
    const lines = help.map((h) =>
      say.t('deal.helpLine', { usage: h.usage, what: say.t(h.descriptionKey), example: h.example }),
    );
    return textReply(lines.join('\n'));
  }
  if (word === 'list') return listDeals(input, deps);
  if (word === 'undo' && input.text.toLowerCase() === 'undo') {
    const deal = undoLastDeal(deps, input.caller);
    checkAchievementsSoon(deps, deal.memberId, deal.closedOn);
    void retractCelebration(deps, deal.id);
    const say = memberSpeaker(deps, input.caller.userId);
    return textReply(
      say.t('deal.undone', { customer: escapeMrkdwn(deal.customerName), date: deal.closedOn }),
    );
  }
  const timezone = deps.settings.get(TIMEZONE);
  const parsed = parseDealCommand(input.text, {
    today: localDateAt(deps.clock.now(), timezone),
    currency: deps.settings.get(CURRENCY),
  });
  if (!parsed.ok) throw new ProblemError(parsed.problem);
  const gate = await gateNewDeal(deps, input.caller, parsed.value);
  if (gate.kind !== 'log') return gateReply(deps, input.caller.userId, gate);
  const { deal } = await logDeal(deps, input.caller, parsed.value, null);
  void celebrateDeal(deps, deal);
  checkAchievementsSoon(deps, deal.memberId, deal.closedOn);
  return loggedReply(deps, deal, input.caller.userId);
};

export function registerDeal(router: ListenerRouter, deps: AppDeps): void {
  registerCommand(router, deps, '/deal', handleDeal);
  registerDealActions(router, deps);
  registerFairPlayActions(router, deps);
  registerDealModal(router, deps);
}
