import { stringify } from 'csv-stringify/sync';
import type { AppDeps } from '../app-deps.js';
import {
  DELETED_COLUMN,
  EXPORT_COLUMNS,
  type ExportRequest,
  exportFileName,
  guardCell,
} from '../domain/data-files.js';
import type { Member } from '../domain/entities/member.js';
import { plainAmount } from '../domain/money.js';
import { parsePeriod } from '../domain/periods.js';
import { isAdmin } from '../domain/permissions.js';
import type { CatalogRepository } from '../persistence/catalog-repository.js';
import { ExportRepository, type MemberFilter, type RangeFilter } from '../persistence/export-repository.js';
import type { MembersRepository } from '../persistence/members-repository.js';
import type { SettingsService } from '../services/settings-service.js';
import { CURRENCY } from '../services/settings-service.js';

/** What an export needs: read-only, so `npm run export` can run it on a read-only connection. */
export interface ExportDeps {
  exports: ExportRepository;
  members: Pick<MembersRepository, 'reportsOf'>;
  regions: Pick<CatalogRepository, 'find' | 'list'>;
  products: Pick<CatalogRepository, 'find' | 'list'>;
  settings: Pick<SettingsService, 'get'>;
  config: { admins: readonly string[] };
}

/** Who the file is for: the command line sees everything, a member what they may read. */
export type ExportReader = { kind: 'operator' } | { kind: 'member'; member: Member };

/** A refusal the Slack layer (or the CLI) puts into words. */
export class DataExportError extends Error {
  constructor(
    readonly code: 'unknownRegion' | 'unknownProduct',
    readonly params: { name: string; known: string },
  ) {
    super(`${code}: ${params.name}`);
    this.name = 'DataExportError';
  }
}

export interface ExportFile {
  fileName: string;
  /** UTF-8 with a BOM (Excel then reads Chinese names right), CRLF line ends, RFC 4180 quoting. */
  content: Buffer;
  rows: number;
}

/**
 * Whose rows a reader gets: admins everyone's, managers their own and their reports', reps their
 * own. Check-in answers follow the same line (canReadAnswers: the member, their manager, admins).
 */
export function visibleMembers(
  deps: Pick<ExportDeps, 'members' | 'config'>,
  reader: ExportReader,
): MemberFilter {
  if (reader.kind === 'operator') return null;
  const { member } = reader;
  if (isAdmin(member, deps.config.admins)) return null;
  if (member.role === 'manager')
    return [member.userId, ...deps.members.reportsOf(member.userId).map((m) => m.userId)];
  return [member.userId];
}

function catalogId(
  list: Pick<CatalogRepository, 'find' | 'list'>,
  name: string | null,
  code: 'unknownRegion' | 'unknownProduct',
): number | null {
  if (name === null) return null;
  const found = list.find(name);
  if (found) return found.id;
  const known = list
    .list()
    .slice(0, 10)
    .map((e) => e.name)
    .join(', ');
  throw new DataExportError(code, { name, known });
}

const text = (value: string | number | null | undefined): string =>
  value === null || value === undefined ? '' : guardCell(String(value));

