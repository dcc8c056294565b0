/**
 * A commission plan: a base rate, optional marginal tiers by attainment, and a fixed bonus when the
 * stretch target is reached. Rates in basis points (500 = 5%), amounts in minor units.
 */
export interface CommissionPlan {
  baseRateBp: number;
  /** From this attainment (10,000 = 100% of target) upwards, sales earn `rateBp`. Ascending. */
  tiers: Array<{ fromAttainmentBp: number; rateBp: number }>;
  stretchBonus: number;
}

/**
 * Which part of the plan a line is, as data: the Slack layer names it in the reader's language
 * ("up to 100% of target", "目标 100% 以内"). Attainment in basis points, as in the plan.
 */
export type CommissionBand =
  | { kind: 'allSales' }
  | { kind: 'upTo'; attainmentBp: number }
  | { kind: 'above'; attainmentBp: number }
  | { kind: 'stretchBonus' };

export interface CommissionLine {
  band: CommissionBand;
  base: number;
  rateBp: number;
  amount: number;
}

export interface Commission {
  total: number;
  lines: CommissionLine[];
}

/** Rounds half up: amounts are integer cents × basis points / 10,000. */
const share = (amount: number, rateBp: number) =>
  Number((BigInt(amount) * BigInt(rateBp) + 5_000n) / 10_000n);

/**
 * What a member earned in a period. Tiers are marginal: with 5% up to 100% of target and 8% above,
 * sales up to the target earn 5% and only the part above it earns 8%. No target: base rate on all.
 */
export function commissionFor(
  plan: CommissionPlan,
  sales: { actual: number; target: number | null; stretch: number | null },
): Commission {
  // Refunds can make a period negative; commission is never taken back here (no clawbacks).
  const actual = Math.max(0, sales.actual);
  const { target } = sales;
  const lines: CommissionLine[] =
    !target || plan.tiers.length === 0
      ? [
          {
            band: { kind: 'allSales' },
            base: actual,
            rateBp: plan.baseRateBp,
            amount: share(actual, plan.baseRateBp),
          },
        ]
      : tieredLines(plan, actual, target);
  if (plan.stretchBonus > 0 && sales.stretch !== null && actual >= sales.stretch) {
    lines.push({ band: { kind: 'stretchBonus' }, base: 0, rateBp: 0, amount: plan.stretchBonus });
  }
  return { total: lines.reduce((a, l) => a + l.amount, 0), lines };
}

function tieredLines(plan: CommissionPlan, actual: number, target: number): CommissionLine[] {
  const bounds = plan.tiers.map((t) => ({
    from: share(target, t.fromAttainmentBp),
    rateBp: t.rateBp,
    band: { kind: 'above', attainmentBp: t.fromAttainmentBp } as CommissionBand,
  }));
  const bands = [
    {
      from: 0,
      rateBp: plan.baseRateBp,
      band: { kind: 'upTo', attainmentBp: plan.tiers[0]!.fromAttainmentBp } as CommissionBand,
    },
    ...bounds,
  ];
  const lines: CommissionLine[] = [];
  bands.forEach((band, i) => {
    const upper = bands[i + 1]?.from ?? Number.POSITIVE_INFINITY;
    const base = Math.max(0, Math.min(actual, upper) - band.from);
    if (base > 0)
      lines.push({ band: band.band, base, rateBp: band.rateBp, amount: share(base, band.rateBp) });
  });
  return lines;
}

/** What can be wrong with a plan, as codes the Slack layer puts in words. */
export type PlanError = 'rateRange' | 'tiersAscending' | 'bonusNegative';

/** Problems with a plan; empty when it is fine. */
export function planErrors(plan: CommissionPlan): PlanError[] {
  const errors: PlanError[] = [];
  const rates = [plan.baseRateBp, ...plan.tiers.map((t) => t.rateBp)];
  if (rates.some((r) => !Number.isInteger(r) || r < 0 || r > 10_000)) errors.push('rateRange');
  const froms = plan.tiers.map((t) => t.fromAttainmentBp);
  if (froms.some((f, i) => f <= 0 || (i > 0 && f <= froms[i - 1]!))) errors.push('tiersAscending');
  if (!Number.isSafeInteger(plan.stretchBonus) || plan.stretchBonus < 0) errors.push('bonusNegative');
  return errors;
}
