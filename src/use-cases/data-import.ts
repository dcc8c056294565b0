import { createHash } from 'node:crypto';
import { CsvError, parse } from 'csv-parse/sync';
import { DELETED_COLUMN, MAX_FILE_BYTES, unguardCell } from '../domain/data-files.js';
import type { ResolvedExternalDeal } from '../domain/deals/external-deal.js';
import {
  dealFingerprint,
  EXTERNAL_DEAL_FIELDS,
  type ExternalDealContext,
  type ExternalDealField,
  type ExternalDealIssue,
  type ExternalDealLookups,
  type ExternalDealRecord,
  type OwnerCandidate,
} from '../domain/deals/external-deal.js';
import { type DealHistory, importedRowWaits } from '../domain/deals/fair-play.js';
import type { NewDeal } from '../domain/entities/deal.js';
import type { Member } from '../domain/entities/member.js';
import type { AuditRepository } from '../persistence/audit-repository.js';
import type { CatalogRepository } from '../persistence/catalog-repository.js';
import { type Db, inTransaction } from '../persistence/database.js';
import type { DealsRepository } from '../persistence/deals-repository.js';
import type { MembersRepository } from '../persistence/members-repository.js';
import type { PendingDealsRepository } from '../persistence/pending-deals-repository.js';
import { FAIR_PLAY } from '../services/fair-play-settings.js';
import type { SettingsService } from '../services/settings-service.js';
import { checkExternalDeal, externalDealContext, newDealFrom } from './external-deals.js';
import { approversOf, type DealGate, pendingInputOf, teamAdmins } from './fair-play.js';

export interface ImportDeps {
  db: Db;
  deals: Pick<DealsRepository, 'insertMany' | 'storedExternalIds'>;
  audit: Pick<AuditRepository, 'record'>;
  members: Pick<MembersRepository, 'all' | 'admins'>;
  pendingDeals: Pick<PendingDealsRepository, 'history' | 'add' | 'byExternalId' | 'reopen'>;
  /** PACER_ADMINS: with the admin members, they decide rows of reps without a manager. */
  config: { admins: readonly string[] };
  regions: Pick<CatalogRepository, 'list'>;
  products: Pick<CatalogRepository, 'list'>;
  settings: Pick<SettingsService, 'get'>;
  clock: { now(): Date };
}

/** Why a whole file is refused before any row is looked at. */
export type ImportFileProblem =
  | { code: 'tooLarge'; maxBytes: number }
  | { code: 'empty' }
  | { code: 'unreadable'; line: number }
  | { code: 'missingColumns'; columns: string }
  | { code: 'duplicateColumn'; column: string };

/** A row's problem beyond the record rules: the file itself says something is off. */
export type ImportRowIssue =
  | ExternalDealIssue
  | { field: 'row'; code: 'columnCount'; params: { expected: number; got: number } }
  | { field: 'external_id'; code: 'duplicateInFile'; params: { row: number } }
  | { field: typeof DELETED_COLUMN; code: 'deletedDeal' };

export interface RefusedRow {
  /** The row as a spreadsheet numbers it: the header is row 1. */
  row: number;
  issues: ImportRowIssue[];
}

/**
 * Valid rows that wait instead of counting (fair play, ADR 28): far above their owner's normal deals
 * (the owner confirms) or over the approval amount (the owner's manager decides).
 */
export interface ImportWaiting {
  /** Rows waiting for their owner's "Yes, log it", and those owners. */
  confirm: number;
  owners: string[];
  /** Rows waiting for approval, and who decides them. */
  approval: number;
  approvers: string[];
}

export interface ImportPreview {
  /** Data rows in the file. */
  rows: number;
  /** Rows that pass every rule (those that wait included). */
  valid: number;
  /** Valid rows, not stored before, that wait (or would wait) instead of counting. */
  waiting: ImportWaiting;
  /** Valid rows whose deal is already stored (same external_id or derived key): left as they are. */
  alreadyStored: number;
  /** Valid rows imported before that still wait for an answer: left as they are, not counted. */
  stillWaiting: number;
  /** Valid rows imported before that someone cancelled or rejected: not imported again. */
  declined: number;
  refused: RefusedRow[];
}

export type ImportOutcome =
  | { kind: 'fileRefused'; problem: ImportFileProblem }
  /** Nothing written: a dry run, or refused rows without skipInvalid. */
  | { kind: 'checked'; preview: ImportPreview; dryRun: boolean }
  | {
      kind: 'imported';
      preview: ImportPreview;
      created: number;
      unchanged: number;
      skipped: number;
      /** The rows stored as waiting by this import: whoever decides each is asked (Slack). */
      waiting: Array<Exclude<DealGate, { kind: 'log' }>>;
    };

