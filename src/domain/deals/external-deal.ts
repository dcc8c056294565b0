import { customerKey, validateCustomerName } from '../customers.js';
import { parseAmount } from '../money.js';
import type { Problem } from '../problem.js';
import { hasControlCharacters } from '../text.js';
import type { LocalDate } from '../time.js';
import { resolveClosedOn } from './closed-on.js';
import { noteProblem } from './deal-command.js';

/**
 * A deal that comes from outside Slack: a CSV row, a REST API body, a CRM webhook (issue #14). One
 * set of rules for all of them, the same as `/deal`'s: amount, close date, customer, note, product
 * line, region, and an owner who is a member Pacer knows. Reading is two steps: `readExternalDeal`
 * checks the record on its own (grammar), `resolveExternalDeal` checks it against the team's lists.
 * Both report every problem of the record at once, each with its field, as codes (no words here).
 */

/** Where a deal came from; stored in deals.source and shown next to the deal. */
export const DEAL_SOURCES = ['slack', 'import', 'api', 'hubspot'] as const;
export type DealSource = (typeof DEAL_SOURCES)[number];

/** The fields of an external deal, named as in the CSV header and the API's JSON (a contract). */
export const EXTERNAL_DEAL_FIELDS = [
  'external_id',
  'closed_on',
  'owner',
  'customer',
  'amount',
  'currency',
  'product',
  'region',
  'note',
] as const;
export type ExternalDealField = (typeof EXTERNAL_DEAL_FIELDS)[number];

/** A record as it arrived: anything in any field (CSV gives strings, JSON may give numbers or null). */
export type ExternalDealRecord = Partial<Record<ExternalDealField, unknown>>;

export const MAX_EXTERNAL_ID = 200;
/** Region and product line names, as `/pacer region add` allows them. */
export const MAX_CATALOG_NAME = 80;

/** The owner as the record names them: a Slack member ID, or an email (lower-cased). */
export type OwnerRef = { kind: 'slack'; userId: string } | { kind: 'email'; email: string };

/** A record that passed `readExternalDeal`: typed, trimmed, amount in minor units. */
export interface ExternalDeal {
  externalId: string | null;
  closedOn: LocalDate;
  owner: OwnerRef;
  customerName: string;
  cents: number;
  product: string | null;
  region: string | null;
  note: string | null;
}

export const EXTERNAL_DEAL_ISSUES = [
  /** A required field is missing or empty. */
  'required',
  /** Not a string (or, for amount, a number). */
  'notText',
  'externalIdTooLong',
  'externalIdControl',
  /** `problem` says what (closedOn.*); params.text when it is not YYYY-MM-DD. */
  'closedOn',
  /** Neither a Slack member ID (U…/W…) nor an email; params.text. */
  'owner',
  /** `problem` says what (customer.*). */
  'customer',
  /** `problem` says what (amount.*). */
  'amount',
  /** params.given, params.currency: another currency than the team's. */
  'currency',
  /** A product or region name that is too long or has control characters; params.max. */
  'name',
  /** `problem` says what (note.*). */
  'note',
  /** params.owner: nobody Pacer knows by that ID or email. */
  'ownerUnknown',
  /** params.owner: a deactivated member or a bot. */
  'ownerInactive',
  /** params.name, params.known (the active names, comma-separated, may be empty). */
  'productUnknown',
  'regionUnknown',
] as const;
export type ExternalDealIssueCode = (typeof EXTERNAL_DEAL_ISSUES)[number];

export interface ExternalDealIssue {
  field: ExternalDealField;
  code: ExternalDealIssueCode;
  params?: Readonly<Record<string, string | number>>;
  /** The deeper reason, for amount, closed_on, customer and note: the same problems as `/deal`. */
  problem?: Problem;
}

export type ExternalDealRead = { ok: true; value: ExternalDeal } | { ok: false; issues: ExternalDealIssue[] };

export interface ExternalDealContext {
  /** Today in the team's timezone: no deal closes after it. */
  today: LocalDate;
  /** The team's one currency. */
  currency: string;
}

// A file of history repeats the same few hundred dates: each is checked against the calendar once
// per context (the context object is the cache's key, so "today" is part of it).
const closedOnMemo = new WeakMap<ExternalDealContext, Map<string, ReturnType<typeof resolveClosedOn>>>();

function closedOnIn(context: ExternalDealContext, date: string): ReturnType<typeof resolveClosedOn> {
  let memo = closedOnMemo.get(context);
  if (!memo) {
    memo = new Map();
    closedOnMemo.set(context, memo);
  }
  let resolved = memo.get(date);
  if (!resolved) {
    resolved = resolveClosedOn(date, context.today);
    if (memo.size < 10_000) memo.set(date, resolved);
  }
  return resolved;
}

