import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, MANAGER, REP, REP2, TestPacer } from '../../helpers/test-pacer.js';

let t: TestPacer;
beforeEach(async () => {
  // Wednesday 25 November 2026, 10:00 in New York.
  t = await TestPacer.start({ now: '2026-11-25T15:00:00Z', env: { PACER_TIMEZONE: 'America/New_York' } });
  await t.command(ADMIN.id, '/pacer', 'region add North');
  await t.command(ADMIN.id, '/pacer', `member <@${REP.id}> role:rep region:North manager:<@${MANAGER.id}>`);
  await t.command(ADMIN.id, '/pacer', `member <@${MANAGER.id}> role:manager`);
});
afterEach(() => t.stop());

const storedTargets = () =>
  t.deps.db.prepare('SELECT * FROM targets ORDER BY id').all() as Array<Record<string, unknown>>;

describe('/target set', () => {
  it("sets the playbook's year with a +40% stretch and shows the quarter split exactly", async () => {
    const set = await t.command(
      ADMIN.id,
      '/target',
      'set team 2026 12,000,000 stretch +40% note:+30% on 2025, new region',
    );
    expect(set.text).toContain('Target for the team, 2026: *$12,000,000*, stretch $16,800,000.');
    const q4 = await t.command(REP.id, '/target', 'team 2026-Q4');
    expect(q4.text).toContain('$3,000,000');
    expect(q4.text).toContain('2026 ($12,000,000) ÷ 4 quarters');
    expect(q4.text).toContain('_Why:_ +30% on 2025, new region');
  });

  it("splits the playbook's quarter into exact months and weeks", async () => {
    await t.command(ADMIN.id, '/target', 'set team 2026-Q1 10,000,000');
    expect((await t.command(REP.id, '/target', 'team 2026-01')).text).toContain('of $3,333,333.34');
    expect((await t.command(REP.id, '/target', 'team 2026-02')).text).toContain('of $3,333,333.33');
    expect((await t.command(REP.id, '/target', 'team 2026-W02')).text).toContain('of $757,575.77');
  });

  it('spreads a month over the working days an admin sets, e.g. Sunday to Thursday', async () => {
    await t.command(ADMIN.id, '/target', 'set team 2026-11 210,000');
    expect((await t.command(REP.id, '/target', 'team 2026-W48')).text).toContain('of $50,000'); // 5 of 21
    expect((await t.command(REP.id, '/pacer', 'workdays sun-thu')).text).toMatch(/Only admins/);
    const changed = await t.command(ADMIN.id, '/pacer', 'workdays sun-thu');
    expect(changed.text).toContain('from Mon, Tue, Wed, Thu, Fri to *Mon, Tue, Wed, Thu, Sun*');
    // November 2026 has 22 days from Sunday to Thursday; week 48 holds 5 of them (23–26 and 29 Nov).
    expect((await t.command(REP.id, '/target', 'team 2026-W48')).text).toContain('of $47,727.2');
    expect((await t.command(ADMIN.id, '/pacer', 'workdays funday')).text).toMatch(
      /“funday” is not a day.*`\/pacer workdays mon-fri`/,
    );
    expect((await t.command(REP.id, '/pacer', 'workdays')).text).toContain('Mon, Tue, Wed, Thu, Sun');
  });

  it('warns when targets set inside a period add up to more than it', async () => {
    await t.command(ADMIN.id, '/target', 'set team 2026-Q4 100k');
    await t.command(ADMIN.id, '/target', 'set team 2026-10 70k');
    await t.command(ADMIN.id, '/target', 'set team 2026-11 50k');
    const { text } = await t.command(REP.id, '/target', 'team 2026-12');
    expect(text).toContain('$0 of $0');
    expect(text).toContain(
      ':warning: The targets set inside 2026-Q4 add up to $120,000, more than its $100,000; the rest is set to 0.',
    );
  });

  it('replaces a target set again, noting the old value, and keeps both in the audit log', async () => {
    await t.command(ADMIN.id, '/target', `set <@${REP.id}> 2026-11 50k`);
    const again = await t.command(ADMIN.id, '/target', `set <@${REP.id}|Rick Rep> 2026-11 60k`);
    expect(again.text).toContain('*$60,000* (it was $50,000)');
    expect(storedTargets()).toHaveLength(1);
    const audit = t.deps.db.prepare("SELECT * FROM audit_log WHERE action = 'target.set'").all();
    expect(audit).toHaveLength(2);
  });

  it('lets managers set targets for their reports only, and reps none', async () => {
    expect((await t.command(MANAGER.id, '/target', `set <@${REP.id}> 2026-11 40k`)).text).toContain(
      '$40,000',
    );
    expect((await t.command(MANAGER.id, '/target', `set <@${REP2.id}> 2026-11 40k`)).text).toMatch(
      /only for their own reports/,
    );
    expect((await t.command(MANAGER.id, '/target', 'set team 2026-11 40k')).text).toMatch(/need an admin/);
    expect((await t.command(REP.id, '/target', `set <@${REP.id}> 2026-11 1`)).text).toMatch(
      /Only admins and managers/,
    );
    expect(storedTargets()).toHaveLength(1);
  });

  const bad: Array<[string, RegExp]> = [
    ['set galaxy 2026 1000', /Start with the scope/],
    ['set @bob 2026 1000', /typed name, not a mention/],
    ['set team 2026-Q5 1000', /is not a period/],
    ['set team 2026-13 1000', /is not a period/],
    ['set team 2026-W54 1000', /is not a period/],
    ['set team 2026 0', /more than zero/],
    ['set team 2026 -5', /more than zero/],
    ['set team 2026 1000 stretch 900', /cannot be below the base/],
    ['set team 2026 1,000,000,000,000 stretch +9999%', /is more than 1,000,000,000,000/],
    ['set team 2026 100,000,000,000 stretch +9000%', /is more than 1,000,000,000,000/],
    ['set region:Mars 2026 1000', /Known: North/],
    ['growth -100%', /above -100%/],
    ['growth 30% stretch 20%', /at least the base growth/],
  ];
  it.each(bad)('refuses /target %s and changes nothing', async (text, message) => {
    const { reply } = await t.command(ADMIN.id, '/target', text);
    expect(reply.response_type).toBe('ephemeral');
    expect(String(reply.text)).toMatch(message);
    expect(String(reply.text)).toContain('/target');
    expect(storedTargets()).toHaveLength(0);
  });
});

