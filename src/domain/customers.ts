import { type Problem, problem } from './problem.js';
import { hasControlCharacters } from './text.js';

export const MAX_CUSTOMER_NAME = 200;

// Pasted names often carry invisible characters; they must not make "Acme" and "Acme\u200b" two
// customers.
const INVISIBLE = /\u200b|\u200c|\u200d|\u2060|\ufeff/g;

// Bidi overrides and isolates can make a name display as something else than it is.
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;

/**
 * The identity of a customer name: case-, width- and space-insensitive, so "ACME corp ",
 * "Acme Corp" and "acme  CORP" are one customer. The name itself is stored as typed.
 */
export function customerKey(name: string): string {
  return name.normalize('NFKC').replace(INVISIBLE, '').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

/** What is wrong with the name (its words carry an example), or null when the name is fine. */
export function validateCustomerName(name: string): Problem | null {
  const clean = name.trim();
  if (!customerKey(clean)) return problem('customer.empty');
  // Characters as people count them, so a name in Chinese or with emoji is not cut short.
  const length = [...clean].length;
  if (length > MAX_CUSTOMER_NAME)
    return problem('customer.tooLong', { max: String(MAX_CUSTOMER_NAME), length: String(length) });
  if (hasControlCharacters(clean) || BIDI_CONTROLS.test(clean)) return problem('customer.control');
  return null;
}

/**
 * Up to `n` known names close to `query`, closest first, for "did you mean". A name counts as close
 * when it contains the query, or when few enough letters differ for a typo (a third of the
 * query's length, at least 2); names further off are left out, so nothing unrelated is suggested.
 */
export function closestNames(query: string, known: readonly string[], n = 3): string[] {
  const q = customerKey(query);
  if (!q) return [];
  const limit = Math.max(2, Math.floor([...q].length / 3));
  const seen = new Set<string>();
  const scored: Array<{ name: string; score: number }> = [];
  for (const name of known) {
    const key = customerKey(name);
    if (seen.has(key)) continue;
    seen.add(key);
    const distance = editDistance(q, key);
    if (key.includes(q)) scored.push({ name, score: Math.min(distance, 1) });
    else if (distance <= limit) scored.push({ name, score: distance });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.name.localeCompare(b.name, 'en'))
    .slice(0, n)
    .map((x) => x.name);
}

/** Levenshtein distance over code points. */
function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[y.length]!;
}