const SLACK_ID = /^[UW][A-Z0-9]{2,}$/;
const MENTION = /^<@([UW][A-Z0-9]{2,})(?:\|[^>]*)?>$/;
// Deliberately loose (the member list decides who exists); only shapes that cannot be an address fail.
const EMAIL = /^[^\s@<>,;]+@[^\s@<>,;]+\.[^\s@<>,;]+$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

type Text = { ok: true; value: string | null } | { ok: false; issue: ExternalDealIssue };

/** A field as trimmed text; null when absent or blank. Numbers are read only where allowed. */
function text(record: ExternalDealRecord, field: ExternalDealField, numbers = false): Text {
  const raw = record[field];
  if (raw === undefined || raw === null) return { ok: true, value: null };
  if (typeof raw === 'number' && numbers) {
    // String(1e21) is "1e+21", which the amount rules refuse as an exponent: no float is rounded.
    return Number.isFinite(raw)
      ? { ok: true, value: String(raw) }
      : { ok: false, issue: { field, code: 'notText' } };
  }
  if (typeof raw !== 'string') return { ok: false, issue: { field, code: 'notText' } };
  const value = raw.trim();
  return { ok: true, value: value === '' ? null : value };
}

/** Reads one record on its own: every problem found, or the deal. */
export function readExternalDeal(record: ExternalDealRecord, context: ExternalDealContext): ExternalDealRead {
  const issues: ExternalDealIssue[] = [];
  const field = (name: ExternalDealField, numbers = false): string | null => {
    const read = text(record, name, numbers);
    if (read.ok) return read.value;
    issues.push(read.issue);
    return null;
  };
  const required = (name: ExternalDealField, numbers = false): string | null => {
    const present = record[name] !== undefined && record[name] !== null;
    const value = field(name, numbers);
    if (value === null && (!present || typeof record[name] === 'string'))
      issues.push({ field: name, code: 'required' });
    return value;
  };

  const externalId = field('external_id');
  if (externalId !== null) {
    if ([...externalId].length > MAX_EXTERNAL_ID)
      issues.push({ field: 'external_id', code: 'externalIdTooLong', params: { max: MAX_EXTERNAL_ID } });
    else if (hasControlCharacters(externalId))
      issues.push({ field: 'external_id', code: 'externalIdControl' });
  }

  let closedOn: LocalDate | null = null;
  const date = required('closed_on');
  if (date !== null) {
    if (!ISO_DATE.test(date)) {
      issues.push({ field: 'closed_on', code: 'closedOn', params: { text: date } });
    } else {
      const resolved = closedOnIn(context, date);
      if (resolved.ok) closedOn = resolved.date;
      else issues.push({ field: 'closed_on', code: 'closedOn', problem: resolved.problem });
    }
  }

  let owner: OwnerRef | null = null;
  const ownerText = required('owner');
  if (ownerText !== null) {
    const mention = MENTION.exec(ownerText);
    if (SLACK_ID.test(ownerText)) owner = { kind: 'slack', userId: ownerText };
    else if (mention?.[1]) owner = { kind: 'slack', userId: mention[1] };
    else if (EMAIL.test(ownerText)) owner = { kind: 'email', email: ownerText.toLowerCase() };
    else issues.push({ field: 'owner', code: 'owner', params: { text: ownerText } });
  }

  const customer = required('customer');
  if (customer !== null) {
    const invalid = validateCustomerName(customer);
    if (invalid) issues.push({ field: 'customer', code: 'customer', problem: invalid });
  }

  const currency = field('currency');
  if (currency !== null && currency.toUpperCase() !== context.currency) {
    issues.push({
      field: 'currency',
      code: 'currency',
      params: { given: currency, currency: context.currency },
    });
  }

  let cents: number | null = null;
  const amount = required('amount', true);
  if (amount !== null) {
    const parsed = parseAmount(amount, context.currency);
    if (parsed.ok) cents = parsed.cents;
    else issues.push({ field: 'amount', code: 'amount', problem: parsed.problem });
  }

  const names: Partial<Record<'product' | 'region', string>> = {};
  for (const key of ['product', 'region'] as const) {
    const name = field(key);
    if (name === null) continue;
    if ([...name].length > MAX_CATALOG_NAME || hasControlCharacters(name)) {
      issues.push({ field: key, code: 'name', params: { max: MAX_CATALOG_NAME } });
    } else names[key] = name;
  }

  const note = field('note');
  if (note !== null) {
    const invalid = noteProblem(note);
    if (invalid) issues.push({ field: 'note', code: 'note', problem: invalid });
  }

  if (issues.length > 0 || closedOn === null || owner === null || customer === null || cents === null) {
    return { ok: false, issues };
  }
  return {
    ok: true,
    value: {
      externalId,
      closedOn,
      owner,
      customerName: customer,
      cents,
      product: names.product ?? null,
      region: names.region ?? null,
      note,
    },
  };
}