export interface ImportOptions {
  /** Who imports (a Slack member ID, or `cli:<os user>`), for loggedBy and the audit entry. */
  actor: string;
  dryRun: boolean;
  /** Store the valid rows even when others are refused (they are reported, not stored). */
  skipInvalid: boolean;
  /** For the audit entry. */
  fileName: string;
}

const REQUIRED: readonly ExternalDealField[] = ['closed_on', 'owner', 'customer', 'amount'];

/** How a row without an external_id is recognised again: its content, counted within the file. */
export function derivedKey(fingerprint: string, occurrence: number): string {
  const hash = createHash('sha256').update(fingerprint).update(`#${occurrence}`).digest('hex');
  return `row-${hash.slice(0, 32)}`;
}

interface ParsedFile {
  header: string[];
  rows: Array<{ cells: string[]; row: number }>;
}

function parseFile(
  bytes: Buffer,
): { ok: true; file: ParsedFile } | { ok: false; problem: ImportFileProblem } {
  if (bytes.length > MAX_FILE_BYTES)
    return { ok: false, problem: { code: 'tooLarge', maxBytes: MAX_FILE_BYTES } };
  let records: string[][];
  try {
    records = parse(bytes, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines ?? 0;
      return { ok: false, problem: { code: 'unreadable', line } };
    }
    throw error;
  }
  const [head, ...body] = records;
  if (!head) return { ok: false, problem: { code: 'empty' } };
  const header = head.map((h) => h.trim().toLowerCase());
  const seen = new Set<string>();
  for (const column of header) {
    if (column && seen.has(column)) return { ok: false, problem: { code: 'duplicateColumn', column } };
    seen.add(column);
  }
  const missing = REQUIRED.filter((c) => !seen.has(c));
  if (missing.length > 0)
    return { ok: false, problem: { code: 'missingColumns', columns: missing.join(', ') } };
  // Rows are numbered as a spreadsheet shows them (header = 1); a blank line skipped shifts nothing
  // a spreadsheet would show either, as it has no empty records in the middle of a CSV.
  return { ok: true, file: { header, rows: body.map((cells, i) => ({ cells, row: i + 2 })) } };
}

/** The team's members and lists held in maps for the whole file: no query per row. */
function importLookups(deps: ImportDeps): ExternalDealLookups {
  const byId = new Map<string, OwnerCandidate>();
  const byEmail = new Map<string, OwnerCandidate>();
  for (const m of deps.members.all()) {
    const candidate = { userId: m.userId, active: !m.deleted && !m.isBot, regionId: m.regionId };
    byId.set(m.userId, candidate);
    const email = m.email?.toLowerCase();
    // An active member wins an email shared with a deactivated account.
    if (email && (!byEmail.has(email) || candidate.active)) byEmail.set(email, candidate);
  }
  return {
    ownerById: (id) => byId.get(id),
    ownerByEmail: (email) => byEmail.get(email),
    products: deps.products.list(),
    regions: deps.regions.list(),
    // History names reps who have left; they were members when they sold.
    allowInactiveOwner: true,
  };
}

/**
 * Imports historical deals from a CSV file (issue #14, ADR 22), under the same rules as `/deal`.
 * Every row is checked first; nothing is written unless all rows are valid (or `skipInvalid`), and
 * then all in one transaction with one audit entry. A row whose external_id (or, without one, whose
 * content) is already stored is left as it is, so importing a file again changes nothing. Imported
 * deals do not celebrate: nothing is posted.
 */
