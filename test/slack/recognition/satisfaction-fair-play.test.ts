import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, REP, REP2, TestPacer } from '../../helpers/test-pacer.js';

/** Issue 15: one $100 deal and three 5s the rep gave their own customer no longer win the award. */
let t: TestPacer;
beforeEach(async () => {
  t = await TestPacer.start({ now: '2026-10-20T10:00:00Z', env: { PACER_TIMEZONE: 'Europe/Berlin' } });
});
afterEach(() => t.stop());

const leader = async () =>
  (await t.command(REP.id, '/award')).text.split('\n').find((l) => l.includes('Customer Satisfaction Award'));

describe('the Customer Satisfaction Award', () => {
  it('does not count scores a rep gave their own customer, nor one customer scored three times', async () => {
    await t.command(REP.id, '/deal', '100 Acme');
    for (let i = 0; i < 3; i++) await t.command(REP.id, '/csat', 'Acme 5');
    expect(await leader()).toContain('no winner');

    // Scores from someone else count, once per customer: the latest.
    for (const customer of ['Globex', 'Initech', 'Hooli'])
      await t.command(REP2.id, '/deal', `2k ${customer}`);
    await t.command(ADMIN.id, '/csat', 'Globex 5');
    await t.command(ADMIN.id, '/csat', 'Globex 3');
    await t.command(ADMIN.id, '/csat', 'Initech 4');
    await t.command(ADMIN.id, '/csat', 'Hooli 5');
    expect(await leader()).toContain(`led by <@${REP2.id}> (4.00 average from 3 ratings)`);
  });
});
