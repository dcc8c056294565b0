import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/persistence/database.js';
import { DealsRepository } from '../../src/persistence/deals-repository.js';
import { MembersRepository } from '../../src/persistence/members-repository.js';
import { defaultMigrationsDir, migrate, readMigrations } from '../../src/persistence/migrator.js';

const AT = new Date('2026-11-28T12:00:00Z');

/** The plan SQLite picks for a statement: a scan of a 2,000-member table is what App Home must not wait on. */
function plan(db: ReturnType<typeof openDatabase>, sql: string, ...params: unknown[]): string {
  const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>;
  return rows.map((r) => r.detail).join('; ');
}

describe('migration 0028: App Home indexes', () => {
  it('reads a manager’s reports and a rep’s latest deals through an index whatever ANALYZE counted', () => {
    const db = openDatabase(':memory:');
    migrate(db, readMigrations(defaultMigrationsDir()), AT);
    const members = new MembersRepository(db);
    const add = db.prepare(
      `INSERT INTO members (user_id, name, tz, fetched_at, created_at) VALUES (?, ?, 'UTC', ?, ?)`,
    );
    for (let i = 0; i < 2_000; i++) add.run(`U${i}`, `rep ${i}`, AT.toISOString(), AT.toISOString());
    // Statistics gathered (ANALYZE, `PRAGMA optimize`) before the team's managers were set: every
    // member then counts under one NULL manager.
    db.exec('ANALYZE');
    for (let i = 1; i <= 15; i++)
      members.setStructure(`U${i}`, { role: 'rep', regionId: null, managerId: 'U0' });
    const deals = new DealsRepository(db);
    for (let i = 0; i < 50; i++) {
      deals.insert(
        {
          memberId: 'U1',
          customerName: `Customer ${i}`,
          amountCents: 100 + i,
          currency: 'USD',
          // Logged later but closed earlier: the list follows when deals were logged.
          closedOn: `2026-11-${String(28 - (i % 25)).padStart(2, '0')}`,
          productId: null,
          regionId: null,
          note: null,
          loggedBy: 'U1',
          idempotencyKey: null,
        },
        new Date(AT.getTime() + i * 60_000),
      );
    }

    expect(members.reportsOf('U0').map((m) => m.userId)).toHaveLength(15);
    expect(
      plan(
        db,
        `SELECT * FROM members WHERE manager_id = ? AND deleted = 0 AND is_bot = 0 ORDER BY name COLLATE NOCASE, user_id`,
        'U0',
      ),
    ).toContain('USING INDEX members_manager');
    // Newest logged first, read backwards from the index rather than sorting all of U1's deals.
    expect(deals.recentFor('U1', 5).map((d) => d.amountCents)).toEqual([149, 148, 147, 146, 145]);
    const latest = plan(
      db,
      'SELECT * FROM deals d WHERE d.member_id = ? AND d.deleted_at IS NULL ORDER BY d.created_at DESC, d.id DESC LIMIT ?',
      'U1',
      5,
    );
    expect(latest).toContain('USING INDEX deals_live_member_created');
    expect(latest).not.toContain('TEMP B-TREE');
  });
});