/** The CSV file for a request, with only what the reader may see. */
export function exportData(deps: ExportDeps, reader: ExportReader, request: ExportRequest): ExportFile {
  const filter: RangeFilter = {
    from: request.period?.start ?? null,
    to: request.period?.end ?? null,
    regionId: catalogId(deps.regions, request.region, 'unknownRegion'),
    productId: catalogId(deps.products, request.product, 'unknownProduct'),
    members: visibleMembers(deps, reader),
  };
  const header = [...EXPORT_COLUMNS[request.kind]];
  const records: string[][] = [];
  switch (request.kind) {
    case 'deals':
      if (request.includeDeleted) header.push(DELETED_COLUMN);
      for (const d of deps.exports.deals(filter, request.includeDeleted)) {
        const row = [
          d.external_id,
          d.closed_on,
          d.member_id,
          d.customer,
          plainAmount(d.amount_cents, d.currency),
          d.currency,
          d.product,
          d.region,
          d.note,
        ].map(text);
        if (request.includeDeleted) row.push(text(d.deleted_at));
        records.push(row);
      }
      break;
    case 'targets':
      records.push(...targetRows(deps, filter, request));
      break;
    case 'kudos':
      for (const k of deps.exports.kudos(filter))
        records.push([k.given_on, k.giver_id, k.receiver_id, k.reason, k.channel_id].map(text));
      break;
    case 'csat':
      for (const s of deps.exports.csat(filter))
        records.push([s.recorded_on, s.customer, s.member_id, s.score, s.comment, s.recorded_by].map(text));
      break;
    case 'checkins':
      for (const c of deps.exports.checkins(filter)) {
        const answers = JSON.parse(c.answers_json) as Record<string, string | number>;
        const labels = new Map(
          (c.questions_json
            ? (JSON.parse(c.questions_json) as Array<{ id: string; label: string }>)
            : []
          ).map((q) => [q.id, q.label]),
        );
        for (const [id, answer] of Object.entries(answers)) {
          records.push(
            [c.round_key, c.member_id, c.due_at, c.answered_at, labels.get(id) ?? id, answer].map(text),
          );
        }
      }
      break;
  }
  const csv = stringify([header, ...records], { bom: true, record_delimiter: 'windows' });
  return { fileName: exportFileName(request), content: Buffer.from(csv, 'utf8'), rows: records.length };
}

function targetRows(deps: ExportDeps, filter: RangeFilter, request: ExportRequest): string[][] {
  const currency = deps.settings.get(CURRENCY);
  const visible = filter.members === null ? null : new Set(filter.members);
  const rows: string[][] = [];
  for (const t of deps.exports.targets()) {
    // Shared targets (team, region, product line) are on `/target` for everyone; a member's own only
    // for those who may see that member.
    if (t.scope_kind === 'member' && visible && !visible.has(t.scope_id)) continue;
    if (request.period) {
      const period = parsePeriod(t.period_key);
      if (!period || period.end < request.period.start || period.start > request.period.end) continue;
    }
    if (filter.regionId !== null) {
      const inRegion =
        (t.scope_kind === 'region' && Number(t.scope_id) === filter.regionId) ||
        (t.scope_kind === 'member' && t.member_region_id === filter.regionId);
      if (!inRegion) continue;
    }
    if (filter.productId !== null && !(t.scope_kind === 'product' && Number(t.scope_id) === filter.productId))
      continue;
    rows.push(
      [
        t.scope_kind,
        t.scope_id,
        t.scope_name,
        t.period_key,
        plainAmount(t.amount_cents, currency),
        t.stretch_cents === null ? null : plainAmount(t.stretch_cents, currency),
        currency,
        t.split,
        t.note,
        t.set_by,
        t.set_at,
      ].map(text),
    );
  }
  return rows;
}

// One set of prepared export statements per connection, made on first use.
const repositories = new WeakMap<AppDeps['db'], ExportRepository>();

/** Whose rows a member's export holds, for the reply: everyone's, their team's, or their own. */
export type ExportScope = 'all' | 'team' | 'own';

/** `/pacer export` for a member: the file, and whose rows it holds. */
export function exportForMember(
  deps: Pick<AppDeps, 'db' | 'members' | 'regions' | 'products' | 'settings' | 'config'>,
  member: Member,
  request: ExportRequest,
): ExportFile & { scope: ExportScope } {
  let exports = repositories.get(deps.db);
  if (!exports) {
    exports = new ExportRepository(deps.db);
    repositories.set(deps.db, exports);
  }
  const file = exportData({ ...deps, exports }, { kind: 'member', member }, request);
  const visible = visibleMembers(deps, { kind: 'member', member });
  const scope: ExportScope = visible === null ? 'all' : member.role === 'manager' ? 'team' : 'own';
  return { ...file, scope };
}