/** A member as far as owning an external deal goes. */
export interface OwnerCandidate {
  userId: string;
  /** Not deactivated in Slack and not a bot. */
  active: boolean;
  /** The region a deal without one gets, as with `/deal`. */
  regionId: number | null;
}

/** The team's lists, as the caller holds them (looked up once per import, not once per row). */
export interface ExternalDealLookups {
  ownerById(userId: string): OwnerCandidate | undefined;
  ownerByEmail(email: string): OwnerCandidate | undefined;
  /** Active product lines and regions. */
  products: ReadonlyArray<{ id: number; name: string }>;
  regions: ReadonlyArray<{ id: number; name: string }>;
  /**
   * History may name reps who have since left: an import allows them, live sources (API, webhooks)
   * do not, as `/deal` does not.
   */
  allowInactiveOwner?: boolean;
}

/** A deal ready to store: owner, product line and region as ids. */
export interface ResolvedExternalDeal extends ExternalDeal {
  memberId: string;
  productId: number | null;
  regionId: number | null;
}

export type ExternalDealResolve =
  | { ok: true; value: ResolvedExternalDeal }
  | { ok: false; issues: ExternalDealIssue[] };

/** How many known names an "unknown product" issue carries. */
const KNOWN_NAMES = 10;

// Each list's entries by name key, built once per list: an import resolves 100,000 rows against it.
const keyed = new WeakMap<
  ReadonlyArray<{ id: number; name: string }>,
  Map<string, { id: number; name: string }>
>();

function findByName(
  list: ReadonlyArray<{ id: number; name: string }>,
  name: string,
): { id: number; name: string } | undefined {
  let byKey = keyed.get(list);
  if (!byKey) {
    byKey = new Map();
    for (const entry of list) {
      const key = customerKey(entry.name);
      if (!byKey.has(key)) byKey.set(key, entry);
    }
    keyed.set(list, byKey);
  }
  return byKey.get(customerKey(name));
}

function knownNames(list: ReadonlyArray<{ name: string }>): string {
  return list
    .slice(0, KNOWN_NAMES)
    .map((entry) => entry.name)
    .join(', ');
}

/** Checks a read deal against the team: its owner, product line and region must exist. */
export function resolveExternalDeal(deal: ExternalDeal, lookups: ExternalDealLookups): ExternalDealResolve {
  const issues: ExternalDealIssue[] = [];
  const ownerText = deal.owner.kind === 'slack' ? deal.owner.userId : deal.owner.email;
  const owner =
    deal.owner.kind === 'slack'
      ? lookups.ownerById(deal.owner.userId)
      : lookups.ownerByEmail(deal.owner.email);
  if (!owner) issues.push({ field: 'owner', code: 'ownerUnknown', params: { owner: ownerText } });
  else if (!owner.active && !lookups.allowInactiveOwner)
    issues.push({ field: 'owner', code: 'ownerInactive', params: { owner: ownerText } });

  let productId: number | null = null;
  if (deal.product !== null) {
    const found = findByName(lookups.products, deal.product);
    if (found) productId = found.id;
    else
      issues.push({
        field: 'product',
        code: 'productUnknown',
        params: { name: deal.product, known: knownNames(lookups.products) },
      });
  }
  let regionId: number | null = owner?.regionId ?? null;
  if (deal.region !== null) {
    const found = findByName(lookups.regions, deal.region);
    if (found) regionId = found.id;
    else
      issues.push({
        field: 'region',
        code: 'regionUnknown',
        params: { name: deal.region, known: knownNames(lookups.regions) },
      });
  }
  if (issues.length > 0 || !owner) return { ok: false, issues };
  return { ok: true, value: { ...deal, memberId: owner.userId, productId, regionId } };
}

/**
 * What makes two records without an external_id the same deal, for a stable key derived from the
 * row: the resolved owner (an email and the member's Slack ID give the same key), the customer's
 * identity, amount, close date, product line, region and note. The caller hashes it.
 */
export function dealFingerprint(deal: ResolvedExternalDeal): string {
  return JSON.stringify([
    deal.memberId,
    customerKey(deal.customerName),
    deal.cents,
    deal.closedOn,
    deal.productId,
    deal.regionId,
    deal.note ?? '',
  ]);
}
