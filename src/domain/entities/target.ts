export type ScopeKind = 'team' | 'member' | 'region' | 'product';

/** What a target is for: the team, one member, a region or a product line. */
export interface TargetScope {
  kind: ScopeKind;
  /** '' for the team, a Slack user id, or a region / product line id as text. */
  id: string;
}

export interface StoredTarget {
  id: number;
  scope: TargetScope;
  periodKey: string;
  amountCents: number;
  stretchCents: number | null;
  split: 'even' | 'seasonal';
  note: string | null;
  setBy: string;
  setAt: string;
}

export interface TargetInput {
  scope: TargetScope;
  periodKey: string;
  amountCents: number;
  stretchCents: number | null;
  split: 'even' | 'seasonal';
  note: string | null;
}
