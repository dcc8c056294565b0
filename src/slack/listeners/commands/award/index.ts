import type { AppDeps } from '../../../../app-deps.js';
import { AWARD_IDS, type AwardId, changeRule, type RuleChangeProblem } from '../../../../domain/awards.js';
import { parsePeriod, periodAt } from '../../../../domain/periods.js';
import type { Speaker } from '../../../../i18n/translator.js';
import { memberSpeaker } from '../../../../services/language-settings.js';
import { CURRENCY, TIMEZONE } from '../../../../services/settings-service.js';
import { awardRules, changeAwardRule, decideAward, memberStats } from '../../../../use-cases/awards.js';
import { tokenize } from '../../../command-text.js';
import type { HelpEntry } from '../../../help-entry.js';
import { UserFacingError } from '../../../user-facing-error.js';
import { awardName, awardsView, rulesView, ruleText } from '../../../views/awards/award-views.js';
import { textReply } from '../../../views/blocks.js';
import { type CommandHandler, registerCommand } from '../../command-listener.js';
import type { ListenerRouter } from '../../listener-router.js';
import { requireAdmin } from '../pacer/admin-guard.js';

export const help: HelpEntry[] = [
  {
    usage: '/award',
    example: '/award',
    descriptionKey: 'help.award.leaders',
  },
  {
    usage: '/award rules',
    example: '/award rules',
    descriptionKey: 'help.award.rules',
  },
  {
    usage: '/award history [n]',
    example: '/award history 12',
    descriptionKey: 'help.award.history',
  },
  {
    usage: '/award enable|disable <award>',
    example: '/award disable most-improved',
    descriptionKey: 'help.award.switch',
    adminOnly: true,
  },
  {
    usage: '/award set <award> <field> <value>',
    example: '/award set customer-satisfaction minRatings 5',
    descriptionKey: 'help.award.set',
    adminOnly: true,
  },
];

type Handler = (
  input: Parameters<CommandHandler>[0],
  deps: AppDeps,
  say: Speaker,
) => ReturnType<CommandHandler>;

function awardId(word: string | undefined, say: Speaker): AwardId {
  const id = (word ?? '').toLowerCase() as AwardId;
  if (!AWARD_IDS.includes(id))
    throw new UserFacingError(say.t('award.which', { ids: AWARD_IDS.map((a) => `\`${a}\``).join(', ') }));
  return id;
}

const leadersNow: Handler = async (_input, deps, say) => {
  const now = deps.clock.now();
  const timezone = deps.settings.get(TIMEZONE);
  const currency = deps.settings.get(CURRENCY);
  const lines = awardRules(deps)
    .filter((r) => r.enabled)
    .map((rule) => {
      const period = periodAt(rule.period, now, timezone);
      const { outcome, figures } = decideAward(rule, memberStats(deps, period));
      return {
        rule,
        title: awardName(rule.id, say),
        winners: outcome.winners.map((w) => ({ memberId: w.memberId, figure: figures.get(w.memberId)! })),
        noWinnerReason: outcome.noWinnerReason,
        note: say.t('award.soFar', { period: say.period(period) }),
      };
    });
  return awardsView(say.t('award.leadersTitle'), lines, 'leads', currency, say, say.t('award.leadersFooter'));
};

const history: Handler = async ({ text }, deps, say) => {
  const n = text ? Number(text) : 10;
  if (!Number.isInteger(n) || n < 1 || n > 50) throw new UserFacingError(say.t('award.historyCount'));
  const results = deps.recognition.history(n);
  if (results.length === 0) return textReply(say.t('award.noHistory'));
  const rules = new Map(awardRules(deps).map((r) => [r.id, r]));
  const lines = results.map((r) => {
    const rule = { ...rules.get(r.awardId as AwardId)!, ...(r.rule as object) };
    const period = parsePeriod(r.periodKey);
    const changed = period ? deps.deals.changedAfter(period.start, period.end, r.decidedAt) : 0;
    return {
      rule,
      title: say.t('award.ofPeriod', {
        name: awardName(rule.id, say),
        period: period ? say.period(period) : r.periodKey,
      }),
      winners: r.winners.map((w) => ({
        memberId: w.memberId,
        ...(w.detail ? { figure: w.detail } : { figureText: w.figureText ?? '' }),
      })),
      noWinnerReason: r.noWinnerReason,
      ...(changed ? { note: say.t('award.changedAfter', { count: changed }) } : {}),
    };
  });
  return awardsView(say.t('award.historyTitle'), lines, 'went', deps.settings.get(CURRENCY), say);
};

const toggle =
  (enabled: boolean): Handler =>
  async ({ caller, text }, deps, say) => {
    requireAdmin(deps, caller, enabled ? 'enableAwards' : 'disableAwards');
    const id = awardId(text.trim(), say);
    changeAwardRule(deps, caller.userId, id, { enabled });
    return textReply(say.t('award.switched', { name: awardName(id, say), enabled: enabled ? 'yes' : 'no' }));
  };

function problemText(problem: RuleChangeProblem, id: AwardId, say: Speaker): string {
  switch (problem.code) {
    case 'unknownField': {
      const field = problem.fields[0]!;
      return say.t('award.problem.unknownField', {
        name: awardName(id, say),
        fields: problem.fields.map((f) => `\`${f}\``).join(', '),
        id,
        field,
        value: field === 'period' ? 'quarter' : field === 'selfReported' ? 'allow' : 3,
      });
    }
    case 'badPeriod':
      return say.t('award.problem.badPeriod');
    case 'badChoice':
      return say.t('award.problem.badChoice', { id });
    case 'badNumber':
      return say.t('award.problem.badNumber', { field: problem.field, id });
  }
}

const set: Handler = async ({ caller, text }, deps, say) => {
  requireAdmin(deps, caller, 'awardRules');
  const [word, field = '', value = ''] = tokenize(text);
  const id = awardId(word, say);
  const changed = changeRule(awardRules(deps).find((r) => r.id === id)!, field, value);
  if ('problem' in changed) throw new UserFacingError(problemText(changed.problem, id, say));
  const { id: _id, ...fields } = changed.rule;
  const rule = changeAwardRule(deps, caller.userId, id, fields);
  return textReply(say.t('award.changed', { name: awardName(id, say), rule: ruleText(rule, say) }));
};

const SUBCOMMANDS: Record<string, Handler> = {
  '': leadersNow,
  rules: async (_input, deps, say) => rulesView(awardRules(deps), say),
  history,
  enable: toggle(true),
  disable: toggle(false),
  set,
};

/** Parse → use case → view, in the caller's language. */
const handleAward: CommandHandler = async (input, deps) => {
  const say = memberSpeaker(deps, input.caller.userId);
  const [, word = '', rest = ''] = /^(\S*)\s*([\s\S]*)$/.exec(input.text) ?? [];
  const handler = SUBCOMMANDS[word.toLowerCase()];
  if (!handler) throw new UserFacingError(say.t('award.try'));
  return handler({ ...input, text: rest.trim() }, deps, say);
};

export function registerAward(router: ListenerRouter, deps: AppDeps): void {
  registerCommand(router, deps, '/award', handleAward);
}
