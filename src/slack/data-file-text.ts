import type { ExportRequestError } from '../domain/data-files.js';
import type { ExternalDealIssue } from '../domain/deals/external-deal.js';
import type { MessageKey } from '../i18n/catalog.js';
import type { Speaker } from '../i18n/translator.js';
import type { DataExportError } from '../use-cases/data-export.js';
import type {
  ImportFileProblem,
  ImportPreview,
  ImportRowIssue,
  ImportWaiting,
} from '../use-cases/data-import.js';
import { escapeMrkdwn, truncate } from './mrkdwn.js';
import { problemText } from './problem-text.js';
import { truncateMrkdwn } from './views/fit.js';

/**
 * Export and import refusals in words (catalog `data-export`), in the reader's language. Everything
 * that came from the file or the command is escaped here, once, so the result is safe mrkdwn.
 */

const quoted = (text: string | number | undefined, max = 200) =>
  escapeMrkdwn(truncate(String(text ?? ''), max));

const EXPORT_EXAMPLE = '`/pacer export deals 2026-Q4 region:North`';

export function exportRequestText(say: Speaker, error: ExportRequestError): string {
  switch (error.code) {
    case 'noKind':
      return say.t('dataExport.noKind');
    case 'unknownKind':
      return say.t('dataExport.unknownKind', { word: quoted(error.word) });
    case 'unknownWord':
      return say.t('dataExport.unknownWord', { word: quoted(error.word) });
    case 'twice':
      return say.t('dataExport.twice', { word: quoted(error.word), example: EXPORT_EXAMPLE });
    case 'productOnlyForDeals':
      return say.t('dataExport.productOnlyForDeals');
    case 'deletedOnlyForDeals':
      return say.t('dataExport.deletedOnlyForDeals');
  }
}

export function exportErrorText(say: Speaker, error: DataExportError): string {
  const params = { name: quoted(error.params.name, 80), known: quoted(error.params.known, 300) || 'none' };
  return say.t(
    error.code === 'unknownRegion' ? 'dataExport.unknownRegion' : 'dataExport.unknownProduct',
    params,
  );
}

export function importFileProblemText(say: Speaker, problem: ImportFileProblem): string {
  switch (problem.code) {
    case 'tooLarge':
      return say.t('dataImport.file.tooLarge', { max: problem.maxBytes / 1024 / 1024 });
    case 'empty':
      return say.t('dataImport.file.empty');
    case 'unreadable':
      return say.t('dataImport.file.unreadable', { line: problem.line });
    case 'missingColumns':
      return say.t('dataImport.file.missingColumns', { columns: problem.columns });
    case 'duplicateColumn':
      return say.t('dataImport.file.duplicateColumn', { field: quoted(problem.column, 80) });
  }
}

const ISSUE_KEYS: Record<ExternalDealIssue['code'], MessageKey> = {
  required: 'dataImport.issue.required',
  notText: 'dataImport.issue.notText',
  externalIdTooLong: 'dataImport.issue.externalIdTooLong',
  externalIdControl: 'dataImport.issue.externalIdControl',
  closedOn: 'dataImport.issue.closedOn',
  owner: 'dataImport.issue.owner',
  customer: 'dataImport.issue.customer',
  amount: 'dataImport.issue.amount',
  currency: 'dataImport.issue.currency',
  name: 'dataImport.issue.name',
  note: 'dataImport.issue.note',
  ownerUnknown: 'dataImport.issue.ownerUnknown',
  ownerInactive: 'dataImport.issue.ownerInactive',
  productUnknown: 'dataImport.issue.productUnknown',
  regionUnknown: 'dataImport.issue.regionUnknown',
};

/**
 * One problem of an external deal (a CSV row, an API record) in words. The API can use it too,
 * with a speaker for the team's language; `issue.field` and `issue.code` stay the machine part.
 */
