import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, MANAGER, REP, REP2, TestPacer } from '../../helpers/test-pacer.js';

let t: TestPacer;
beforeEach(async () => {
  t = await TestPacer.start({ now: '2026-11-25T15:00:00Z', env: { PACER_TIMEZONE: 'America/New_York' } });
  await t.command(ADMIN.id, '/pacer', 'region add North');
  await t.command(ADMIN.id, '/pacer', `member <@${REP.id}> region:North`);
});
afterEach(() => t.stop());

describe('/leaderboard', () => {
  it('ranks the month by revenue with shared ranks, and leaves out members with nothing', async () => {
    await t.command(REP.id, '/deal', '5,000 Acme');
    await t.command(REP2.id, '/deal', '5,000 Globex');
    await t.command(MANAGER.id, '/deal', '9,000 Initech');
    await t.command(ADMIN.id, '/pacer', 'help');
    const { text, reply } = await t.command(REP2.id, '/leaderboard');
    expect(reply.response_type).toBe('ephemeral');
    expect(text).toContain('Leaderboard · November 2026 · revenue');
    const lines = text.split('\n').filter((l) => l.includes('<@'));
    expect(lines[0]).toContain(`:first_place_medal: <@${MANAGER.id}> — $9,000`);
    // Rick and Sara tie at $5,000: both second, ordered by name.
    expect(lines[1]).toContain(`:second_place_medal: <@${REP.id}> — $5,000`);
    expect(lines[2]).toContain(`:second_place_medal: <@${REP2.id}> — $5,000 · 1 deal ← you`);
    expect(text).not.toContain(`<@${ADMIN.id}>`);
    expect(text).toContain('Team: $19,000 from 3 deals, 3 new customers');
  });

  it('ranks by attainment so a small target can top it, listing members without a target apart', async () => {
    await t.command(ADMIN.id, '/target', `set <@${REP.id}> 2026-11 100k`);
    await t.command(ADMIN.id, '/target', `set <@${REP2.id}> 2026-11 10k`);
    await t.command(REP.id, '/deal', '50k Acme');
    await t.command(REP2.id, '/deal', '8k Globex');
    await t.command(MANAGER.id, '/deal', '90k Initech');
    const { text } = await t.command(REP.id, '/leaderboard', 'by attainment');
    const lines = text.split('\n').filter((l) => l.includes('medal'));
    expect(lines[0]).toContain(`<@${REP2.id}> — 80% · $8,000 of $10,000`);
    expect(lines[1]).toContain(`<@${REP.id}> — 50% · $50,000 of $100,000`);
    expect(text).toContain(`No target, so not ranked on attainment: <@${MANAGER.id}>`);
  });

  it('filters by region and period, and refuses what it does not know', async () => {
    await t.command(REP.id, '/deal', '5,000 Acme');
    await t.command(REP2.id, '/deal', '7,000 Globex');
    const north = await t.command(REP.id, '/leaderboard', 'week region:north by deals');
    expect(north.text).toContain('week 48 (Nov 23–29) · deals closed · North');
    expect(north.text).toContain(`<@${REP.id}>`);
    expect(north.text).not.toContain(`<@${REP2.id}>`);
    expect((await t.command(REP.id, '/leaderboard', '2025-Q3')).text).toContain(
      '_No sales in this period yet._',
    );
    expect((await t.command(REP.id, '/leaderboard', 'by vibes')).text).toMatch(
      /revenue, attainment, deals or new-customers/,
    );
    expect((await t.command(REP.id, '/leaderboard', '2026-Q5')).text).toMatch(/I don't understand “2026-Q5”/);
    expect((await t.command(REP.id, '/leaderboard', 'region:Mars')).text).toMatch(/Known: North/);
  });

  it('posts in the channel only with public, and shows commission only to its owner', async () => {
    await t.command(ADMIN.id, '/pacer', 'commission 5% above 100% 8% stretch-bonus 500');
    await t.command(ADMIN.id, '/target', `set <@${REP.id}> 2026-11 10k stretch 12k`);
    await t.command(REP.id, '/deal', '12k Acme');
    const mine = await t.command(REP.id, '/leaderboard');
    expect(mine.text).toContain('Your commission for November 2026 (only you see this): *$1,160*');
    expect((await t.command(REP.id, '/target')).text).toContain(
      'Your commission for November 2026 (only you see this): *$1,160*',
    );
    const theirs = await t.command(REP2.id, '/leaderboard');
    expect(theirs.text).toContain('*$0*');
    expect(theirs.text).not.toContain('$1,160');
    await t.command(REP.id, '/leaderboard', 'public');
    const post = await t.standIn.waitForCall(
      (c) => c.method === 'chat.postMessage' && c.body.channel === 'CSALES',
    );
    expect(String(post.body.text)).toContain(`<@${REP.id}> — $12,000`);
    expect(String(post.body.text)).not.toContain('commission');
  });

  it('lets only admins set the plan, and shows a rep without a target the base rate on all sales', async () => {
    const refused = await t.command(REP.id, '/pacer', 'commission 50% above 100% 80%');
    expect(refused.text).toMatch(/Only admins/);
    await t.command(ADMIN.id, '/pacer', 'commission 5% above 100% 8%');
    await t.command(REP2.id, '/deal', '10k Globex');
    const mine = await t.command(REP2.id, '/target');
    expect(mine.text).toContain('No target covers you');
    expect(mine.text).toContain('Your commission for November 2026 (only you see this): *$500*');
  });
});
