import type { AppDeps } from '../app-deps.js';
import type { CatalogEntry, CatalogKind } from '../domain/entities/catalog.js';
import type { Member, Role } from '../domain/entities/member.js';
import { refusal } from '../domain/problem.js';
import { isValidTimezone } from '../domain/time.js';
import type { CatalogRepository } from '../persistence/catalog-repository.js';
import { inTransaction } from '../persistence/database.js';
import { ANNOUNCE_CHANNEL, CURRENCY, type SettingDef, TIMEZONE } from '../services/settings-service.js';

type Deps = Pick<AppDeps, 'db' | 'settings' | 'audit' | 'clock' | 'members' | 'regions' | 'products'>;

/** Changes one setting and records it in the audit log, in one transaction. */
export function changeSetting<T>(
  deps: Pick<AppDeps, 'db' | 'settings' | 'audit' | 'clock'>,
  def: SettingDef<T>,
  value: T,
  actor: string,
): { before: T; after: T } {
  return inTransaction(deps.db, () => {
    const before = deps.settings.get(def);
    const after = deps.settings.set(def, value, actor);
    deps.audit.record({
      at: deps.clock.now(),
      actor,
      action: 'setting.change',
      entity: 'setting',
      entityId: def.key,
      before,
      after,
    });
    return { before, after };
  });
}

export function setAnnounceChannel(deps: Deps, channelId: string, actor: string) {
  return changeSetting(deps, ANNOUNCE_CHANNEL, channelId, actor);
}

export function setTimezone(deps: Deps, timezone: string, actor: string) {
  if (!isValidTimezone(timezone)) {
    throw refusal('setting.timezone', { text: timezone });
  }
  return changeSetting(deps, TIMEZONE, canonicalTimezone(timezone), actor);
}

export function setCurrency(deps: Deps, code: string, actor: string) {
  const currency = code.toUpperCase();
  if (!Intl.supportedValuesOf('currency').includes(currency)) {
    throw refusal('setting.currency', { text: code });
  }
  return changeSetting(deps, CURRENCY, currency, actor);
}

const catalogOf = (deps: Pick<AppDeps, 'regions' | 'products'>, kind: CatalogKind): CatalogRepository =>
  kind === 'region' ? deps.regions : deps.products;

/** The active regions or product lines, in the order `/pacer region list` shows them. */
export function listCatalog(deps: Pick<AppDeps, 'regions' | 'products'>, kind: CatalogKind): CatalogEntry[] {
  return catalogOf(deps, kind).list();
}

export function addCatalogEntry(deps: Deps, kind: CatalogKind, name: string, actor: string) {
  const catalog = catalogOf(deps, kind);
  const clean = name.trim();
  if (clean.length < 1 || clean.length > 80 || /\p{Cc}/u.test(clean)) {
    throw refusal('catalog.badName', { kind: catalog.kind });
  }
  return inTransaction(deps.db, () => {
    const result = catalog.add(clean, deps.clock.now());
    if (result.created) {
      deps.audit.record({
        at: deps.clock.now(),
        actor,
        action: `${catalog.kind}.add`,
        entity: catalog.kind,
        entityId: result.entry.id,
        after: result.entry,
      });
    }
    return result;
  });
}

export function removeCatalogEntry(deps: Deps, kind: CatalogKind, name: string, actor: string): CatalogEntry {
  const catalog = catalogOf(deps, kind);
  const entry = findCatalogEntry(catalog, name);
  inTransaction(deps.db, () => {
    catalog.archive(entry.id, deps.clock.now());
    deps.audit.record({
      at: deps.clock.now(),
      actor,
      action: `${catalog.kind}.remove`,
      entity: catalog.kind,
      entityId: entry.id,
      before: entry,
    });
  });
  return entry;
}

/**
 * The active entry with that name, or a refusal that names the known ones. `usage` is the command
 * to show as an example (`/deal 12,500 Acme Corp region:<name>`), quoted as given.
 */
export function findCatalogEntry(catalog: CatalogRepository, name: string, usage?: string): CatalogEntry {
  const entry = catalog.find(name);
  if (entry) return entry;
  // Twenty names are plenty to spot a typo, and keep the answer within one message.
  const known = catalog
    .list()
    .map((e) => e.name)
    .slice(0, 20);
  throw refusal('catalog.unknown', {
    kind: catalog.kind,
    name,
    known,
    count: known.length,
    usage: usage ?? 'none',
  });
}

export interface StructureChange {
  role?: Role;
  regionName?: string | null;
  managerId?: string | null;
}

export function setMemberStructure(
  deps: Deps,
  member: Member,
  change: StructureChange,
  actor: string,
): Member {
  const regionId =
    change.regionName === undefined
      ? member.regionId
      : change.regionName === null
        ? null
        : findCatalogEntry(deps.regions, change.regionName).id;
  const managerId = change.managerId === undefined ? member.managerId : change.managerId;
  if (managerId === member.userId) throw refusal('member.ownManager');
  return inTransaction(deps.db, () => {
    const after = deps.members.setStructure(member.userId, {
      role: change.role ?? member.role,
      regionId,
      managerId,
    });
    deps.audit.record({
      at: deps.clock.now(),
      actor,
      action: 'member.structure',
      entity: 'member',
      entityId: member.userId,
      before: { role: member.role, regionId: member.regionId, managerId: member.managerId },
      after: { role: after.role, regionId: after.regionId, managerId: after.managerId },
    });
    return after;
  });
}

function canonicalTimezone(tz: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone: tz }).resolvedOptions().timeZone;
}
