import type { CommissionBand, CommissionPlan, PlanError } from '../../domain/commission.js';
import type { MessageKey } from '../../i18n/catalog.js';
import type { Speaker } from '../../i18n/translator.js';

/** Attainment and rates are basis points in the plan; people read percent (10,000 → 100). */
const percent = (bp: number) => bp / 100;

/** The part of a member's sales a commission line covers, in the reader's language. */
export function bandName(say: Speaker, band: CommissionBand): string {
  switch (band.kind) {
    case 'allSales':
      return say.t('commission.band.allSales');
    case 'stretchBonus':
      return say.t('commission.band.stretchBonus');
    case 'upTo':
      return say.t('commission.band.upTo', { attainment: percent(band.attainmentBp) });
    case 'above':
      return say.t('commission.band.above', { attainment: percent(band.attainmentBp) });
  }
}

/** The plan in one sentence: base rate, each tier, the stretch bonus; or that there is none. */
export function planText(say: Speaker, plan: CommissionPlan | null, currency: string): string {
  if (!plan) return say.t('commission.none');
  const tiers = plan.tiers.map((t) =>
    say.t('commission.tier', { rate: percent(t.rateBp), attainment: percent(t.fromAttainmentBp) }),
  );
  return say.t('commission.plan', {
    rate: percent(plan.baseRateBp),
    hasTiers: tiers.length ? 'yes' : 'no',
    tiers: tiers.join(say.locale === 'en' ? ', ' : '，'),
    hasBonus: plan.stretchBonus ? 'yes' : 'no',
    amount: say.money(plan.stretchBonus, currency),
  });
}

const PLAN_ERRORS: Record<PlanError, MessageKey> = {
  rateRange: 'commission.problem.rateRange',
  tiersAscending: 'commission.problem.tiersAscending',
  bonusNegative: 'commission.problem.bonusNegative',
};

/** What is wrong with a plan, each problem in words, joined as the language lists them. */
export function planErrorsText(say: Speaker, errors: readonly PlanError[]): string {
  return errors.map((e) => say.t(PLAN_ERRORS[e])).join(say.locale === 'en' ? '; ' : '；');
}
