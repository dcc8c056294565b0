import type { Period } from '../periods.js';
import type { DayOrigin, Derivation, PlannedPeriod } from './decompose.js';

/** Formats minor units for people, e.g. `(c) => formatMoney(c, 'USD')`. */
export type MoneyText = (cents: number) => string;

/**
 * How a target's amount came about, as data: the Slack layer says it in the reader's language
 * (src/slack/views/targets/explanation-text.ts), e.g. `Q1 2026 ($10,000,000) ÷ 3 months` or
 * `2026年第1季度（US$10,000,000）÷ 3 个月`. The domain decides the structure, never the words.
 */
export type Explanation =
  | { kind: 'explicit' }
  | { kind: 'step'; step: Step; parent?: { period: Period; explanation: Explanation } }
  | { kind: 'days'; origins: OriginCount[] }
  | { kind: 'rollUp'; period: Period; inside: Labelled[] };

/** A period with its amount, shown as `2026 ($12,000,000)`. */
export interface Labelled {
  period: Period;
  amount: number;
}

/** The parts a share is divided into. */
export type Unit = 'quarter' | 'month' | 'part';

/** Siblings set explicitly, taken out of the parent first; `amount` is what they add up to. */
export interface SetExplicitly {
  periods: Period[];
  amount: number;
}

/** What is shared: the parent, or the rest of it after the siblings set explicitly. */
export interface Whole {
  of: Labelled;
  after?: SetExplicitly;
}

export type Step =
  /** `whole ÷ parts units`; with one part just the whole. */
  | { rule: 'even'; whole: Whole; parts: number; unit: Unit }
  /** `whole × 21.4%, December's share of [Q4 ]2025 sales[ among the 2 months not set]`. */
  | {
      rule: 'seasonal';
      whole: Whole;
      period: Period;
      /** The quarter whose sales the share is of; absent when it is the whole year's. */
      within?: Period;
      lastYear: number;
      /** Tenths of a percent, rounded half up. */
      percentTenths: number;
      among?: { parts: number; unit: Unit };
    }
  /** `0, because X set explicitly already exceed the parent`. */
  | { rule: 'conflict'; set: SetExplicitly; of: Labelled };

/** `count` days of one origin. */
export type OriginCount =
  | { kind: 'explicit'; count: number; days: number; target: Labelled; scaled: boolean }
  | {
      kind: 'month';
      count: number;
      days: number;
      month: Labelled;
      working: boolean;
      /** Explicit weeks and days that fixed some of the month's days first, and what was left. */
      around?: { periods: Period[]; spread: number };
    };

const labelled = (node: PlannedPeriod): Labelled => ({ period: node.period, amount: node.amount });

/** How a year, quarter or month got its amount. */
export function explainPeriod(node: PlannedPeriod): Explanation {
  const d = node.derivation;
  if (node.source === 'explicit' || !d) return { kind: 'explicit' };
  const parent = d.parent.derivation;
  if (parent && isPlain(d, 'even') && isPlain(parent, 'even')) {
    // Even at both levels: say "a twelfth of the year", not "a third of a quarter of it".
    const parts = parent.sharedBy * d.sharedBy;
    return {
      kind: 'step',
      step: { rule: 'even', whole: { of: labelled(parent.parent) }, parts, unit: unitOf(node.period) },
    };
  }
  if (parent && isPlain(d, 'seasonal') && isPlain(parent, 'seasonal')) {
    // Months of a seasonal year: their share of the whole year, as the user thinks of it.
    return {
      kind: 'step',
      step: seasonalStep(
        node.period,
        parent.parent,
        { of: labelled(parent.parent) },
        d.weight,
        parent.totalWeight,
      ),
    };
  }
  const step = explainStep(node.period, d);
  if (!parent) return { kind: 'step', step };
  return { kind: 'step', step, parent: { period: d.parent.period, explanation: explainPeriod(d.parent) } };
}

function explainStep(period: Period, d: Derivation): Step {
  const set: SetExplicitly = {
    periods: d.takenOut.map((n) => n.period),
    amount: d.takenOut.reduce((a, n) => a + n.amount, 0),
  };
  if (d.conflict) return { rule: 'conflict', set, of: labelled(d.parent) };
  const whole: Whole = d.takenOut.length
    ? { of: labelled(d.parent), after: set }
    : { of: labelled(d.parent) };
  if (d.rule === 'even') return { rule: 'even', whole, parts: d.sharedBy, unit: unitOf(period) };
  const step = seasonalStep(period, d.parent, whole, d.weight, d.totalWeight);
  return d.takenOut.length ? { ...step, among: { parts: d.sharedBy, unit: unitOf(period) } } : step;
}

function seasonalStep(
  period: Period,
  parent: PlannedPeriod,
  whole: Whole,
  weight: number,
  totalWeight: number,
): Extract<Step, { rule: 'seasonal' }> {
  return {
    rule: 'seasonal',
    whole,
    period,
    ...(parent.period.kind === 'year' ? {} : { within: parent.period }),
    lastYear: Number(parent.period.start.slice(0, 4)) - 1,
    percentTenths: tenthsOfPercent(weight, totalWeight),
  };
}

/** A week's or day's amount as the sum of its days' shares, grouped by where they come from. */
export function explainDays(origins: readonly DayOrigin[]): Explanation {
  const counts = new Map<DayOrigin, number>();
  for (const o of origins) counts.set(o, (counts.get(o) ?? 0) + 1);
  return { kind: 'days', origins: [...counts].map(([o, count]) => originCount(o, count)) };
}

function originCount(o: DayOrigin, count: number): OriginCount {
  if (o.kind === 'explicit') {
    return { kind: 'explicit', count, days: o.days, target: labelled(o.target), scaled: o.scaled };
  }
  const base = { kind: 'month' as const, count, days: o.days, month: labelled(o.month), working: o.working };
  if (o.around.length === 0) return base;
  return { ...base, around: { periods: o.around.map((n) => n.period), spread: o.spread } };
}

/** A year, quarter or month with no target of its own or above it: it adds up what is set inside. */
export function explainRollUp(period: Period, inside: readonly PlannedPeriod[]): Explanation {
  return { kind: 'rollUp', period, inside: inside.map(labelled) };
}

function isPlain(d: Derivation, rule: Derivation['rule']): boolean {
  return d.rule === rule && d.takenOut.length === 0 && !d.conflict;
}

function unitOf(period: Period): Unit {
  return period.kind === 'quarter' ? 'quarter' : period.kind === 'month' ? 'month' : 'part';
}

/** `214` for 21.4%: exact integer maths, rounded half up to a tenth. */
function tenthsOfPercent(part: number, whole: number): number {
  return Number((BigInt(part) * 2000n + BigInt(whole)) / (2n * BigInt(whole)));
}
