import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dealFormValues, viewSubmission } from '../helpers/payloads.js';
import { ADMIN, REP, TestPacer } from '../helpers/test-pacer.js';

let t: TestPacer;
beforeEach(async () => {
  t = await TestPacer.start({ now: '2026-11-25T15:00:00Z' });
});
afterEach(() => t.stop());

const liveDeals = () =>
  t.deps.db
    .prepare('SELECT customer_id, amount_cents, note FROM deals WHERE deleted_at IS NULL')
    .all() as Array<{
    amount_cents: number;
    note: string | null;
  }>;

/** A real write failure inside SQLite: the next insert into `table` aborts, as a full disk would. */
function failInsertsInto(table: string): void {
  t.deps.db.exec(
    `CREATE TEMP TRIGGER fail_${table} BEFORE INSERT ON main.${table} BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END`,
  );
}

describe('a write that fails', () => {
  it('leaves no admin behind when a role change is rolled back', async () => {
    await t.command(REP.id, '/pacer', 'help'); // Pacer meets the rep (a cached member)
    failInsertsInto('audit_log');
    const { text } = await t.command(ADMIN.id, '/pacer', `member <@${REP.id}> role:admin`);
    expect(text).toContain('Nothing was saved');
    t.deps.db.exec('DROP TRIGGER fail_audit_log');
    // The rep is not an admin: setting up a region is refused and nothing is added.
    const asRep = await t.command(REP.id, '/pacer', 'region add North');
    expect(asRep.text).not.toMatch(/Added/i);
    expect(t.deps.regions.list()).toEqual([]);
    expect(t.deps.members.get(REP.id)?.role).toBe('rep');
  });

  it('says nothing was saved for a /deal only when nothing was', async () => {
    failInsertsInto('deals');
    const { text } = await t.command(REP.id, '/deal', '12,500 Acme Corp');
    expect(text).toContain('Nothing was saved');
    expect(liveDeals()).toEqual([]);
  });
});

describe('a stored deal', () => {
  // 2,000 characters as typed (the note's limit) escape to 10,000: past Slack's 3,000 for one text.
  const note = '&'.repeat(2_000);

  it('is confirmed with its amount and customer even when its note is too long to show', async () => {
    const { text, reply } = await t.command(REP.id, '/deal', `12,500 Acme Corp note:${note}`);
    expect(liveDeals()).toEqual([expect.objectContaining({ amount_cents: 1_250_000, note })]);
    expect(text).toContain('Logged');
    expect(text).toContain('$12,500');
    expect(text).toContain('Acme Corp');
    expect(JSON.stringify(reply)).not.toMatch(/went wrong|Nothing was saved/);
  });

  it('is confirmed in plain text when Slack refuses the form confirmation', async () => {
    expect((await t.send(REP.id, '/deal', '')).http.status).toBe(200);
    const open = await t.standIn.waitForCall((c) => c.method === 'views.open' && c.response.ok === true);
    const view = open.body.view as { callback_id: string; private_metadata: string };
    t.standIn.failNext('chat.postEphemeral', { error: 'invalid_blocks' });
    const res = await t.interact(
      viewSubmission(view, {
        userId: REP.id,
        viewId: 'VTOLD',
        values: dealFormValues({ amount: '8,000', customer: 'Globex', note: 'renewal' }),
      }),
    );
    expect(res.status).toBe(200);
    const told = await t.standIn.waitForCall(
      (c) => c.method === 'chat.postEphemeral' && c.response.ok === true && c.body.user === REP.id,
    );
    expect(told.body.text).toContain('Logged');
    expect(told.body.text).toContain('$8,000');
    expect(told.body.text).toContain('Globex');
    expect(liveDeals()).toHaveLength(1);
    const said = t.standIn.calls().map((c) => JSON.stringify(c.body));
    expect(said.filter((s) => s.includes('Nothing was saved'))).toEqual([]);
  });
});
