export type GrowthError = 'growth_too_low' | 'stretch_below_base' | 'no_history';

/**
 * One line of arithmetic, in parts so a reply can lay it out in its language:
 * `$10,000,000 × 1.30 = $13,000,000`. Amounts in minor units; the factor as digits.
 */
export interface GrowthStep {
  level: 'base' | 'stretch';
  from: number;
  factor: string;
  result: number;
}

export type GrowthResult =
  | { ok: true; base: number; stretch: number | null; steps: GrowthStep[] }
  | { ok: false; error: GrowthError };

// Percent is taken to 4 decimals: the factor is an integer number of millionths.
const MILLION = 1_000_000n;

/**
 * A target from last year's actual and a growth rate in percent (decimals allowed: 12.5; a decline
 * above -100% too): `last × (1 + N%)`, and the stretch likewise, each rounded half up to the minor
 * unit in integer arithmetic. Refuses growth at or below -100% (no target left), a stretch below the
 * base, and a last year with nothing to grow from.
 */
export function growthTarget(
  lastYearActual: number,
  growthPercent: number,
  stretchPercent: number | null = null,
): GrowthResult {
  if (!Number.isFinite(growthPercent) || growthPercent <= -100) return { ok: false, error: 'growth_too_low' };
  if (stretchPercent !== null && !(stretchPercent >= growthPercent)) {
    return { ok: false, error: 'stretch_below_base' };
  }
  if (!Number.isSafeInteger(lastYearActual)) throw new RangeError(`not an amount: ${lastYearActual}`);
  if (lastYearActual <= 0) return { ok: false, error: 'no_history' };
  const step = (level: GrowthStep['level'], percent: number): GrowthStep => {
    const millionths = MILLION + BigInt(Math.round(percent * 10_000));
    const result = (BigInt(lastYearActual) * millionths + MILLION / 2n) / MILLION;
    if (result > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('growth target too large');
    return { level, from: lastYearActual, factor: factorText(millionths), result: Number(result) };
  };
  const base = step('base', growthPercent);
  const stretch = stretchPercent === null ? null : step('stretch', stretchPercent);
  return {
    ok: true,
    base: base.result,
    stretch: stretch?.result ?? null,
    steps: stretch ? [base, stretch] : [base],
  };
}

/** `1.30`, `1.125`, `0.80`: at least two decimals, more only when the rate has them. */
function factorText(millionths: bigint): string {
  const fraction = (millionths % MILLION).toString().padStart(6, '0').replace(/0+$/, '').padEnd(2, '0');
  return `${millionths / MILLION}.${fraction}`;
}

/** A stretch target `percent` above the base (`+40%` on 12,000,000.00 is 16,800,000.00), half up to the cent. */
export function stretchFromPercent(baseCents: number, percent: number): number {
  return Number((BigInt(baseCents) * BigInt(Math.round((100 + percent) * 100)) + 5_000n) / 10_000n);
}
