import type { AppDeps } from '../../../app-deps.js';
import { findCatalogEntry } from '../../../use-cases/team-setup.js';

/**
 * `region:<name>` or `product:<name>` in a command, read against the active regions and product
 * lines (refused with the known names and `example` when unknown); null when the word is neither.
 */
export function readSliceFilter(
  word: string,
  deps: Pick<AppDeps, 'regions' | 'products'>,
  example: string,
): { kind: 'region' | 'product'; entry: { id: number; name: string } } | null {
  if (!/^(region|product):/i.test(word)) return null;
  const kind = word.toLowerCase().startsWith('region') ? 'region' : 'product';
  const catalog = kind === 'region' ? deps.regions : deps.products;
  return { kind, entry: findCatalogEntry(catalog, word.slice(kind.length + 1), example) };
}
