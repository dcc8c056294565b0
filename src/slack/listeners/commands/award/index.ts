import type { AppDeps } from '../../../../app-deps.js';
import { AWARD_IDS, type AwardId, changeRule } from '../../../../domain/awards.js';
import { parsePeriod, periodAt, periodLabel } from '../../../../domain/periods.js';
import { inTransaction } from '../../../../persistence/database.js';
import { AWARD_OVERRIDES } from '../../../../services/award-settings.js';
import { CURRENCY, TIMEZONE } from '../../../../services/settings-service.js';
import { awardRules, decideAward, memberStats } from '../../../../use-cases/awards.js';
import { tokenize } from '../../../command-text.js';
import type { HelpEntry } from '../../../help-entry.js';
import { escapeMrkdwn } from '../../../mrkdwn.js';
import { UserFacingError } from '../../../user-facing-error.js';
import { awardsView, rulesView } from '../../../views/awards/award-views.js';
import { textReply } from '../../../views/blocks.js';
import { type CommandHandler, registerCommand } from '../../command-listener.js';
import type { ListenerRouter } from '../../listener-router.js';
import { requireAdmin } from '../pacer/admin-guard.js';

export const help: HelpEntry[] = [
  { usage: '/award', example: '/award', description: 'who leads each award right now' },
  { usage: '/award rules', example: '/award rules', description: 'every award rule in plain words' },
  { usage: '/award history [n]', example: '/award history 12', description: 'past winners, as announced' },
  {
    usage: '/award enable|disable <award>',
    example: '/award disable most-improved',
    description: 'switch an award',
    adminOnly: true,
  },
  {
    usage: '/award set <award> <field> <value>',
    example: '/award set customer-satisfaction minRatings 5',
    description: "change an award's threshold or period",
    adminOnly: true,
  },
];

function awardId(word: string | undefined): AwardId {
  const id = (word ?? '').toLowerCase() as AwardId;
  if (!AWARD_IDS.includes(id))
    throw new UserFacingError(`Which award? ${AWARD_IDS.map((a) => `\`${a}\``).join(', ')}.`);
  return id;
}

const leadersNow: CommandHandler = async (_input, deps) => {
  const now = deps.clock.now();
  const timezone = deps.settings.get(TIMEZONE);
  const currency = deps.settings.get(CURRENCY);
  const lines = awardRules(deps)
    .filter((r) => r.enabled)
    .map((rule) => {
      const period = periodAt(rule.period, now, timezone);
      const { outcome, figures } = decideAward(rule, memberStats(deps, period), currency);
      return {
        rule,
        winners: outcome.winners.map((w) => ({
          memberId: w.memberId,
          figureText: figures.get(w.memberId) ?? '',
        })),
        noWinnerReason: outcome.noWinnerReason,
        note: `_${periodLabel(period)} so far_`,
      };
    });
  return awardsView(
    'Award leaders right now',
    lines,
    'is led by',
    'Winners are announced when the period ends.',
  );
};

const history: CommandHandler = async ({ text }, deps) => {
  const n = text ? Number(text) : 10;
  if (!Number.isInteger(n) || n < 1 || n > 50)
    throw new UserFacingError('Give how many, 1 to 50, e.g. `/award history 12`.');
  const results = deps.recognition.history(n);
  if (results.length === 0)
    return textReply('No awards have been announced yet. See the rules with `/award rules`.');
  const rules = new Map(awardRules(deps).map((r) => [r.id, r]));
  const lines = results.map((r) => {
    const rule = { ...rules.get(r.awardId as AwardId)!, ...(r.rule as object) };
    const period = parsePeriod(r.periodKey);
    const changed = period ? deps.deals.changedAfter(period.start, period.end, r.decidedAt) : 0;
    return {
      rule: { ...rule, name: `${rule.name}, ${period ? periodLabel(period) : r.periodKey}` },
      winners: r.winners,
      noWinnerReason: r.noWinnerReason,
      ...(changed
        ? {
            note: `_Note: ${changed} deal${changed === 1 ? '' : 's'} of that period changed after the announcement; the result stands as announced._`,
          }
        : {}),
    };
  });
  return awardsView('Past awards', lines, 'went to');
};

const toggle =
  (enabled: boolean): CommandHandler =>
  async ({ caller, text }, deps) => {
    requireAdmin(deps, caller, `${enabled ? 'enable' : 'disable'} awards`);
    const id = awardId(text.trim());
    saveOverride(deps, caller.userId, id, { enabled });
    return textReply(
      `*${awardRules(deps).find((r) => r.id === id)?.name}* is now ${enabled ? 'enabled' : 'disabled'}.`,
    );
  };

const set: CommandHandler = async ({ caller, text }, deps) => {
  requireAdmin(deps, caller, 'change award rules');
  const [id, field = '', value = ''] = tokenize(text);
  const rule = awardRules(deps).find((r) => r.id === awardId(id))!;
  const changed = changeRule(rule, field, value);
  if ('error' in changed) throw new UserFacingError(changed.error);
  const { id: _id, name: _name, ...fields } = changed.rule;
  saveOverride(deps, caller.userId, rule.id, fields);
  return textReply(
    `*${rule.name}* now: ${escapeMrkdwn(rulesView([changed.rule]).text.split('\n')[1] ?? '')}`,
  );
};

function saveOverride(deps: AppDeps, actor: string, id: AwardId, change: object): void {
  inTransaction(deps.db, () => {
    const before = deps.settings.get(AWARD_OVERRIDES);
    const after = { ...before, [id]: { ...(before[id] ?? {}), ...change } };
    deps.settings.set(AWARD_OVERRIDES, after, actor);
    deps.audit.record({
      at: deps.clock.now(),
      actor,
      action: 'award.rule',
      entity: 'award',
      entityId: id,
      before: before[id] ?? null,
      after: after[id],
    });
  });
}

const handleAward: CommandHandler = async (input, deps, tools) => {
  const [, word = '', rest = ''] = /^(\S*)\s*([\s\S]*)$/.exec(input.text) ?? [];
  const sub: Record<string, CommandHandler> = {
    '': leadersNow,
    rules: async () => rulesView(awardRules(deps)),
    history,
    enable: toggle(true),
    disable: toggle(false),
    set,
  };
  const handler = sub[word.toLowerCase()];
  if (!handler) throw new UserFacingError('Try `/award`, `/award rules` or `/award history`.');
  return handler({ ...input, text: rest.trim() }, deps, tools);
};

export function registerAward(router: ListenerRouter, deps: AppDeps): void {
  registerCommand(router, deps, '/award', handleAward);
}
