import { z } from 'zod';
import { type Member, ROLES, type Role, type SlackProfile } from '../domain/entities/member.js';
import { CommittedCache } from './committed-cache.js';
import type { Db } from './database.js';

const flag = z.union([z.literal(0), z.literal(1)]).transform((v) => v === 1);

const memberSchema = z.object({
  user_id: z.string(),
  name: z.string(),
  real_name: z.string().nullable(),
  tz: z.string().nullable(),
  slack_admin: flag,
  is_bot: flag,
  deleted: flag,
  role: z.enum(ROLES),
  region_id: z.number().int().nullable(),
  manager_id: z.string().nullable(),
  fetched_at: z.string(),
  slack_locale: z.string().nullable(),
  language: z.string().nullable(),
  email: z.string().nullable(),
});

function toMember(row: unknown): Member {
  const r = memberSchema.parse(row);
  return {
    userId: r.user_id,
    name: r.name,
    realName: r.real_name,
    tz: r.tz,
    slackAdmin: r.slack_admin,
    isBot: r.is_bot,
    deleted: r.deleted,
    role: r.role,
    regionId: r.region_id,
    managerId: r.manager_id,
    fetchedAt: new Date(r.fetched_at),
    slackLocale: r.slack_locale,
    language: r.language,
    email: r.email,
  };
}

export class MembersRepository {
  readonly #get;
  readonly #upsertProfile;
  readonly #setStructure;
  readonly #active;
  readonly #admins;
  readonly #reports;
  readonly #setLanguage;
  readonly #byEmail;
  readonly #all;
  readonly #placedReps;
  // Every command reads its caller; members change rarely and only through this repository.
  readonly #cache: CommittedCache<string, Member>;

  constructor(db: Db) {
    this.#cache = new CommittedCache(db);
    this.#get = db.prepare('SELECT * FROM members WHERE user_id = ?');
    this.#upsertProfile = db.prepare(
      `INSERT INTO members (user_id, name, real_name, tz, slack_admin, is_bot, deleted, fetched_at, created_at, slack_locale, email)
       VALUES (@userId, @name, @realName, @tz, @slackAdmin, @isBot, @deleted, @at, @at, @locale, @email)
       ON CONFLICT (user_id) DO UPDATE SET name = excluded.name, real_name = excluded.real_name,
         tz = excluded.tz, slack_admin = excluded.slack_admin, is_bot = excluded.is_bot,
         deleted = excluded.deleted, fetched_at = excluded.fetched_at,
         slack_locale = COALESCE(excluded.slack_locale, members.slack_locale),
         email = COALESCE(excluded.email, members.email)`,
    );
    this.#setStructure = db.prepare(
      `UPDATE members SET role = @role, region_id = @regionId, manager_id = @managerId WHERE user_id = @userId`,
    );
    this.#setLanguage = db.prepare('UPDATE members SET language = ? WHERE user_id = ?');
    this.#byEmail = db.prepare(
      'SELECT * FROM members WHERE lower(email) = lower(?) ORDER BY deleted, user_id LIMIT 1',
    );
    this.#all = db.prepare('SELECT * FROM members ORDER BY user_id');
    this.#active = db.prepare(
      'SELECT * FROM members WHERE deleted = 0 AND is_bot = 0 ORDER BY name COLLATE NOCASE, user_id',
    );
    // Who decides the deals of reps without a manager (fair play): a handful of rows, not the team.
    this.#admins = db.prepare(
      "SELECT * FROM members WHERE deleted = 0 AND is_bot = 0 AND (role = 'admin' OR slack_admin = 1)",
    );
    // The same test as `m.role === 'rep' && (m.managerId || m.regionId)` on active(), counted in SQL.
    this.#placedReps = db.prepare(
      `SELECT COUNT(*) AS n FROM members WHERE deleted = 0 AND is_bot = 0 AND role = 'rep'
       AND ((manager_id IS NOT NULL AND manager_id <> '') OR (region_id IS NOT NULL AND region_id <> 0))`,
    );
    this.#reports = db.prepare(
      `SELECT * FROM members WHERE manager_id = ? AND deleted = 0 AND is_bot = 0
       ORDER BY name COLLATE NOCASE, user_id`,
    );
  }

  get(userId: string): Member | undefined {
    const cached = this.#cache.get(userId);
    if (cached) return cached;
    const row = this.#get.get(userId);
    if (row === undefined) return undefined;
    const member = toMember(row);
    this.#cache.set(userId, member);
    return member;
  }

  saveProfile(profile: SlackProfile, at: Date): Member {
    this.#upsertProfile.run({
      ...profile,
      slackAdmin: profile.slackAdmin ? 1 : 0,
      isBot: profile.isBot ? 1 : 0,
      deleted: profile.deleted ? 1 : 0,
      locale: profile.locale ?? null,
      email: profile.email ?? null,
      at: at.toISOString(),
    });
    this.#cache.delete(profile.userId);
    return this.get(profile.userId)!;
  }

  /** The member's own language (`null`: follow Slack's, else the team's). False when unknown. */
  setLanguage(userId: string, language: string | null): boolean {
    const changed = this.#setLanguage.run(language, userId).changes > 0;
    this.#cache.delete(userId);
    return changed;
  }

  setStructure(
    userId: string,
    structure: { role: Role; regionId: number | null; managerId: string | null },
  ): Member {
    this.#setStructure.run({ userId, ...structure });
    this.#cache.delete(userId);
    return this.get(userId)!;
  }

  /** The member with this email (any case); an active one before a deactivated one. */
  byEmail(email: string): Member | undefined {
    const row = this.#byEmail.get(email);
    return row === undefined ? undefined : toMember(row);
  }

  /** Everyone Pacer has met, deactivated members and bots included (imports name past reps). */
  all(): Member[] {
    return this.#all.all().map(toMember);
  }

  /** Active humans: not deactivated in Slack and not bots. */
  active(): Member[] {
    return this.#active.all().map(toMember);
  }

  /** Active members with the admin role or who are Slack admins. */
  admins(): Member[] {
    return this.#admins.all().map(toMember);
  }

  /** Active reps placed under a manager or in a region: how far an admin's setup has got. */
  countPlacedReps(): number {
    return (this.#placedReps.get() as { n: number }).n;
  }

  reportsOf(managerId: string): Member[] {
    return this.#reports.all(managerId).map(toMember);
  }
}
