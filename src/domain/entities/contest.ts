import type { StandingsCadence } from '../contests/contest.js';
import type { ContestRules } from '../contests/standings.js';

/** A contest as stored: its rules, and once it is over, the standings it announced. */
export interface Contest extends ContestRules {
  id: number;
  name: string;
  prize: string | null;
  standings: StandingsCadence;
  /** A manager's contest is among their reports; null is the whole team. */
  managerId: string | null;
  createdBy: string;
  createdAt: string;
  /** The result as announced (JSON of the use case's settled standings), once settled. */
  finalJson: string | null;
  settledAt: string | null;
}