export function externalDealIssueText(say: Speaker, issue: ImportRowIssue): string {
  switch (issue.code) {
    case 'columnCount':
      return say.t('dataImport.issue.columnCount', issue.params);
    case 'duplicateInFile':
      return say.t('dataImport.issue.duplicateInFile', issue.params);
    case 'deletedDeal':
      return say.t('dataImport.issue.deletedDeal');
  }
  const params: Record<string, string | number> = { field: issue.field };
  for (const [name, value] of Object.entries(issue.params ?? {})) {
    params[name] = typeof value === 'number' ? value : quoted(value, name === 'known' ? 300 : 200);
  }
  if (issue.problem) params.cause = problemText(say, issue.problem);
  if (issue.code === 'closedOn' && !issue.problem) return say.t('dataImport.issue.closedOnText', params);
  if ((issue.code === 'productUnknown' || issue.code === 'regionUnknown') && !params.known)
    params.known = 'none';
  return say.t(ISSUE_KEYS[issue.code], params);
}

/** At most this many people named per line; the rest are counted ("and 12 more"). */
const NAMED_MAX = 20;

const mentions = (say: Speaker, ids: readonly string[]) => {
  const named = ids.slice(0, NAMED_MAX).map((id) => `<@${id}>`);
  if (ids.length > NAMED_MAX) named.push(say.t('fairPlay.moreWaiting', { count: ids.length - NAMED_MAX }));
  return named.join(', ');
};

/**
 * The rows of an import that wait (fair play) and for whom. `mode`: `preview` (nothing stored yet),
 * `asked` (stored, and the deciders DM'd), `stored` (stored by the CLI, nobody DM'd). Nothing when
 * none wait.
 */
export function importWaitingLines(
  say: Speaker,
  waiting: ImportWaiting,
  mode: 'preview' | 'asked' | 'stored',
): string[] {
  const lines: string[] = [];
  if (waiting.confirm > 0)
    lines.push(
      say.t('dataImport.waitingConfirm', {
        count: waiting.confirm,
        importMode: mode,
        members: mentions(say, waiting.owners),
      }),
    );
  if (waiting.approval > 0)
    lines.push(
      say.t('dataImport.waitingApproval', {
        count: waiting.approval,
        importMode: mode,
        approvers: mentions(say, waiting.approvers),
      }),
    );
  return lines;
}

/** Rows imported before that do not count: still waiting, or cancelled / rejected. */
export function importSeenLines(say: Speaker, preview: ImportPreview): string[] {
  const lines: string[] = [];
  if (preview.stillWaiting > 0) lines.push(say.t('dataImport.stillWaiting', { count: preview.stillWaiting }));
  if (preview.declined > 0) lines.push(say.t('dataImport.declined', { count: preview.declined }));
  return lines;
}

/** Rows in the file that are neither stored, nor waiting, nor decided against before: importable. */
export const freshRows = (preview: ImportPreview) =>
  preview.valid - preview.alreadyStored - preview.stillWaiting - preview.declined;

/**
 * The answer when a file brings nothing new: "already imported" only when every row is a stored
 * deal; rows that wait or were declined are said as they are.
 */
export function nothingNewText(say: Speaker, preview: ImportPreview): string {
  const seen = importSeenLines(say, preview);
  return seen.length === 0
    ? say.t('dataImport.nothingNew')
    : [say.t('dataImport.nothingToImport'), ...seen].join('\n');
}

/** The preview: totals, then each refused row with its number and reasons (as many as fit). */
export function importPreviewLines(
  say: Speaker,
  preview: ImportPreview,
  fileName: string,
  maxRows: number,
): string[] {
  const lines = [
    say.t('dataImport.preview', {
      file: quoted(fileName, 120),
      rows: preview.rows,
      count: preview.valid,
      // Every row imported before, counted or not; those that do not count are said below.
      stored: preview.alreadyStored + preview.stillWaiting + preview.declined,
      refused: preview.refused.length,
    }),
  ];
  lines.push(...importWaitingLines(say, preview.waiting, 'preview'), ...importSeenLines(say, preview));
  for (const refused of preview.refused.slice(0, maxRows)) {
    const reasons = refused.issues.map((issue) => externalDealIssueText(say, issue)).join(' ');
    lines.push(say.t('dataImport.refusedRow', { row: refused.row, reasons: truncateMrkdwn(reasons, 1_500) }));
  }
  if (preview.refused.length > maxRows) {
    lines.push(say.t('dataImport.moreRefused', { count: preview.refused.length - maxRows }));
  }
  return lines;
}
