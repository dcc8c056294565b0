import { EXTERNAL_DEAL_FIELDS } from './deals/external-deal.js';
import { type Period, parsePeriod } from './periods.js';

/**
 * The CSV files Pacer writes and reads (issue #14, ADR 22). Column names are a contract with
 * spreadsheets and other tools, so they stay English whatever the reader's language; everything else
 * a person reads comes from the catalog.
 */

export const EXPORT_KINDS = ['deals', 'targets', 'kudos', 'csat', 'checkins'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** The header of each export, in order. A deals file can be imported again as it is. */
export const EXPORT_COLUMNS: Record<ExportKind, readonly string[]> = {
  deals: EXTERNAL_DEAL_FIELDS,
  targets: [
    'scope',
    'scope_id',
    'scope_name',
    'period',
    'amount',
    'stretch',
    'currency',
    'split',
    'note',
    'set_by',
    'set_at',
  ],
  kudos: ['given_on', 'giver', 'receiver', 'reason', 'channel'],
  csat: ['recorded_on', 'customer', 'owner', 'score', 'comment', 'recorded_by'],
  checkins: ['round', 'member', 'due_at', 'answered_at', 'question', 'answer'],
};

/** Added after the deal columns only when deleted deals were asked for; import refuses such rows. */
export const DELETED_COLUMN = 'deleted_at';

/** Larger files are refused before they are read (Slack download, CLI, API body alike). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

// A spreadsheet runs a cell that starts with one of these as a formula (CSV injection); a tab or a
// carriage return at the start is how some tools smuggle one past a naive check.
const FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * The cell as written to a file: a leading `'` makes a spreadsheet show it as text. Cells that
 * already start with quotes before such a character get one more, so `unguardCell` is its exact
 * inverse and an export imports back to the same text.
 */
export function guardCell(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** The text a guarded cell stands for. */
export function unguardCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell) ? cell.slice(1) : cell;
}

export interface ExportRequest {
  kind: ExportKind;
  period: Period | null;
  region: string | null;
  product: string | null;
  /** Deals only: soft-deleted deals too, with a deleted_at column. */
  includeDeleted: boolean;
}

export type ExportRequestError =
  | { code: 'noKind' }
  | { code: 'unknownKind'; word: string }
  | { code: 'unknownWord'; word: string }
  | { code: 'twice'; word: string }
  | { code: 'productOnlyForDeals' }
  | { code: 'deletedOnlyForDeals' };

export type ExportRequestRead = { ok: true; value: ExportRequest } | { ok: false; error: ExportRequestError };

const OPTION = /^(region|product):(?:"([^"]*)"|(\S+))\s*/i;

/**
 * Reads `<kind> [period] [region:<name>] [product:<name>] [deleted]`, as `/pacer export` and
 * `npm run export` take it. A name with spaces goes in quotes: `region:"North America"`.
 */
export function parseExportRequest(text: string): ExportRequestRead {
  const fail = (error: ExportRequestError): ExportRequestRead => ({ ok: false, error });
  let rest = text.trim();
  const [kindWord = ''] = rest.split(/\s+/, 1);
  if (!kindWord) return fail({ code: 'noKind' });
  const kind = EXPORT_KINDS.find((k) => k === kindWord.toLowerCase());
  if (!kind) return fail({ code: 'unknownKind', word: kindWord });
  rest = rest.slice(kindWord.length).trim();
  const request: ExportRequest = { kind, period: null, region: null, product: null, includeDeleted: false };
  while (rest) {
    const option = OPTION.exec(rest);
    if (option) {
      const key = option[1]!.toLowerCase() as 'region' | 'product';
      if (request[key] !== null) return fail({ code: 'twice', word: `${key}:` });
      request[key] = (option[2] ?? option[3] ?? '').trim() || null;
      rest = rest.slice(option[0].length);
      continue;
    }
    const [word = ''] = rest.split(/\s+/, 1);
    rest = rest.slice(word.length).trim();
    const period = parsePeriod(word);
    if (period) {
      if (request.period) return fail({ code: 'twice', word: 'period' });
      request.period = period;
    } else if (/^(deleted|include-deleted|--deleted)$/i.test(word)) {
      request.includeDeleted = true;
    } else return fail({ code: 'unknownWord', word });
  }
  if (request.product !== null && kind !== 'deals' && kind !== 'targets')
    return fail({ code: 'productOnlyForDeals' });
  if (request.includeDeleted && kind !== 'deals') return fail({ code: 'deletedOnlyForDeals' });
  return { ok: true, value: request };
}

/** `pacer-deals-2026-11.csv`, `pacer-kudos-all.csv`: what the file is, from its name alone. */
export function exportFileName(request: ExportRequest): string {
  return `pacer-${request.kind}-${request.period?.key ?? 'all'}.csv`;
}