describe('/target growth', () => {
  it("sets this year's target from last year's actual plus growth, showing the arithmetic", async () => {
    t.clock.set('2025-06-02T15:00:00Z');
    await t.command(REP.id, '/deal', '6,000,000 Acme Corp date:2025-06-01');
    await t.command(REP2.id, '/deal', '4,000,000 Globex date:2025-06-02');
    t.clock.set('2026-01-05T15:00:00Z');
    const { text } = await t.command(ADMIN.id, '/target', 'growth 30% stretch 40%');
    expect(text).toContain('$10,000,000 × 1.30 = $13,000,000');
    expect(text).toContain('$10,000,000 × 1.40 = $14,000,000 (stretch)');
    expect(storedTargets()).toMatchObject([
      { period_key: '2026', amount_cents: 1_300_000_000, stretch_cents: 1_400_000_000 },
    ]);
  });

  it('says so and sets nothing without last year’s data', async () => {
    const { text } = await t.command(ADMIN.id, '/target', 'growth 30% for 2027 region:North');
    expect(text).toMatch(/no deals in 2026 for this scope/);
    expect(text).toContain('`/target set region:North 2027 12,000,000`');
    expect((await t.command(ADMIN.id, '/target', 'growth 30% for 0999')).text).toMatch(/from 2001 on/);
    expect(storedTargets()).toHaveLength(0);
  });
});

describe('/target progress', () => {
  it('shows the caller their week, month, quarter and year with pace and status', async () => {
    await t.command(ADMIN.id, '/target', `set <@${REP.id}> 2026-11 21,000`); // 21 working days: 1,000 a day
    await t.command(REP.id, '/deal', '5,000 Acme Corp date:2026-11-02');
    const { text } = await t.command(REP.id, '/target');
    expect(text).toContain('This month (November 2026)* — $5,000 of $21,000');
    expect(text).toContain(':warning: behind · *at risk*');
    expect(text).toContain('$16,000 to go · $4,000 per working day over the 4 left');
    expect(text).toContain('This week (week 48 (Nov 23–29))* — $0 of $5,000');
    expect(text).toContain('This year (2026)* — $5,000 of $21,000');
    expect(text).toContain(
      "no target is set for 2026 itself; this adds up its days' shares of November 2026 ($21,000)",
    );
    expect(text).toContain('5 of the 21 working days of November 2026 ($21,000)');
  });

  it('shows how much of the team target the individual targets cover', async () => {
    await t.command(ADMIN.id, '/target', 'set team 2026-11 100k');
    await t.command(ADMIN.id, '/target', `set <@${REP.id}> 2026-11 30k`);
    await t.command(ADMIN.id, '/target', `set <@${REP2.id}> 2026-11 45k`);
    const { text } = await t.command(REP.id, '/target', 'team 2026-11');
    expect(text).toContain(
      'individual targets add up to $75,000, 75% of the team target ($25,000 not assigned)',
    );
  });
});
