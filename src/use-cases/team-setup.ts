import type { AppDeps } from '../app-deps.js';
import type { Member, Role } from '../domain/entities/member.js';
import { isValidTimezone } from '../domain/time.js';
import type { CatalogEntry, CatalogRepository } from '../persistence/catalog-repository.js';
import { inTransaction } from '../persistence/database.js';
import { ANNOUNCE_CHANNEL, CURRENCY, type SettingDef, TIMEZONE } from '../services/settings-service.js';
import { UserFacingError } from '../slack/user-facing-error.js';

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
    throw new UserFacingError(
      `“${timezone}” is not a timezone I know. Use an IANA name, e.g. \`/pacer timezone Europe/Berlin\`.`,
    );
  }
  return changeSetting(deps, TIMEZONE, canonicalTimezone(timezone), actor);
}

export function setCurrency(deps: Deps, code: string, actor: string) {
  const currency = code.toUpperCase();
  if (!Intl.supportedValuesOf('currency').includes(currency)) {
    throw new UserFacingError(`“${code}” is not an ISO currency code. Try \`/pacer currency EUR\`.`);
  }
  return changeSetting(deps, CURRENCY, currency, actor);
}

export function addCatalogEntry(deps: Deps, catalog: CatalogRepository, name: string, actor: string) {
  const clean = name.trim();
  if (clean.length < 1 || clean.length > 80 || /\p{Cc}/u.test(clean)) {
    throw new UserFacingError(
      `A ${catalog.kind} name is 1–80 characters of plain text. Try \`/pacer ${catalog.kind} add North\`.`,
    );
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

export function removeCatalogEntry(
  deps: Deps,
  catalog: CatalogRepository,
  name: string,
  actor: string,
): CatalogEntry {
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

/** The active entry with that name, or a message that lists the known ones. */
export function findCatalogEntry(catalog: CatalogRepository, name: string, example?: string): CatalogEntry {
  const entry = catalog.find(name);
  if (entry) return entry;
  const known = catalog.list().map((e) => e.name);
  const label = catalog.kind === 'region' ? 'region' : 'product line';
  throw new UserFacingError(
    `I don't know the ${label} “${name}”. ` +
      (known.length
        ? `Known: ${known.join(', ')}.`
        : `None is set up yet: \`/pacer ${catalog.kind} add <name>\`.`) +
      (example ? ` E.g. ${example}` : ''),
  );
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
  if (managerId === member.userId) throw new UserFacingError('A member cannot be their own manager.');
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