export function importDeals(
  deps: ImportDeps,
  bytes: Buffer,
  context: ExternalDealContext,
  options: ImportOptions,
): ImportOutcome {
  const parsed = parseFile(bytes);
  if (!parsed.ok) return { kind: 'fileRefused', problem: parsed.problem };
  const { header, rows } = parsed.file;
  const columns = new Map(header.map((name, i) => [name, i]));
  const deletedColumn = columns.get(DELETED_COLUMN);
  const lookups = importLookups(deps);
  const at = deps.clock.now();

  const refused: RefusedRow[] = [];
  const ready: NewDeal[] = [];
  const resolved = new Map<string, ResolvedExternalDeal>();
  const firstRowOf = new Map<string, number>();
  const occurrences = new Map<string, number>();
  for (const { cells, row } of rows) {
    if (cells.length !== header.length) {
      refused.push({
        row,
        issues: [
          { field: 'row', code: 'columnCount', params: { expected: header.length, got: cells.length } },
        ],
      });
      continue;
    }
    if (deletedColumn !== undefined && cells[deletedColumn]!.trim() !== '') {
      refused.push({ row, issues: [{ field: DELETED_COLUMN, code: 'deletedDeal' }] });
      continue;
    }
    const record: ExternalDealRecord = {};
    for (const field of EXTERNAL_DEAL_FIELDS) {
      const i = columns.get(field);
      if (i !== undefined) record[field] = unguardCell(cells[i]!);
    }
    const checked = checkExternalDeal(record, context, lookups);
    if (!checked.ok) {
      refused.push({ row, issues: checked.issues });
      continue;
    }
    let key = checked.deal.externalId;
    if (key === null) {
      // Identical rows are distinct deals (two equal sales on a day); the n-th copy keeps its key.
      const fingerprint = dealFingerprint(checked.deal);
      const n = (occurrences.get(fingerprint) ?? 0) + 1;
      occurrences.set(fingerprint, n);
      key = derivedKey(fingerprint, n);
    } else {
      const first = firstRowOf.get(key);
      if (first !== undefined) {
        refused.push({
          row,
          issues: [{ field: 'external_id', code: 'duplicateInFile', params: { row: first } }],
        });
        continue;
      }
      firstRowOf.set(key, row);
    }
    ready.push(
      newDealFrom(checked.deal, {
        currency: context.currency,
        loggedBy: options.actor,
        source: 'import',
        externalId: key,
      }),
    );
    resolved.set(key, checked.deal);
  }
  const stored = deps.deals.storedExternalIds(ready.map((d) => d.externalId!));
  // A row stored before as waiting (decided or not) is that row again: never a second one. One
  // that expired unanswered (nobody said no) is checked again as new, and waits again in place.
  const expired = new Map<string, number>();
  let stillWaiting = 0;
  let declined = 0;
  for (const d of ready) {
    const key = d.externalId!;
    // A row whose pending deal was confirmed or approved is a stored deal too.
    if (stored.has(key)) continue;
    const before = deps.pendingDeals.byExternalId(key);
    if (!before) continue;
    if (before.decision === 'expired') {
      expired.set(key, before.id);
      continue;
    }
    stored.add(key);
    if (before.decision === null) stillWaiting++;
    else if (before.decision === 'cancelled' || before.decision === 'rejected') declined++;
  }
  const alreadyStored = stored.size - stillWaiting - declined;
  const held = holdUnusual(deps, ready, stored, resolved, expired);
  const preview: ImportPreview = {
    rows: rows.length,
    valid: ready.length,
    alreadyStored,
    stillWaiting,
    declined,
    refused,
    waiting: held.summary,
  };
  if (options.dryRun || (refused.length > 0 && !options.skipInvalid)) {
    return { kind: 'checked', preview, dryRun: options.dryRun };
  }
  const fileHash = createHash('sha256').update(bytes).digest('hex');
  const { created, waiting } = inTransaction(deps.db, () => {
    // Deals already stored are left out here; insertMany checks each id again inside the transaction.
    const outcomes = deps.deals.insertMany(
      ready.filter((d) => !stored.has(d.externalId!) && !held.rows.has(d.externalId!)),
      at,
    );
    const waiting = [...held.rows.values()].map((row) => row.add(options.actor, at));
    const count = outcomes.filter((o) => o.created).length;
    // A file imported again changes nothing, the audit log included.
    if (count === 0 && waiting.length === 0) return { created: 0, waiting };
    deps.audit.record({
      at,
      actor: options.actor,
      action: 'deal.import',
      entity: 'import',
      entityId: fileHash.slice(0, 16),
      after: {
        file: options.fileName,
        sha256: fileHash,
        rows: rows.length,
        created: count,
        waiting: waiting.length,
        unchanged: ready.length - count - waiting.length,
        skipped: refused.length,
      },
    });
    return { created: count, waiting };
  });
  return {
    kind: 'imported',
    preview,
    created,
    unchanged: ready.length - created - waiting.length,
    skipped: refused.length,
    waiting,
  };
}

interface HeldRow {
  /** Stores the row as a pending deal (inside the import's transaction) and says who decides it. */
  add(actor: string, at: Date): Exclude<DealGate, { kind: 'log' }>;
}

/**
 * The new rows that wait (fair play, ADR 28), measured against each owner's history as stored before
 * the file; rows of the same file do not count towards it.
 */
