import { describe, expect, it } from 'vitest';
import { editDeal } from '../../../src/use-cases/deals.js';
import { restartableWorlds, type World } from '../../helpers/restartable-world.js';
import { ADMIN, MANAGER, REP, REP2, TestPacer } from '../../helpers/test-pacer.js';

const { world, cleanup } = restartableWorlds();

const start = (w: World, now: string) =>
  TestPacer.start({ ...w, now, env: { PACER_TIMEZONE: 'Europe/Berlin' } });

async function octoberActivity(t: TestPacer) {
  await t.command(ADMIN.id, '/pacer', 'channel <#CWINS|wins>');
  await t.command(ADMIN.id, '/target', `set <@${REP2.id}> 2026-10 10k stretch 12k`);
  await t.command(REP.id, '/deal', '20k Acme date:2026-10-05');
  await t.command(REP2.id, '/deal', '15k Globex date:2026-10-06');
  await t.command(REP2.id, '/deal', '3k Initech date:2026-10-07');
  // One score per customer counts (the latest), so three ratings need three customers.
  await t.command(REP2.id, '/deal', '1k Hooli date:2026-10-08');
  for (const [customer, score] of [
    ['Globex', 2],
    ['Globex', 5],
    ['Initech', 4],
    ['Hooli', 4],
  ] as const)
    await t.command(ADMIN.id, '/csat', `${customer} ${score}`);
  await t.command(REP.id, '/kudos', `<@${REP2.id}> for the Globex demo`);
  await t.command(MANAGER.id, '/kudos', `<@${REP2.id}> for training the new hire`);
}

describe('/award', () => {
  it('shows the rules in plain words and the leaders right now', async () => {
    const w = await world();
    const t = await start(w, '2026-10-20T10:00:00Z');
    cleanup(() => t.stop());
    await octoberActivity(t);
    const rules = await t.command(REP.id, '/award', 'rules');
    expect(rules.text).toContain(
      '*Customer Satisfaction Award* (`customer-satisfaction`): the highest average customer satisfaction score (1–5) in the month; at least 3 ratings',
    );
    const now = await t.command(REP.id, '/award');
    expect(now.text).toContain(`*Sales Champion* is led by <@${REP.id}> ($20,000 from 1 deal)`);
    expect(now.text).toContain(
      `*Customer Satisfaction Award* is led by <@${REP2.id}> (4.33 average from 3 ratings)`,
    );
    expect(now.text).toContain(`*Team Collaboration Award* is led by <@${REP2.id}> (2 kudos from 2 people)`);
    expect(now.text).toContain(`*Stretch Club* is led by <@${REP2.id}>`);
    expect(now.text).toContain(
      '*Most Improved* is led by _no winner: nobody with a target in both periods improved_',
    );
  });

  it('lets only admins change rules, and applies the change', async () => {
    const w = await world();
    const t = await start(w, '2026-10-20T10:00:00Z');
    cleanup(() => t.stop());
    expect((await t.command(REP.id, '/award', 'disable most-improved')).text).toMatch(/Only admins/);
    expect((await t.command(ADMIN.id, '/award', 'disable most-improved')).text).toContain(
      '*Most Improved* is now disabled',
    );
    expect((await t.command(ADMIN.id, '/award', 'set customer-satisfaction minRatings 5')).text).toContain(
      'at least 5 ratings',
    );
    expect((await t.command(ADMIN.id, '/award', 'set customer-satisfaction minRatings zero')).text).toMatch(
      /whole number/,
    );
    expect((await t.command(ADMIN.id, '/award', 'set best-smile minRatings 5')).text).toMatch(/Which award/);
    const rules = await t.command(REP.id, '/award', 'rules');
    expect(rules.text).toContain('*Most Improved* (`most-improved`) _(disabled)_');
  });
});

