import { z } from 'zod';
import type { ContestDeal } from '../domain/contests/standings.js';
import type { Contest } from '../domain/entities/contest.js';
import type { LocalDate } from '../domain/time.js';
import { nameKey } from './catalog-repository.js';
import { type Db, inTransaction } from './database.js';

const contestSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  metric: z.enum(['revenue', 'deals', 'new-customers', 'attainment', 'product']),
  product_id: z.number().int().nullable(),
  starts_on: z.string(),
  ends_on: z.string(),
  mode: z.enum(['individual', 'region', 'teams']),
  goal: z.number().int().nullable(),
  prize: z.string().nullable(),
  standings: z.enum(['daily', 'weekly']),
  manager_id: z.string().nullable(),
  created_by: z.string(),
  created_at: z.string(),
  final_json: z.string().nullable(),
  settled_at: z.string().nullable(),
});

function toContest(row: unknown): Contest {
  const r = contestSchema.parse(row);
  return {
    id: r.id,
    name: r.name,
    metric: r.metric,
    productId: r.product_id,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    mode: r.mode,
    goal: r.goal,
    prize: r.prize,
    standings: r.standings,
    managerId: r.manager_id,
    createdBy: r.created_by,
    createdAt: r.created_at,
    finalJson: r.final_json,
    settledAt: r.settled_at,
  };
}

export type NewContest = Omit<Contest, 'id' | 'createdAt' | 'finalJson' | 'settledAt'> & {
  teams: Array<{ name: string; memberIds: string[] }>;
};

/** Contests, their hand-picked teams, and the live deals a contest window holds. */
export class ContestsRepository {
  readonly #insert;
  readonly #insertTeamMember;
  readonly #byKey;
  readonly #byId;
  readonly #all;
  readonly #endingFrom;
  readonly #teams;
  readonly #settle;
  readonly #deals;
  readonly #joined;

  constructor(private readonly db: Db) {
    this.#insert = db.prepare(
      `INSERT INTO contests (name, name_key, metric, product_id, starts_on, ends_on, mode, goal, prize,
         standings, manager_id, created_by, created_at)
       VALUES (@name, @nameKey, @metric, @productId, @startsOn, @endsOn, @mode, @goal, @prize,
         @standings, @managerId, @createdBy, @createdAt)`,
    );
    this.#insertTeamMember = db.prepare(
      'INSERT INTO contest_team_members (contest_id, team, member_id) VALUES (?, ?, ?)',
    );
    this.#byKey = db.prepare('SELECT * FROM contests WHERE name_key = ?');
    this.#byId = db.prepare('SELECT * FROM contests WHERE id = ?');
    this.#all = db.prepare('SELECT * FROM contests ORDER BY starts_on, id');
    this.#endingFrom = db.prepare('SELECT * FROM contests WHERE ends_on >= ? ORDER BY starts_on, id');
    this.#teams = db.prepare<[number], { team: string; member_id: string }>(
      'SELECT team, member_id FROM contest_team_members WHERE contest_id = ? ORDER BY team, member_id',
    );
    this.#settle = db.prepare(
      'UPDATE contests SET final_json = ?, settled_at = ? WHERE id = ? AND settled_at IS NULL',
    );
    // The deals index on closed_on answers this with one range; deleted deals are left out here.
    this.#deals = db.prepare<
      [LocalDate, LocalDate],
      {
        member_id: string;
        amount_cents: number;
        closed_on: string;
        product_id: number | null;
        is_new: number;
      }
    >(
      `SELECT d.member_id, d.amount_cents, d.closed_on, d.product_id,
         COALESCE(c.first_deal_id = d.id, 0) AS is_new
       FROM deals d JOIN customers c ON c.id = d.customer_id
       WHERE d.deleted_at IS NULL AND d.closed_on BETWEEN ? AND ?`,
    );
    this.#joined = db.prepare<[], { user_id: string; created_at: string }>(
      'SELECT user_id, created_at FROM members',
    );
  }

  /** Stores a contest and its teams in one transaction; null when the name is taken. */
  create(contest: NewContest, at: Date): Contest | null {
    return inTransaction(this.db, () => {
      if (this.#byKey.get(nameKey(contest.name))) return null;
      const { teams, ...row } = contest;
      const id = Number(
        this.#insert.run({ ...row, nameKey: nameKey(contest.name), createdAt: at.toISOString() })
          .lastInsertRowid,
      );
      for (const team of teams)
        for (const memberId of team.memberIds) this.#insertTeamMember.run(id, team.name, memberId);
      return this.get(id)!;
    });
  }

  get(id: number): Contest | undefined {
    const row = this.#byId.get(id);
    return row ? toContest(row) : undefined;
  }

  byName(name: string): Contest | undefined {
    const row = this.#byKey.get(nameKey(name));
    return row ? toContest(row) : undefined;
  }

  all(): Contest[] {
    return this.#all.all().map(toContest);
  }

  /** Contests ending on or after a date (running, upcoming, or just over). */
  endingFrom(date: LocalDate): Contest[] {
    return this.#endingFrom.all(date).map(toContest);
  }

  teams(contestId: number): Map<string, string> {
    return new Map(this.#teams.all(contestId).map((r) => [r.member_id, r.team]));
  }

  /** Stores the final result once; false when it was stored before (the stored one stands). */
  settle(contestId: number, finalJson: string, at: Date): boolean {
    return this.#settle.run(finalJson, at.toISOString(), contestId).changes === 1;
  }

  liveDeals(from: LocalDate, to: LocalDate): ContestDeal[] {
    return this.#deals.all(from, to).map((r) => ({
      memberId: r.member_id,
      amountCents: r.amount_cents,
      closedOn: r.closed_on,
      productId: r.product_id,
      isNewCustomer: r.is_new === 1,
    }));
  }

  /** When Pacer first saw each member (their first day with the team, as far as Pacer knows). */
  firstSeen(): Map<string, string> {
    return new Map(this.#joined.all().map((r) => [r.user_id, r.created_at]));
  }
}
