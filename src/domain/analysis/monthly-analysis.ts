/**
 * The monthly analysis as plain figures: what changed against the previous period and the same
 * period last year, who moved most, and who is furthest from target with what they said about it.
 * Amounts are integer minor units; nothing here reads the clock, SQL or Slack.
 */

/** Sales of one slice (the team, a region, a product line or a member) over one period. */
export interface Figures {
  revenueCents: number;
  deals: number;
  /** Customers whose first deal ever falls in the period. */
  newCustomers: number;
}

export const NO_FIGURES: Figures = { revenueCents: 0, deals: 0, newCustomers: 0 };

/** A change in revenue: the difference, and the ratio in basis points (null when there was nothing before). */
export interface Change {
  deltaCents: number;
  basisPoints: number | null;
}

export function changeOf(current: number, before: number): Change {
  const deltaCents = current - before;
  return { deltaCents, basisPoints: before > 0 ? Math.round((deltaCents * 10_000) / before) : null };
}

/** Attainment in basis points of the target (10,000 = 100 %), or null without a target. */
export function attainment(actual: number, target: number | null): number | null {
  if (target === null || target <= 0) return null;
  return Math.round((actual * 10_000) / target);
}

/** Deals with customers already won before the period: every new customer brought exactly one first deal. */
export function existingCustomerDeals(f: Figures): number {
  return Math.max(0, f.deals - f.newCustomers);
}

export function addFigures(a: Figures, b: Figures): Figures {
  return {
    revenueCents: a.revenueCents + b.revenueCents,
    deals: a.deals + b.deals,
    newCustomers: a.newCustomers + b.newCustomers,
  };
}

/** One slice as the analysis shows it: now, before, a year ago, and its target for the period. */
export interface SliceLine {
  key: string;
  current: Figures;
  previous: Figures;
  lastYear: Figures;
  target: number | null;
  stretch: number | null;
  vsPrevious: Change;
  vsLastYear: Change;
  attainment: number | null;
}

export function sliceLine(
  key: string,
  current: Figures,
  previous: Figures,
  lastYear: Figures,
  target: { amount: number; stretch: number | null } | null,
): SliceLine {
  return {
    key,
    current,
    previous,
    lastYear,
    target: target?.amount ?? null,
    stretch: target?.stretch ?? null,
    vsPrevious: changeOf(current.revenueCents, previous.revenueCents),
    vsLastYear: changeOf(current.revenueCents, lastYear.revenueCents),
    attainment: attainment(current.revenueCents, target?.amount ?? null),
  };
}

/**
 * Slices ordered for reading: the largest revenue first, ties by key so the order never wobbles;
 * slices with nothing now, before, a year ago and no target are left out.
 */
export function orderedSlices(lines: readonly SliceLine[]): SliceLine[] {
  return lines
    .filter(
      (l) =>
        l.current.deals + l.previous.deals + l.lastYear.deals > 0 ||
        l.current.revenueCents !== 0 ||
        l.target !== null,
    )
    .sort(
      (a, b) =>
        b.current.revenueCents - a.current.revenueCents || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
}

export interface Mover {
  memberId: string;
  currentCents: number;
  previousCents: number;
  deltaCents: number;
}

/**
 * The members with the largest rise and the largest fall in revenue against the previous period,
 * at most `limit` each; a member who did not move is neither. Ties go to the member id, for a
 * stable order.
 */
export function topMovers(
  current: ReadonlyMap<string, number>,
  previous: ReadonlyMap<string, number>,
  limit: number,
): { rises: Mover[]; falls: Mover[] } {
  const ids = new Set([...current.keys(), ...previous.keys()]);
  const all: Mover[] = [...ids].map((memberId) => {
    const currentCents = current.get(memberId) ?? 0;
    const previousCents = previous.get(memberId) ?? 0;
    return { memberId, currentCents, previousCents, deltaCents: currentCents - previousCents };
  });
  const byId = (a: Mover, b: Mover) => (a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0);
  const rises = all
    .filter((m) => m.deltaCents > 0)
    .sort((a, b) => b.deltaCents - a.deltaCents || byId(a, b))
    .slice(0, limit);
  const falls = all
    .filter((m) => m.deltaCents < 0)
    .sort((a, b) => a.deltaCents - b.deltaCents || byId(a, b))
    .slice(0, limit);
  return { rises, falls };
}

/** What a rep said in the period's check-ins, as read from their answers. */
export interface CheckinWord {
  roundKey: string;
  confidence: number | null;
  lowConfidence: boolean;
  blocker: string | null;
}

export interface Gap {
  memberId: string;
  actualCents: number;
  targetCents: number;
  gapCents: number;
  /** Blockers and low confidence from the period's check-ins, latest first. */
  reasons: CheckinWord[];
}

/**
 * The members furthest short of their target for the period, the largest gap first, at most
 * `limit`; a member at or above target has no gap. Their check-in words that say something (a
 * blocker or low confidence) come along, latest round first.
 */
export function largestGaps(
  members: ReadonlyArray<{ memberId: string; actualCents: number; targetCents: number }>,
  words: (memberId: string) => readonly CheckinWord[],
  limit: number,
): Gap[] {
  return members
    .filter((m) => m.targetCents > m.actualCents)
    .map((m) => ({ ...m, gapCents: m.targetCents - m.actualCents }))
    .sort((a, b) => b.gapCents - a.gapCents || (a.memberId < b.memberId ? -1 : 1))
    .slice(0, limit)
    .map((m) => ({
      ...m,
      reasons: words(m.memberId)
        .filter((w) => w.blocker !== null || w.lowConfidence)
        .sort((a, b) => (a.roundKey < b.roundKey ? 1 : a.roundKey > b.roundKey ? -1 : 0)),
    }));
}
