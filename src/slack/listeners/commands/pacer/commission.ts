import { type CommissionPlan, planErrors } from '../../../../domain/commission.js';
import { formatMoney, parseAmount } from '../../../../domain/money.js';
import { COMMISSION_PLAN } from '../../../../services/recognition-settings.js';
import { CURRENCY } from '../../../../services/settings-service.js';
import { changeSetting } from '../../../../use-cases/team-setup.js';
import { tokenize } from '../../../command-text.js';
import { UserFacingError } from '../../../user-facing-error.js';
import { textReply } from '../../../views/blocks.js';
import type { CommandHandler } from '../../command-listener.js';
import { requireAdmin } from './admin-guard.js';

const EXAMPLE = '`/pacer commission 5% above 100% 8% stretch-bonus 2,000`';

const percentBp = (word: string | undefined): number | null => {
  const m = /^(\d{1,3}(?:\.\d{1,2})?)%$/.exec(word ?? '');
  return m ? Math.round(Number(m[1]) * 100) : null;
};

export function describePlan(plan: CommissionPlan | null, currency: string): string {
  if (!plan) return 'No commission plan is set.';
  const tiers = plan.tiers.map(
    (t) => `${t.rateBp / 100}% on sales above ${t.fromAttainmentBp / 100}% of target`,
  );
  const bonus = plan.stretchBonus ? `, plus ${formatMoney(plan.stretchBonus, currency)} at stretch` : '';
  return `Commission: ${plan.baseRateBp / 100}% of sales${tiers.length ? ` up to the first tier, ${tiers.join(', ')}` : ''}${bonus}.`;
}

/** `/pacer commission <base%> [above <N%> <rate%>]… [stretch-bonus <amount>]` or `off`. */
export const commission: CommandHandler = async ({ caller, text }, deps) => {
  const currency = deps.settings.get(CURRENCY);
  const words = tokenize(text);
  if (words.length === 0)
    return textReply(`${describePlan(deps.settings.get(COMMISSION_PLAN), currency)} Change with ${EXAMPLE}.`);
  requireAdmin(deps, caller, 'commission');
  let plan: CommissionPlan | null = null;
  if (words[0]?.toLowerCase() !== 'off') {
    const base = percentBp(words[0]);
    if (base === null) throw new UserFacingError(`Start with the base rate, e.g. ${EXAMPLE}.`);
    plan = { baseRateBp: base, tiers: [], stretchBonus: 0 };
    for (let i = 1; i < words.length; i++) {
      const word = words[i]!.toLowerCase();
      if (word === 'above') {
        const from = percentBp(words[++i]);
        const rate = percentBp(words[++i]);
        if (from === null || rate === null)
          throw new UserFacingError(`A tier is \`above <attainment>% <rate>%\`, e.g. ${EXAMPLE}.`);
        plan.tiers.push({ fromAttainmentBp: from, rateBp: rate });
      } else if (word === 'stretch-bonus') {
        const amount = parseAmount(words[++i] ?? '', currency);
        if (!amount.ok) throw new UserFacingError(`Give the stretch bonus as an amount, e.g. ${EXAMPLE}.`);
        plan.stretchBonus = amount.cents;
      } else throw new UserFacingError(`I don't understand “${words[i]}”. E.g. ${EXAMPLE}.`);
    }
    const errors = planErrors(plan);
    if (errors.length)
      throw new UserFacingError(`That plan does not work: ${errors.join('; ')}. E.g. ${EXAMPLE}.`);
  }
  changeSetting(deps, COMMISSION_PLAN, plan, caller.userId);
  return textReply(
    `${describePlan(plan, currency)} Each member sees only their own figure in \`/target\` and \`/leaderboard\`.`,
  );
};
