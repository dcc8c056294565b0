import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, MANAGER, REP, REP2, TestPacer } from '../../helpers/test-pacer.js';

let t: TestPacer;
beforeEach(async () => {
  t = await TestPacer.start({
    now: '2026-11-25T15:00:00Z',
    env: { PACER_TIMEZONE: 'America/New_York' },
    users: [ADMIN, MANAGER, REP, REP2, { id: 'UBOT', name: 'zapier', is_bot: true }],
  });
  await t.command(ADMIN.id, '/pacer', 'channel <#CWINS|wins>');
});
afterEach(() => t.stop());

const kudosRows = () =>
  t.deps.db.prepare('SELECT * FROM kudos ORDER BY id').all() as Array<Record<string, unknown>>;
const scores = () =>
  t.deps.db.prepare('SELECT * FROM satisfaction_scores').all() as Array<Record<string, unknown>>;

describe('/kudos', () => {
  it('thanks several people in the announce channel and says what is left today', async () => {
    const { text } = await t.command(
      REP.id,
      '/kudos',
      `<@${REP2.id}|sara> <@${MANAGER.id}> for covering my <b>demo</b> & more`,
    );
    expect(text).toContain('You have 3 of 5 left today');
    const post = await t.standIn.waitForCall(
      (c) => c.method === 'chat.postMessage' && c.body.channel === 'CWINS',
    );
    expect(post.body.text).toBe(
      `:clap: <@${REP.id}> thanks <@${REP2.id}>, <@${MANAGER.id}>: for covering my &lt;b&gt;demo&lt;/b&gt; &amp; more`,
    );
    expect(kudosRows().map((k) => k.receiver_id)).toEqual([REP2.id, MANAGER.id]);
  });

  it('refuses kudos to yourself, to bots, without a reason, and over the daily allowance', async () => {
    expect((await t.command(REP.id, '/kudos', `<@${REP.id}> great job me`)).text).toMatch(
      /cannot give yourself/,
    );
    expect((await t.command(REP.id, '/kudos', '<@UBOT> thanks robot')).text).toMatch(/bots and deactivated/);
    expect((await t.command(REP.id, '/kudos', `<@${REP2.id}>`)).text).toMatch(/a reason is required/);
    expect((await t.command(REP.id, '/kudos', '@sara thanks')).text).toMatch(/Pick the name from Slack/);
    for (let i = 0; i < 5; i++) await t.command(REP.id, '/kudos', `<@${REP2.id}> thanks number ${i}`);
    const over = await t.command(REP.id, '/kudos', `<@${REP2.id}> one more`);
    expect(over.text).toMatch(/You have 0 of your 5 daily kudos left/);
    expect(kudosRows()).toHaveLength(5);
  });

  it('holds the allowance when several kudos arrive at the same moment', async () => {
    await t.command(ADMIN.id, '/pacer', 'kudos limit 1');
    const newcomers = ['UNEW1', 'UNEW2', 'UNEW3', 'UNEW4'];
    for (const id of newcomers) t.standIn.addUser({ id, name: id.toLowerCase() });
    // Each names someone Pacer has not met yet, so each waits on users.info before it stores.
    const replies = await Promise.all(
      newcomers.map((id) => t.command(REP.id, '/kudos', `<@${id}> thanks for the intro`)),
    );
    expect(replies.filter((r) => r.text.startsWith('Kudos sent'))).toHaveLength(1);
    expect(kudosRows()).toHaveLength(1);
  });

  it('follows the admin settings for the allowance and the channel', async () => {
    expect((await t.command(REP.id, '/pacer', 'kudos limit 1')).text).toMatch(/Only admins/);
    await t.command(ADMIN.id, '/pacer', 'kudos limit 1');
    await t.command(ADMIN.id, '/pacer', 'kudos channel here');
    expect((await t.command(REP.id, '/kudos', `<@${REP2.id}> thanks`)).text).toContain('0 of 1 left today');
    await t.standIn.waitForCall((c) => c.method === 'chat.postMessage' && c.body.channel === 'CSALES');
    expect((await t.command(REP.id, '/kudos', `<@${MANAGER.id}> thanks too`)).text).toMatch(
      /0 of your 1 daily kudos/,
    );
  });

  it("resets at the giver's own midnight", async () => {
    for (let i = 0; i < 5; i++) await t.command(REP.id, '/kudos', `<@${REP2.id}> thanks number ${i}`);
    // Rick is in New York: 04:59 UTC is still 23:59 the same day there.
    t.clock.set('2026-11-26T04:59:00Z');
    expect((await t.command(REP.id, '/kudos', `<@${REP2.id}> late thanks`)).text).toMatch(/0 of your 5/);
    t.clock.set('2026-11-26T05:00:00Z');
    expect((await t.command(REP.id, '/kudos', `<@${REP2.id}> new day thanks`)).text).toContain(
      '4 of 5 left today',
    );
  });
});

describe('/csat', () => {
  beforeEach(async () => {
    await t.command(REP.id, '/deal', '5,000 Acme Corp date:2026-11-02');
    await t.command(REP2.id, '/deal', '2,000 Acme Corp date:2026-11-20');
    await t.command(ADMIN.id, '/pacer', `member <@${MANAGER.id}> role:manager`);
    await t.command(ADMIN.id, '/pacer', `member <@${REP2.id}> manager:<@${MANAGER.id}>`);
  });

  it("keeps reps from scoring another rep's customer", async () => {
    expect((await t.command(REP.id, '/csat', 'Acme Corp 1')).text).toMatch(
      /come from them, their manager or an admin/,
    );
    // Nor from crediting the score to themselves.
    expect((await t.command(REP.id, '/csat', `Acme Corp 5 for:<@${REP.id}>`)).text).toMatch(
      /Only managers and admins credit a score to someone else/,
    );
    expect(scores()).toHaveLength(0);
  });

  it("credits the rep who owns the customer's latest deal", async () => {
    const { text } = await t.command(MANAGER.id, '/csat', 'acme corp 5 quick onboarding');
    expect(text).toContain(`Recorded 5/5 for *Acme Corp*, credited to <@${REP2.id}>.`);
    expect(scores()).toMatchObject([
      { member_id: REP2.id, score: 5, comment: 'quick onboarding', recorded_on: '2026-11-25' },
    ]);
    await t.command(ADMIN.id, '/csat', `"Acme Corp" 4 for:<@${REP.id}>`);
    expect(scores().at(-1)).toMatchObject({ member_id: REP.id, score: 4 });
  });

  it.each([
    ['Acme Corp 0', /“0” is not a score/],
    ['Acme Corp 6', /“6” is not a score/],
    ['Acme Corp five', /“five” is not a score/],
    ['Acme Corp 4.5', /“4.5” is not a score/],
    ['Acme Corp', /Give a score from 1 to 5/],
    ['Acme Crop 5', /Did you mean “Acme Corp”/],
  ])('refuses /csat %s and stores nothing', async (input, message) => {
    const { text } = await t.command(MANAGER.id, '/csat', input);
    expect(text).toMatch(message);
    expect(scores()).toHaveLength(0);
  });
});
