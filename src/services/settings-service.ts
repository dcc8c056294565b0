import { z } from 'zod';
import type { Clock } from '../clock.js';
import type { Schedule } from '../domain/schedule.js';
import { isValidSchedule } from '../domain/schedule.js';
import { isValidTimezone } from '../domain/time.js';
import type { Locale } from '../i18n/locale.js';
import { CommittedCache } from '../persistence/committed-cache.js';
import type { SettingsRepository } from '../persistence/settings-repository.js';

export interface SettingDefaults {
  timezone: string;
  currency: string;
  /** `PACER_LANGUAGE`; absent where a caller predates languages (then `en`). */
  language?: Locale;
}

/** A setting: its stored key, how a stored value is checked, and its default. */
export interface SettingDef<T> {
  key: string;
  schema: z.ZodType<T>;
  fallback: (defaults: SettingDefaults) => T;
}

export function defineSetting<T>(key: string, schema: z.ZodType<T>, fallback: (d: SettingDefaults) => T) {
  return { key, schema, fallback } satisfies SettingDef<T>;
}

export const TIMEZONE = defineSetting('timezone', z.string().refine(isValidTimezone), (d) => d.timezone);
export const CURRENCY = defineSetting('currency', z.string().regex(/^[A-Z]{3}$/), (d) => d.currency);
export const ANNOUNCE_CHANNEL = defineSetting('announce_channel', z.string().nullable(), () => null);
export const WORKING_WEEKDAYS = defineSetting(
  'working_weekdays',
  z.array(z.number().int().min(1).max(7)).min(1),
  () => [1, 2, 3, 4, 5],
);

const scheduleSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('weekly'), weekday: z.number(), time: z.string() }),
    z.object({ kind: z.literal('monthly'), day: z.number(), time: z.string() }),
    z.object({ kind: z.literal('daily'), time: z.string() }),
    z.object({ kind: z.literal('every'), minutes: z.number() }),
  ])
  .refine((s) => isValidSchedule(s as Schedule)) as z.ZodType<Schedule>;

export function scheduleSetting(job: string, fallback: Schedule): SettingDef<Schedule> {
  return defineSetting(`schedule.${job}`, scheduleSchema, () => fallback);
}

/**
 * Typed settings over the key/value table; a stored value that no longer parses falls back to the
 * default. Values are read on every command, so they are kept in memory: this process is the only
 * writer of its database.
 */
export class SettingsService {
  // Only committed values: a setting written in a transaction that rolls back must not linger here.
  readonly #cache: CommittedCache<string, unknown>;

  constructor(
    private readonly repo: SettingsRepository,
    private readonly defaults: SettingDefaults,
    private readonly clock: Clock,
  ) {
    this.#cache = new CommittedCache(repo.db);
  }

  get<T>(def: SettingDef<T>): T {
    if (this.#cache.has(def.key)) return this.#cache.get(def.key) as T;
    const stored = this.repo.get(def.key);
    const parsed = stored === undefined ? undefined : def.schema.safeParse(stored);
    const value = parsed?.success ? parsed.data : def.fallback(this.defaults);
    this.#cache.set(def.key, value);
    return value;
  }

  /** Whether someone stored a value, rather than the default applying (App Home's setup checklist). */
  isSet(def: SettingDef<unknown>): boolean {
    return this.repo.get(def.key) !== undefined;
  }

  set<T>(def: SettingDef<T>, value: T, by: string): T {
    const parsed = def.schema.parse(value);
    this.repo.put(def.key, parsed, this.clock.now(), by);
    // Dropped, not replaced: the next read takes what the table holds.
    this.#cache.delete(def.key);
    return parsed;
  }
}
