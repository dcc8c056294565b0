import { hasControlCharacters } from './text.js';

/** Case- and space-insensitive identity of a customer name: "ACME corp " = "Acme Corp". */
export function customerKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

export const MAX_CUSTOMER_NAME = 200;

/** A problem with the name in words, or null when it is fine. */
export function validateCustomerName(name: string): string | null {
  const clean = name.trim();
  if (!clean) return 'Name the customer, e.g. `/deal 12,500 Acme Corp`.';
  if (clean.length > MAX_CUSTOMER_NAME) {
    return `A customer name is at most ${MAX_CUSTOMER_NAME} characters (this one has ${clean.length}). Try: \`/deal 12,500 Acme Corp\`.`;
  }
  if (hasControlCharacters(clean))
    return 'The customer name has control characters in it. Type it plainly, e.g. `/deal 12,500 Acme Corp`.';
  return null;
}

/** The known names closest to `query`, for "did you mean". */
export function closestNames(query: string, known: string[], n = 3): string[] {
  const q = customerKey(query);
  return known
    .map((name) => ({
      name,
      d: editDistance(q, customerKey(name)) - (customerKey(name).includes(q) ? 2 : 0),
    }))
    .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name))
    .slice(0, n)
    .map((x) => x.name);
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}
