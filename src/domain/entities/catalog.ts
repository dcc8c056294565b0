/** The two small lists a team names itself: regions and product lines. */
export type CatalogKind = 'region' | 'product';

export interface CatalogEntry {
  id: number;
  name: string;
  /** The name's identity for lookups (see customerKey): case, width and spacing do not count. */
  name_key: string;
  archived_at: string | null;
}
