import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, MANAGER, REP, REP2, TestPacer } from '../../helpers/test-pacer.js';

/** Issue 15, fair play: one score per customer counts, and a rep's own scores only if admins allow. */
let t: TestPacer;
beforeEach(async () => {
  t = await TestPacer.start({ now: '2026-11-25T15:00:00Z', env: { PACER_TIMEZONE: 'America/New_York' } });
  await t.command(ADMIN.id, '/pacer', `member <@${MANAGER.id}> role:manager`);
  await t.command(ADMIN.id, '/pacer', `member <@${REP.id}> role:rep manager:<@${MANAGER.id}>`);
  await t.command(ADMIN.id, '/pacer', `member <@${REP2.id}> role:rep manager:<@${MANAGER.id}>`);
});
afterEach(() => t.stop());

const satisfactionLine = async () =>
  (await t.command(REP2.id, '/award')).text.split('\n').find((l) => l.includes('Customer Satisfaction'));

describe('self-reported satisfaction scores', () => {
  it('a rep who logged one $100 deal and scored that customer 5 three times does not win, unless admins allow it', async () => {
    await t.command(REP.id, '/deal', '100 Acme');
    for (let i = 0; i < 3; i++) {
      const { text } = await t.command(REP.id, '/csat', 'Acme 5');
      expect(text).toBe(
        `Recorded 5/5 for *Acme*, credited to <@${REP.id}>.\n_It is marked self-reported: you are the rep credited with this customer._ It does not count towards the Customer Satisfaction Award unless admins allow self-reported scores (\`/award rules\`).`,
      );
    }
    expect(await satisfactionLine()).toContain('no winner: nobody had 3 ratings or more');
    // Even with one rating enough, the three self-scores count as nothing.
    await t.command(ADMIN.id, '/award', 'set customer-satisfaction minRatings 1');
    expect(await satisfactionLine()).toContain('no winner: nobody had 1 rating or more');

    expect((await t.command(REP.id, '/award', 'set customer-satisfaction self-reported allow')).text).toMatch(
      /Only admins/,
    );
    expect((await t.command(ADMIN.id, '/award', 'set customer-satisfaction self-reported maybe')).text).toBe(
      'Say allow or deny, e.g. `/award set customer-satisfaction self-reported allow` (scores a rep enters for their own customer then count).',
    );
    const allowed = await t.command(ADMIN.id, '/award', 'set customer-satisfaction self-reported allow');
    expect(allowed.text).toContain(
      'scores the credited rep entered for their own customer (self-reported) count too',
    );
    // Allowed, they count, but as one score: one per customer per period, the latest.
    expect(await satisfactionLine()).toContain(`is led by <@${REP.id}> (5.00 average from 1 rating)`);
    expect((await t.command(REP.id, '/csat', 'Acme 4')).text).toContain(
      'Admins allow self-reported scores, so it counts towards the Customer Satisfaction Award.',
    );
    expect(await satisfactionLine()).toContain('(4.00 average from 1 rating)');

    await t.command(ADMIN.id, '/award', 'set customer-satisfaction self-reported deny');
    expect(await satisfactionLine()).toContain('no winner');
  });

  it("a manager's or an admin's score for the rep's customer is not self-reported and counts", async () => {
    await t.command(REP.id, '/deal', '100 Acme');
    const { text } = await t.command(MANAGER.id, '/csat', 'Acme 5');
    expect(text).toBe(`Recorded 5/5 for *Acme*, credited to <@${REP.id}>.`);
    await t.command(ADMIN.id, '/award', 'set customer-satisfaction minRatings 1');
    expect(await satisfactionLine()).toContain(`is led by <@${REP.id}> (5.00 average from 1 rating)`);
  });

  it('/award rules says one score per customer counts and whether self-reported scores do, in both languages', async () => {
    const rules = await t.command(REP.id, '/award', 'rules');
    expect(rules.text).toContain(
      'at least 3 ratings; one score per customer per period counts (the latest); self-reported scores (entered by the credited rep for their own customer) do not count; ties share the award.',
    );
    await t.command(REP.id, '/pacer', 'my-language zh-CN');
    const zh = await t.command(REP.id, '/award', 'rules');
    expect(zh.text).toContain(
      '每位客户每个周期只计一个评分（最新的一个）；负责该客户的销售自己录入的评分（自评）不计入',
    );
    await t.command(REP.id, '/deal', '100 Acme');
    expect((await t.command(REP.id, '/csat', 'Acme 5')).text).toContain('这条评分标记为自评');
  });
});
