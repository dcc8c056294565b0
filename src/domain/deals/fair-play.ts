/**
 * Fair play for deals (issue 15): a deal far above normal is asked about before it counts, and a team
 * can have large deals approved by a manager first. Pure rules: the caller gives the figures.
 */
export interface FairPlayRules {
  /** Ask when a deal is over this many times the rep's median deal; null: never on this ground. */
  medianMultiple: number | null;
  /** Ask when a deal is above the team's largest deal so far. */
  aboveTeamLargest: boolean;
  /** Deals over this amount (minor units) wait for a manager's approval; null: no approval. */
  approvalOverCents: number | null;
}

export const DEFAULT_FAIR_PLAY: FairPlayRules = {
  medianMultiple: 10,
  aboveTeamLargest: true,
  approvalOverCents: null,
};

/** Why a deal is unusual, with the figures the question shows the rep. */
export type Unusual =
  | { reason: 'above_median'; medianCents: number; multiple: number; times: number }
  | { reason: 'above_team_largest'; largestCents: number };

/**
 * Where the median sits among `count` amounts sorted ascending: the middle one, the lower middle for
 * an even count (an amount that exists, exact in cents). Null for no amounts.
 */
export function medianOffset(count: number): number | null {
  return count > 0 ? Math.floor((count - 1) / 2) : null;
}

/**
 * How much history a comparison needs. A median of one or two deals says little about a rep, and in a
 * team's first weeks nearly every deal is its largest so far: asking then would teach people to click
 * "yes" without reading.
 */
export const MIN_REP_DEALS = 3;
export const MIN_TEAM_DEALS = 20;

/** What a deal is measured against: the rep's live deals and the team's (counted up to MIN_TEAM_DEALS). */
export interface DealHistory {
  repDeals: number;
  repMedianCents: number | null;
  teamDeals: number;
  teamLargestCents: number | null;
}

/**
 * Whether a deal of `amountCents` is far above normal: over `medianMultiple` times the rep's median
 * deal (once they have MIN_REP_DEALS), or above the largest deal the team has logged (once it has
 * MIN_TEAM_DEALS).
 */
export function unusualDeal(amountCents: number, history: DealHistory, rules: FairPlayRules): Unusual | null {
  const { repMedianCents, teamLargestCents } = history;
  if (
    rules.medianMultiple !== null &&
    repMedianCents !== null &&
    history.repDeals >= MIN_REP_DEALS &&
    amountCents > repMedianCents * rules.medianMultiple
  )
    return {
      reason: 'above_median',
      medianCents: repMedianCents,
      multiple: rules.medianMultiple,
      // Whole times, rounded down, so "12× your median" is never an overstatement.
      times: Math.floor(amountCents / repMedianCents),
    };
  if (
    rules.aboveTeamLargest &&
    teamLargestCents !== null &&
    history.teamDeals >= MIN_TEAM_DEALS &&
    amountCents > teamLargestCents
  )
    return { reason: 'above_team_largest', largestCents: teamLargestCents };
  return null;
}

/**
 * Whether a deal waits for a manager: over the approval amount, unless whoever logs it could approve
 * it themselves (the owner's manager or an admin logging it for them).
 */
export function needsApproval(amountCents: number, rules: FairPlayRules, loggerMayApprove: boolean): boolean {
  return rules.approvalOverCents !== null && amountCents > rules.approvalOverCents && !loggerMayApprove;
}

/**
 * An edit is looked at like a new deal only when it raises the amount: a lower or equal amount
 * cannot make a deal unusual. `beforeCents` null: a new deal.
 */
export function unusualChange(
  beforeCents: number | null,
  afterCents: number,
  history: DealHistory,
  rules: FairPlayRules,
): Unusual | null {
  if (beforeCents !== null && afterCents <= beforeCents) return null;
  return unusualDeal(afterCents, history, rules);
}

/**
 * Whether a deal (or a change to one) waits for a manager: only when it crosses the approval amount.
 * A deal already over it was approved, or logged by someone who could approve it, so raising it
 * further is not asked again, unless the change gives it to someone else (`ownerChanged`): what was
 * approved was that rep's deal, and moving $150,000 onto another rep's board is a new claim their
 * manager has not seen.
 */
export function changeNeedsApproval(
  beforeCents: number | null,
  afterCents: number,
  rules: FairPlayRules,
  loggerMayApprove: boolean,
  ownerChanged = false,
): boolean {
  if (beforeCents !== null && !ownerChanged && needsApproval(beforeCents, rules, false)) return false;
  return needsApproval(afterCents, rules, loggerMayApprove);
}

/**
 * A row of a CSV import (ADR 28): checked like an API deal, against the history stored before the
 * file. Nobody vouched for each row, so an import approves nothing: a row over the approval amount
 * waits for the owner's manager whoever imports it. Null: it is imported as it is.
 */
export function importedRowWaits(
  amountCents: number,
  history: DealHistory,
  rules: FairPlayRules,
): { kind: 'confirm'; unusual: Unusual } | { kind: 'approval' } | null {
  const unusual = unusualDeal(amountCents, history, rules);
  if (unusual) return { kind: 'confirm', unusual };
  return needsApproval(amountCents, rules, false) ? { kind: 'approval' } : null;
}
