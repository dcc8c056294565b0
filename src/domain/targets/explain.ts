import { type Period, periodLabel } from '../periods.js';
import type { DayOrigin, Derivation, PlannedPeriod } from './decompose.js';

/** Formats minor units for people, e.g. `(c) => formatMoney(c, 'USD')`. */
export type MoneyText = (cents: number) => string;

/** How a year, quarter or month got its amount, e.g. `Q1 2026 (10,000,000.00) ÷ 3 months`. */
export function explainPeriod(node: PlannedPeriod, money?: MoneyText): string {
  const d = node.derivation;
  if (node.source === 'explicit' || !d) return 'set explicitly';
  const step = explainStep(node.period, d, money);
  const parent = d.parent.derivation;
  if (!parent) return step;
  if (isPlain(d, 'even') && isPlain(parent, 'even')) {
    // Even at both levels: say "a twelfth of the year", not "a third of a quarter of it".
    return `${labelled(parent.parent, money)} ÷ ${parent.sharedBy * d.sharedBy} ${units(node.period, 2)}`;
  }
  if (isPlain(d, 'seasonal') && isPlain(parent, 'seasonal')) {
    // Months of a seasonal year: their share of the whole year, as the user thinks of it.
    return seasonalStep(node.period, parent.parent, '', d.weight, parent.totalWeight, money);
  }
  return `${step}; ${periodLabel(d.parent.period)} is ${explainPeriod(d.parent, money)}`;
}

function explainStep(period: Period, d: Derivation, money?: MoneyText): string {
  const setSum = d.takenOut.reduce((a, n) => a + n.amount, 0);
  const set = `${list(d.takenOut.map((n) => periodLabel(n.period)))} set explicitly${amount(setSum, money)}`;
  if (d.conflict) {
    return `0, because ${set} already exceed ${labelled(d.parent, money)}`;
  }
  const whole = d.takenOut.length
    ? `the rest of ${labelled(d.parent, money)} after ${set},`
    : labelled(d.parent, money);
  if (d.rule === 'even') {
    return d.sharedBy === 1
      ? whole.replace(/,$/, '')
      : `${whole} ÷ ${d.sharedBy} ${units(period, d.sharedBy)}`;
  }
  const among = d.takenOut.length ? ` among the ${d.sharedBy} ${units(period, d.sharedBy)} not set` : '';
  return seasonalStep(period, d.parent, whole, d.weight, d.totalWeight, money) + among;
}

/** `2026 (14,000,000.00) × 21.4%, December's share of 2025 sales`. */
function seasonalStep(
  period: Period,
  parent: PlannedPeriod,
  whole: string,
  weight: number,
  totalWeight: number,
  money?: MoneyText,
): string {
  const lastYear = Number(parent.period.start.slice(0, 4)) - 1;
  const short = (p: Period) => (p.kind === 'quarter' ? p.key.slice(5) : periodLabel(p).split(' ')[0]);
  const scope = parent.period.kind === 'year' ? '' : `${short(parent.period)} `;
  const from = whole || labelled(parent, money);
  return `${from} × ${percent(weight, totalWeight)}, ${short(period)}'s share of ${scope}${lastYear} sales`;
}

/**
 * A week's or day's amount as the sum of its days' shares, grouped by where they come from, e.g.
 * `3 of the 22 working days of September 2026 (…) + 2 of the 22 working days of October 2026 (…)`.
 */
export function explainDays(origins: readonly DayOrigin[], money?: MoneyText): string {
  const counts = new Map<DayOrigin, number>();
  for (const o of origins) counts.set(o, (counts.get(o) ?? 0) + 1);
  const parts = [...counts].map(([o, n]) => explainOrigin(o, n, money));
  if (parts.length === 0) return 'no day in it carries a share of the target';
  return parts.length === 1 ? parts[0]! : `the sum of its days' shares: ${parts.join(' + ')}`;
}

function explainOrigin(o: DayOrigin, count: number, money?: MoneyText): string {
  if (o.kind === 'explicit') {
    const how = o.scaled ? ', scaled to what those days would otherwise carry' : '';
    return `${count} of the ${o.days} days of ${labelled(o.target, money)}, set explicitly${how}`;
  }
  const days = o.working ? 'working days' : 'days';
  const odd = o.working ? '' : ', which has no working days';
  if (o.around.length === 0) return `${count} of the ${o.days} ${days} of ${labelled(o.month, money)}${odd}`;
  const left = money ? ` (${money(o.spread)} of ${money(o.month.amount)})` : '';
  const around = list(o.around.map((n) => periodLabel(n.period)));
  const month = `${periodLabel(o.month.period)}${odd}`;
  return `${count} of the ${o.days} ${days} of ${month} left after ${around} set explicitly${left}`;
}

/** A year, quarter or month with no target of its own or above it: it adds up what is set inside. */
export function explainRollUp(period: Period, inside: readonly PlannedPeriod[], money?: MoneyText): string {
  return `no target is set for ${periodLabel(period)} itself; this adds up its days' shares of ${list(
    inside.map((n) => labelled(n, money)),
  )}`;
}

function isPlain(d: Derivation, rule: Derivation['rule']): boolean {
  return d.rule === rule && d.takenOut.length === 0 && !d.conflict;
}

function labelled(node: PlannedPeriod, money?: MoneyText): string {
  return `${periodLabel(node.period)}${amount(node.amount, money)}`;
}

function amount(cents: number, money?: MoneyText): string {
  return money ? ` (${money(cents)})` : '';
}

function units(period: Period, n: number): string {
  const word = period.kind === 'quarter' ? 'quarter' : period.kind === 'month' ? 'month' : 'part';
  return n === 1 ? word : `${word}s`;
}

/** `27.5%`: exact integer maths, rounded half up to a tenth. */
function percent(part: number, whole: number): string {
  const tenths = (BigInt(part) * 2000n + BigInt(whole)) / (2n * BigInt(whole));
  return `${tenths / 10n}.${tenths % 10n}%`;
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
