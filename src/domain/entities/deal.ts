import type { DealSource } from '../deals/external-deal.js';
import type { LocalDate } from '../time.js';

/** A logged deal, as every layer sees it (persistence/deals-repository.ts reads and writes it). */
export interface Deal {
  id: number;
  memberId: string;
  customerId: number;
  customerName: string;
  amountCents: number;
  currency: string;
  closedOn: LocalDate;
  productId: number | null;
  regionId: number | null;
  note: string | null;
  loggedBy: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  deletedBy: string | null;
  /** This deal is its customer's first (by close date, then id) among deals not deleted. */
  isNewCustomer: boolean;
  /** The id the deal has in the system it came from (CSV, API, CRM); null for deals typed in Slack. */
  externalId: string | null;
  source: DealSource;
}

export interface NewDeal {
  memberId: string;
  customerName: string;
  amountCents: number;
  currency: string;
  closedOn: LocalDate;
  productId: number | null;
  regionId: number | null;
  note: string | null;
  loggedBy: string;
  idempotencyKey: string | null;
  /** Unique where given: a second deal with the same external id is the first one (ADR 22). */
  externalId?: string | null;
  /** 'slack' unless given. */
  source?: DealSource;
}

export type DealChange = Partial<Omit<NewDeal, 'loggedBy' | 'idempotencyKey' | 'currency'>>;

/** Filters for totals: an inclusive date range and optional slices. */
export interface DealScope {
  from: LocalDate;
  to: LocalDate;
  memberId?: string;
  regionId?: number;
  productId?: number;
}

export interface Totals {
  revenueCents: number;
  deals: number;
  newCustomers: number;
}

export interface MemberTotals extends Totals {
  memberId: string;
}
