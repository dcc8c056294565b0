import { type CommissionPlan, planErrors } from '../../../../domain/commission.js';
import { parseAmount } from '../../../../domain/money.js';
import { memberSpeaker } from '../../../../services/language-settings.js';
import { COMMISSION_PLAN } from '../../../../services/recognition-settings.js';
import { CURRENCY } from '../../../../services/settings-service.js';
import { changeSetting } from '../../../../use-cases/team-setup.js';
import { tokenize } from '../../../command-text.js';
import { quoted } from '../../../mentions.js';
import { UserFacingError } from '../../../user-facing-error.js';
import { textReply } from '../../../views/blocks.js';
import { planErrorsText, planText } from '../../../views/commission-text.js';
import type { CommandHandler } from '../../command-listener.js';
import { requireAdmin } from './admin-guard.js';

const EXAMPLE = '`/pacer commission 5% above 100% 8% stretch-bonus 2,000`';

const percentBp = (word: string | undefined): number | null => {
  const m = /^(\d{1,3}(?:\.\d{1,2})?)%$/.exec(word ?? '');
  return m ? Math.round(Number(m[1]) * 100) : null;
};

/** `/pacer commission <base%> [above <N%> <rate%>]… [stretch-bonus <amount>]` or `off`. */
export const commission: CommandHandler = async ({ caller, text }, deps) => {
  const say = memberSpeaker(deps, caller.userId);
  const currency = deps.settings.get(CURRENCY);
  const example = { example: EXAMPLE };
  const words = tokenize(text);
  if (words.length === 0)
    return textReply(
      say.t('commission.show', {
        plan: planText(say, deps.settings.get(COMMISSION_PLAN), currency),
        ...example,
      }),
    );
  requireAdmin(deps, caller, 'commission');
  let plan: CommissionPlan | null = null;
  if (words[0]?.toLowerCase() !== 'off') {
    const base = percentBp(words[0]);
    if (base === null) throw new UserFacingError(say.t('commission.needBase', example));
    plan = { baseRateBp: base, tiers: [], stretchBonus: 0 };
    for (let i = 1; i < words.length; i++) {
      const word = words[i]!.toLowerCase();
      if (word === 'above') {
        const from = percentBp(words[++i]);
        const rate = percentBp(words[++i]);
        if (from === null || rate === null) throw new UserFacingError(say.t('commission.badTier', example));
        plan.tiers.push({ fromAttainmentBp: from, rateBp: rate });
      } else if (word === 'stretch-bonus') {
        const amount = parseAmount(words[++i] ?? '', currency);
        if (!amount.ok) throw new UserFacingError(say.t('commission.badBonus', example));
        plan.stretchBonus = amount.cents;
      } else {
        throw new UserFacingError(say.t('commission.unknownWord', { word: quoted(words[i]!), ...example }));
      }
    }
    const errors = planErrors(plan);
    if (errors.length)
      throw new UserFacingError(
        say.t('commission.badPlan', { problems: planErrorsText(say, errors), ...example }),
      );
  }
  changeSetting(deps, COMMISSION_PLAN, plan, caller.userId);
  return textReply(say.t('commission.saved', { plan: planText(say, plan, currency) }));
};
