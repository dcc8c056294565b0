import type { MoneyText } from './explain.js';

export type GrowthError = 'growth_too_low' | 'stretch_below_base' | 'no_history';

/** One line of arithmetic, in parts so a reply can lay it out: `10,000,000.00 × 1.30 = 13,000,000.00`. */
export interface GrowthStep {
  level: 'base' | 'stretch';
  from: string;
  factor: string;
  result: string;
}

export type GrowthResult =
  | { ok: true; base: number; stretch: number | null; steps: GrowthStep[]; arithmetic: string[] }
  | { ok: false; error: GrowthError };

// Percent is taken to 4 decimals: the factor is an integer number of millionths.
const MILLION = 1_000_000n;

/**
 * A target from last year's actual and a growth rate in percent (decimals allowed: 12.5; a decline
 * above -100% too): `last × (1 + N%)`, and the stretch likewise, each rounded half up to the minor
 * unit in integer arithmetic. Refuses growth at or below -100% (no target left), a stretch below the
 * base, and a last year with nothing to grow from. `format` shows amounts in the arithmetic; the
 * default assumes two decimals.
 */
export function growthTarget(
  lastYearActual: number,
  growthPercent: number,
  stretchPercent: number | null = null,
  format: MoneyText = twoDecimals,
): GrowthResult {
  if (!Number.isFinite(growthPercent) || growthPercent <= -100) return { ok: false, error: 'growth_too_low' };
  if (stretchPercent !== null && !(stretchPercent >= growthPercent)) {
    return { ok: false, error: 'stretch_below_base' };
  }
  if (!Number.isSafeInteger(lastYearActual)) throw new RangeError(`not an amount: ${lastYearActual}`);
  if (lastYearActual <= 0) return { ok: false, error: 'no_history' };
  const step = (level: GrowthStep['level'], percent: number) => {
    const millionths = MILLION + BigInt(Math.round(percent * 10_000));
    const result = (BigInt(lastYearActual) * millionths + MILLION / 2n) / MILLION;
    if (result > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('growth target too large');
    const amount = Number(result);
    const text = {
      level,
      from: format(lastYearActual),
      factor: factorText(millionths),
      result: format(amount),
    };
    return { amount, text };
  };
  const base = step('base', growthPercent);
  const stretch = stretchPercent === null ? null : step('stretch', stretchPercent);
  const steps = stretch ? [base.text, stretch.text] : [base.text];
  return {
    ok: true,
    base: base.amount,
    stretch: stretch?.amount ?? null,
    steps,
    arithmetic: steps.map(
      (s) => `${s.from} × ${s.factor} = ${s.result}${s.level === 'stretch' ? ' (stretch)' : ''}`,
    ),
  };
}

/** `1.30`, `1.125`, `0.80`: at least two decimals, more only when the rate has them. */
function factorText(millionths: bigint): string {
  const fraction = (millionths % MILLION).toString().padStart(6, '0').replace(/0+$/, '').padEnd(2, '0');
  return `${millionths / MILLION}.${fraction}`;
}

function twoDecimals(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = BigInt(Math.abs(cents));
  const whole = new Intl.NumberFormat('en-US').format(abs / 100n);
  return `${sign}${whole}.${(abs % 100n).toString().padStart(2, '0')}`;
}

/** A stretch target `percent` above the base (`+40%` on 12,000,000.00 is 16,800,000.00), half up to the cent. */
export function stretchFromPercent(baseCents: number, percent: number): number {
  return Number((BigInt(baseCents) * BigInt(Math.round((100 + percent) * 100)) + 5_000n) / 10_000n);
}