function holdUnusual(
  deps: ImportDeps,
  ready: readonly NewDeal[],
  stored: ReadonlySet<string>,
  resolved: ReadonlyMap<string, ResolvedExternalDeal>,
  expired: ReadonlyMap<string, number>,
): { rows: Map<string, HeldRow>; summary: ImportWaiting } {
  const rules = deps.settings.get(FAIR_PLAY);
  const members = new Map(deps.members.all().map((m) => [m.userId, m]));
  // The same rule as a deal logged in Slack (approversOf): the admins are read once per file.
  const admins = teamAdmins(deps);
  const histories = new Map<string, DealHistory>();
  const historyOf = (memberId: string) => {
    const known = histories.get(memberId);
    if (known) return known;
    const h = deps.pendingDeals.history(memberId);
    histories.set(memberId, h);
    return h;
  };
  const rows = new Map<string, HeldRow>();
  const owners = new Set<string>();
  const approvers = new Set<string>();
  let confirm = 0;
  let approval = 0;
  for (const d of ready) {
    const key = d.externalId!;
    if (stored.has(key)) continue;
    const waits = importedRowWaits(d.amountCents, historyOf(d.memberId), rules);
    if (!waits) continue;
    const owner = members.get(d.memberId);
    const approverIds = approversOf(
      deps,
      { userId: d.memberId, managerId: owner?.managerId ?? null },
      admins,
    );
    // With nobody to approve it, holding the row would lose it: it is imported as it is.
    if (waits.kind === 'approval' && approverIds.length === 0) continue;
    // Imported deals never celebrate.
    const input = pendingInputOf(resolved.get(key)!, 'import', false);
    if (waits.kind === 'confirm') {
      confirm++;
      owners.add(d.memberId);
    } else {
      approval++;
      for (const a of approverIds) approvers.add(a);
    }
    rows.set(key, {
      add: (actor, at) => {
        const row = {
          kind: waits.kind,
          memberId: d.memberId,
          loggedBy: actor,
          amountCents: d.amountCents,
          input,
          reason: waits.kind === 'confirm' ? waits.unusual : null,
          externalId: key,
        };
        const again = expired.get(key);
        const pending =
          (again === undefined ? undefined : deps.pendingDeals.reopen(again, row, at)) ??
          deps.pendingDeals.add(row, at);
        return waits.kind === 'confirm'
          ? { kind: 'confirm', pending, unusual: waits.unusual }
          : { kind: 'approval', pending, approverIds };
      },
    });
  }
  return {
    rows,
    summary: { confirm, owners: [...owners].sort(), approval, approvers: [...approvers].sort() },
  };
}

/** Slack IDs named as owners that Pacer has not met, at most `max` (users.info is rate-limited). */
export function unknownOwnerIds(deps: Pick<ImportDeps, 'members'>, bytes: Buffer, max: number): string[] {
  const parsed = parseFile(bytes);
  if (!parsed.ok) return [];
  const column = parsed.file.header.indexOf('owner');
  const known = new Set(deps.members.all().map((m) => m.userId));
  const unknown = new Set<string>();
  for (const { cells } of parsed.file.rows) {
    const owner = cells[column]?.trim() ?? '';
    if (/^[UW][A-Z0-9]{2,}$/.test(owner) && !known.has(owner)) unknown.add(owner);
    if (unknown.size >= max) break;
  }
  return [...unknown];
}

/** How many members an import from Slack looks up in Slack before checking its rows. */
const LEARN_OWNERS = 100;

/**
 * An import from Slack (a CSV sent to Pacer's DM): admins only, then as `importDeals`. Owners named
 * by a Slack ID Pacer has not met yet are looked up first (users.info, up to 100 per file), so a new
 * Pacer can take the history of people who never used it. The caller is the audit entry's actor
 * and the one the deals are "logged by".
 */
export async function importDealsAs(
  deps: ImportDeps & {
    directory: { isAdmin(member: Member): boolean; ensure(userId: string): Promise<Member | null> };
  },
  caller: Member,
  bytes: Buffer,
  options: Omit<ImportOptions, 'actor'>,
): Promise<ImportOutcome | { kind: 'notAdmin' }> {
  if (!deps.directory.isAdmin(caller)) return { kind: 'notAdmin' };
  for (const id of unknownOwnerIds(deps, bytes, LEARN_OWNERS)) {
    // Slack not answering leaves the member unknown: their rows are refused and say why.
    await deps.directory.ensure(id).catch(() => null);
  }
  return importDeals(deps, bytes, externalDealContext(deps), { ...options, actor: caller.userId });
}