describe('the monthly awards job', () => {
  it('announces last month once with figures and rules, DMs winners, and keeps history as announced', async () => {
    const w = await world();
    const t1 = await start(w, '2026-10-20T10:00:00Z');
    await octoberActivity(t1);
    await t1.stop();
    // 1 November, 09:30 in Berlin is 08:30 UTC; the bot starts at 09:00 UTC and catches up.
    const t2 = await start(w, '2026-11-01T09:00:00Z');
    expect(t2.deps.ledger.run('awards', '2026-10')).toMatchObject({ status: 'done', trigger: 'catch-up' });
    const post = w.standIn.messages('CWINS').find((m) => m.text?.startsWith('Awards · October 2026'))!;
    expect(post.text).toContain(`*Sales Champion · October 2026* goes to <@${REP.id}> ($20,000 from 1 deal)`);
    expect(post.text).toContain('_the highest revenue in the month; at least 1 deal_');
    expect(post.text).toContain('*New Customer Award · October 2026* goes to');
    const dm = w.standIn.messages(REP2.id).at(-1)!;
    expect(dm.text).toContain('You won *Customer Satisfaction Award* for October 2026');
    expect(dm.text).toContain('*Stretch Club* for October 2026');

    // An old deal edited later does not change history; the history notes it.
    t2.clock.advance(60_000);
    await t2.command(REP.id, '/deal', '90k Late Co date:2026-10-30');
    const history = await t2.command(REP2.id, '/award', 'history');
    expect(history.text).toContain(
      `*Sales Champion, October 2026* went to <@${REP.id}> ($20,000 from 1 deal)`,
    );
    expect(history.text).toContain('1 deal of that period changed after the announcement');
    // Moving the winning deal out of October is a change to October too.
    const acme = t2.deps.deals.recentFor(REP.id, 5).find((d) => d.customerName === 'Acme')!;
    const rep = (await t2.deps.directory.ensure(REP.id))!;
    await editDeal(t2.deps, rep, acme.id, {
      cents: acme.amountCents,
      customerName: 'Acme',
      closedOn: '2026-11-01',
    });
    expect((await t2.command(REP2.id, '/award', 'history')).text).toContain(
      '2 deals of that period changed after the announcement',
    );
    const again = await t2.command(ADMIN.id, '/pacer', 'run awards');
    expect(again.text).toContain('already ran for this period');
    await t2.stop();
    const t3 = await start(w, '2026-11-01T10:00:00Z');
    cleanup(() => t3.stop());
    expect(
      w.standIn.messages('CWINS').filter((m) => m.text?.startsWith('Awards · October 2026')),
    ).toHaveLength(1);
  });

  it('keeps the announcement for when an announce channel is set, without telling winners twice', async () => {
    const w = await world();
    const t = await start(w, '2026-10-20T10:00:00Z');
    cleanup(() => t.stop());
    await t.command(REP.id, '/deal', '20k Acme date:2026-10-05');
    t.clock.set('2026-11-01T09:00:00Z');
    const first = await t.command(ADMIN.id, '/pacer', 'run awards');
    expect(first.text).toContain('set an announce channel');
    expect(w.standIn.messages(REP.id).filter((m) => m.text?.includes('You won'))).toHaveLength(1);
    await t.command(ADMIN.id, '/pacer', 'channel <#CWINS|wins>');
    await t.command(ADMIN.id, '/pacer', 'run awards');
    expect(
      w.standIn.messages('CWINS').filter((m) => m.text?.startsWith('Awards · October 2026')),
    ).toHaveLength(1);
    expect(w.standIn.messages(REP.id).filter((m) => m.text?.includes('You won'))).toHaveLength(1);
    expect((await t.command(ADMIN.id, '/pacer', 'run awards')).text).toContain('already ran for this period');
  });

  it('posts the week and month leaderboards on Friday once', async () => {
    const w = await world();
    const t = await start(w, '2026-11-27T16:30:00Z');
    cleanup(() => t.stop());
    await t.command(ADMIN.id, '/pacer', 'channel <#CWINS|wins>');
    await t.command(REP.id, '/deal', '5k Acme date:2026-11-26');
    expect((await t.command(ADMIN.id, '/pacer', 'run weekly-leaderboard')).text).toContain(
      'for 2026-W48: done',
    );
    const posts = w.standIn.messages('CWINS').filter((m) => m.text?.startsWith('Leaderboard'));
    expect(posts.map((p) => p.text?.split('\n')[0])).toEqual([
      'Leaderboard · week 48 (Nov 23–29) · revenue',
      'Leaderboard · November 2026 · revenue',
    ]);
    expect((await t.command(ADMIN.id, '/pacer', 'run weekly-leaderboard')).text).toContain('already ran');
  });

  it('posts the Friday leaderboard on schedule once, and not again after a restart', async () => {
    const w = await world();
    const t1 = await start(w, '2026-11-27T14:00:00Z'); // Friday 15:00 in Berlin
    await t1.command(ADMIN.id, '/pacer', 'channel <#CWINS|wins>');
    await t1.command(REP.id, '/deal', '5k Acme date:2026-11-26');
    t1.clock.set('2026-11-27T15:00:00Z'); // 16:00 in Berlin
    expect((await t1.deps.scheduler.tick('weekly-leaderboard'))[0]?.status).toBe('ran');
    await t1.stop();
    // Restarted the same evening: the catch-up finds the week done and posts nothing.
    const t2 = await start(w, '2026-11-27T17:00:00Z');
    cleanup(() => t2.stop());
    expect((await t2.deps.scheduler.tick('weekly-leaderboard'))[0]?.status).toBe('already-done');
    const posts = w.standIn.messages('CWINS').filter((m) => m.text?.startsWith('Leaderboard · week 48'));
    expect(posts).toHaveLength(1);
  });
});
