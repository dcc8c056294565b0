import { describe, expect, it } from 'vitest';
import type { StandInUser } from '../../../src/slack-api-stand-in/index.js';
import { submitCheckin as submit } from '../../helpers/checkin-forms.js';
import { restartableWorlds, type World } from '../../helpers/restartable-world.js';
import { ADMIN, MANAGER, REP, REP2, TestPacer } from '../../helpers/test-pacer.js';

const BERLIN: StandInUser = { id: 'UBERLIN', name: 'bea', real_name: 'Bea Berlin', tz: 'Europe/Berlin' };
const { world, cleanup } = restartableWorlds();

async function start(w: World | null, now: string): Promise<TestPacer> {
  const t = await TestPacer.start({
    ...(w ?? {}),
    now,
    env: { PACER_TIMEZONE: 'Europe/Berlin' },
    users: [ADMIN, MANAGER, REP, REP2, BERLIN],
  });
  cleanup(() => t.stop());
  return t;
}

async function team(t: TestPacer) {
  w_add(t);
  await t.command(ADMIN.id, '/pacer', `member <@${ADMIN.id}> role:admin`);
  await t.command(ADMIN.id, '/pacer', `member <@${MANAGER.id}> role:manager`);
  for (const rep of [REP, REP2, BERLIN])
    await t.command(ADMIN.id, '/pacer', `member <@${rep.id}> role:rep manager:<@${MANAGER.id}>`);
}
function w_add(t: TestPacer) {
  t.standIn.addUser(BERLIN);
}

const tick = (t: TestPacer, at: string) => {
  t.clock.set(at);
  return t.deps.scheduler.tick('checkins').then((results) => results[0]!);
};
const dms = (t: TestPacer, userId: string) =>
  t.standIn.messages(userId).filter((m) => m.text?.includes('Check-in ·'));

function click(t: TestPacer, user: string, dmOf: string, roundKey: string, responseId: string) {
  return t.interact({
    type: 'block_actions',
    user: { id: user },
    team: { id: 'T0PACER' },
    trigger_id: `trigger-${responseId}`,
    channel: { id: `D${dmOf.slice(1)}` },
    response_url: t.standIn.responseUrl(responseId),
    actions: [{ type: 'button', action_id: 'checkin_start', value: roundKey, block_id: 'b', action_ts: '1' }],
    container: { type: 'message' },
  });
}

describe('check-in DMs', () => {
  it("arrive at 15:00 on Thursday in each member's own timezone, once", async () => {
    const t = await start(null, '2026-11-23T08:00:00Z');
    await team(t);
    // Thursday 26 Nov: Tokyo 15:00 is 06:00 UTC, Berlin 14:00 UTC, New York 20:00 UTC.
    await tick(t, '2026-11-26T05:59:00Z');
    expect(dms(t, REP2.id)).toHaveLength(0);
    await tick(t, '2026-11-26T06:00:00Z');
    expect(dms(t, REP2.id)).toHaveLength(1);
    expect(dms(t, BERLIN.id)).toHaveLength(0);
    await tick(t, '2026-11-26T14:05:00Z');
    expect(dms(t, BERLIN.id)).toHaveLength(1);
    expect(dms(t, REP.id)).toHaveLength(0);
    const last = await tick(t, '2026-11-26T20:00:00Z');
    expect(last.status).toBe('ran');
    expect(dms(t, REP.id)).toHaveLength(1);
    expect(dms(t, REP2.id)).toHaveLength(1);
    expect(dms(t, MANAGER.id)).toHaveLength(0);
    expect(dms(t, REP.id)[0]?.text).toContain('Check-in · week 48');
    expect((await tick(t, '2026-11-26T20:15:00Z')).status).toBe('already-done');
  });

  it('go to reps who sell, not to the admin or to colleagues Pacer met through kudos', async () => {
    const t = await start(null, '2026-11-26T13:00:00Z');
    const OUTSIDER: StandInUser = { id: 'UOUT', name: 'otto', tz: 'Europe/Berlin' };
    t.standIn.addUser(BERLIN);
    t.standIn.addUser(OUTSIDER);
    await t.command(ADMIN.id, '/pacer', 'channel <#CWINS|wins>');
    await t.command(BERLIN.id, '/deal', '1,000 Acme Corp'); // no manager or region yet, but sells
    await t.command(BERLIN.id, '/kudos', `<@${OUTSIDER.id}> for fixing the VPN`);
    await tick(t, '2026-11-26T14:00:00Z'); // 15:00 in Berlin
    expect(dms(t, BERLIN.id)).toHaveLength(1);
    expect(dms(t, OUTSIDER.id)).toHaveLength(0);
    expect(dms(t, ADMIN.id)).toHaveLength(0);
  });

  it('follow the US and the EU clock changes', async () => {
    const t = await start(null, '2026-10-20T08:00:00Z');
    await team(t);
    // EU: Thursday 22 Oct is summer time in Berlin (15:00 = 13:00 UTC); 29 Oct is winter time (14:00 UTC).
    await tick(t, '2026-10-22T13:00:00Z');
    expect(dms(t, BERLIN.id)).toHaveLength(1);
    await tick(t, '2026-10-29T13:30:00Z');
    expect(dms(t, BERLIN.id)).toHaveLength(1);
    await tick(t, '2026-10-29T14:00:00Z');
    expect(dms(t, BERLIN.id)).toHaveLength(2);
    // US: 29 Oct is still daylight time in New York (19:00 UTC); 5 Nov is standard time (20:00 UTC).
    await tick(t, '2026-10-29T18:59:00Z');
    expect(dms(t, REP.id)).toHaveLength(0);
    await tick(t, '2026-10-29T19:00:00Z');
    expect(dms(t, REP.id)).toHaveLength(1);
    await tick(t, '2026-11-05T19:30:00Z');
    expect(dms(t, REP.id)).toHaveLength(1);
    await tick(t, '2026-11-05T20:00:00Z');
    expect(dms(t, REP.id)).toHaveLength(2);
  });

  it('skip paused members and move a round off a holiday', async () => {
    const t = await start(null, '2026-11-23T08:00:00Z');
    await team(t);
    expect((await t.command(REP2.id, '/checkin', 'pause until 2026-11-27')).text).toContain(
      'paused until 2026-11-27',
    );
    expect((await t.command(REP.id, '/checkin', 'holiday add 2026-11-26 Thanksgiving')).text).toMatch(
      /Only admins/,
    );
    await t.command(ADMIN.id, '/checkin', 'holiday add 2026-11-26 Thanksgiving');
    await tick(t, '2026-11-26T14:05:00Z');
    expect(dms(t, BERLIN.id)).toHaveLength(0);
    // Friday 27 Nov, 15:00 Berlin.
    await tick(t, '2026-11-27T14:00:00Z');
    expect(dms(t, BERLIN.id)).toHaveLength(1);
    await tick(t, '2026-11-27T23:00:00Z');
    expect(dms(t, REP2.id)).toHaveLength(0);
    expect(dms(t, REP.id)).toHaveLength(1);
  });

  it('resume after an interrupted fan-out without a second DM to anyone', async () => {
    const w = await world();
    w.standIn.addUser(BERLIN);
    const t1 = await start(w, '2026-11-23T08:00:00Z');
    await team(t1);
    // Slack accepts the first member's DM, then fails the other two: they are left pending.
    w.standIn.failNext('conversations.open', { status: 503, times: 2, after: 1 });
    const failed = await t1.deps.scheduler.run('checkins', 'manual');
    expect(failed.status).toBe('incomplete');
    const sent = t1.deps.ledger.deliveries('checkins', '2026-W48').filter((d) => d.state === 'sent');
    expect(sent.map((d) => d.recipient)).toEqual([BERLIN.id]);
    await t1.stop();
    const t2 = await start(w, '2026-11-23T09:00:00Z');
    const resumed = await t2.command(ADMIN.id, '/pacer', 'run checkins');
    expect(resumed.text).toContain('done');
    for (const rep of [REP, REP2, BERLIN]) expect(dms(t2, rep.id), rep.id).toHaveLength(1);
    expect((await t2.command(ADMIN.id, '/pacer', 'run checkins')).text).toContain('already ran');
  });
});

describe('answering', () => {
  it('opens the form from the DM, shows inline errors, then updates the DM with the answers', async () => {
    const t = await start(null, '2026-11-26T19:00:00Z');
    await team(t);
    await tick(t, '2026-11-26T20:00:00Z');
    expect((await click(t, REP.id, REP.id, '2026-W48', 'start')).status).toBe(200);
    const opened = await t.standIn.waitForCall((c) => c.method === 'views.open' && c.response.ok === true);
    expect((opened.body.view as { title: { text: string } }).title.text).toBe('Check-in');
    const bad = await submit(t, REP.id, '2026-W48', { week: '', confidence: null });
    expect(JSON.parse(bad.body)).toMatchObject({
      response_action: 'errors',
      errors: { week: expect.any(String), confidence: expect.any(String) },
    });
    const good = await submit(t, REP.id, '2026-W48', {
      week: 'Closed Acme, lost Globex',
      blockers: 'Legal review',
      support: null,
      confidence: '2',
    });
    expect(good.status).toBe(200);
    const updated = await t.standIn.waitForCall((c) => c.method === 'chat.update');
    expect(String(updated.body.text)).toContain('answered, thank you');
    expect(JSON.stringify(updated.body.blocks)).toContain('Closed Acme, lost Globex');
    expect(JSON.stringify(updated.body.blocks)).toContain('"Edit"');
  });

  it("refuses another person's button and a closed round", async () => {
    const t = await start(null, '2026-11-26T19:00:00Z');
    await team(t);
    await tick(t, '2026-11-26T20:00:00Z');
    await click(t, REP2.id, REP.id, '2026-W48', 'not-mine');
    const refusal = await t.standIn.waitForCall(
      (c) => c.method === 'response_url' && c.body.responseId === 'not-mine',
    );
    expect(String(refusal.body.text)).toMatch(/not yours/);
    t.clock.set('2026-11-28T20:01:00Z');
    await click(t, REP.id, REP.id, '2026-W48', 'late');
    const late = await t.standIn.waitForCall(
      (c) => c.method === 'response_url' && c.body.responseId === 'late',
    );
    expect(String(late.body.text)).toMatch(/has closed/);
  });

  it('reminds once, inside working hours, and digests for the manager with flags', async () => {
    const t = await start(null, '2026-11-26T13:00:00Z');
    await team(t);
    await tick(t, '2026-11-26T14:00:00Z'); // Berlin 15:00
    const remind = () => t.deps.scheduler.tick('checkin-reminders');
    t.clock.set('2026-11-26T17:59:00Z');
    await remind();
    expect(t.standIn.messages(BERLIN.id).filter((m) => m.text?.includes('gentle reminder'))).toHaveLength(0);
    t.clock.set('2026-11-27T08:00:00Z'); // 4 h later was 19:00, outside 09:00–18:00: next morning 09:00
    await remind();
    await remind();
    expect(t.standIn.messages(BERLIN.id).filter((m) => m.text?.includes('gentle reminder'))).toHaveLength(1);

    await submit(t, BERLIN.id, '2026-W48', {
      week: 'Slow week',
      blockers: 'No leads from marketing',
      confidence: '1',
    });
    await tick(t, '2026-11-27T08:15:00Z');
    const digest = () => t.deps.scheduler.tick('checkin-digest');
    await digest();
    expect(t.standIn.messages(MANAGER.id)).toHaveLength(0); // Rick and Sara have not answered; still open
    t.clock.set('2026-11-29T21:00:00Z'); // every window has closed
    await digest();
    await digest();
    const sent = t.standIn.messages(MANAGER.id);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.text).toContain('1 answered, 1 flagged');
    expect(sent[0]?.text).toContain(
      `<@${BERLIN.id}> — :construction: blocker, :warning: low confidence (1/5)`,
    );
    expect(sent[0]?.text).toContain(`Not answered: <@${REP.id}>, <@${REP2.id}>`);
  });

  it("waits for reports still to be asked in their own timezone before sending the manager's digest", async () => {
    const t = await start(null, '2026-11-26T13:00:00Z');
    await team(t);
    await tick(t, '2026-11-26T14:00:00Z'); // Berlin 15:00 (Tokyo's 15:00 was at 06:00 UTC)
    await submit(t, BERLIN.id, '2026-W48', { week: 'Good', confidence: '4' });
    await submit(t, REP2.id, '2026-W48', { week: 'Fine', confidence: '3' });
    const digest = () => t.deps.scheduler.tick('checkin-digest');
    t.clock.set('2026-11-26T14:15:00Z');
    await digest();
    expect(t.standIn.messages(MANAGER.id)).toHaveLength(0); // Rick in New York is asked at 20:00 UTC
    await tick(t, '2026-11-26T20:00:00Z');
    await submit(t, REP.id, '2026-W48', { week: 'Lost Globex', blockers: 'Pricing', confidence: '2' });
    t.clock.set('2026-11-26T20:15:00Z');
    await digest();
    await digest();
    const sent = t.standIn.messages(MANAGER.id);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.text).toContain('3 answered, 1 flagged');
  });

  it('keeps answers private: the member, their manager and admins only', async () => {
    const t = await start(null, '2026-11-26T13:00:00Z');
    await team(t);
    await tick(t, '2026-11-26T14:00:00Z');
    await submit(t, BERLIN.id, '2026-W48', { week: 'Secret pipeline notes', confidence: '4' });
    expect((await t.command(REP.id, '/checkin', `answers <@${BERLIN.id}>`)).text).toMatch(/private/);
    expect((await t.command(REP.id, '/checkin', `answers <@${BERLIN.id}>`)).text).not.toContain('Secret');
    expect((await t.command(MANAGER.id, '/checkin', `answers <@${BERLIN.id}>`)).text).toContain(
      'Secret pipeline notes',
    );
    expect((await t.command(ADMIN.id, '/checkin', `answers <@${BERLIN.id}|bea>`)).text).toContain(
      'Secret pipeline notes',
    );
    expect((await t.command(BERLIN.id, '/checkin', 'history')).text).toContain('Secret pipeline notes');
  });
});

describe('one-on-one feedback', () => {
  it('prompts on the first working day of the month, not on a weekend', async () => {
    const t = await start(null, '2026-07-20T10:00:00Z');
    await team(t);
    const prompts = () =>
      t.standIn.messages(MANAGER.id).filter((m) => m.text?.includes('one-on-one feedback'));
    const dayAt10 = async (date: string) => {
      t.clock.set(`${date}T08:00:00Z`); // 10:00 in Berlin (summer time)
      return t.deps.scheduler.tick('feedback-prompts');
    };
    await dayAt10('2026-08-01'); // Saturday
    await dayAt10('2026-08-02'); // Sunday
    expect(prompts()).toHaveLength(0);
    await dayAt10('2026-08-03'); // Monday
    expect(prompts()).toHaveLength(1);
    expect(prompts()[0]?.text).toContain('(July 2026)');
    expect((await dayAt10('2026-08-04'))[0]?.status).toBe('already-done');
    expect(prompts()).toHaveLength(1);
  });

  it('prompts each manager monthly and delivers the feedback to the rep', async () => {
    const t = await start(null, '2026-11-20T10:00:00Z');
    await team(t);
    await t.command(REP.id, '/deal', '5,000 Acme');
    t.clock.set('2026-12-01T09:00:00Z');
    const run = await t.command(ADMIN.id, '/pacer', 'run feedback-prompts');
    expect(run.text).toContain('2026-11');
    const prompt = t.standIn.messages(MANAGER.id).at(-1)!;
    expect(prompt.text).toContain('one-on-one feedback (November 2026) for 3 reports');
    expect(JSON.stringify(prompt.blocks)).toContain(`${REP.id}|2026-11`);
    await t.interact({
      type: 'view_submission',
      user: { id: REP2.id },
      team: { id: 'T0PACER' },
      view: {
        id: 'VF0',
        type: 'modal',
        callback_id: 'feedback_modal',
        private_metadata: `${REP.id}|2026-11`,
        state: { values: fb('x', 'y', 'z') },
      },
    });
    expect(t.standIn.messages(REP.id).filter((m) => m.text?.includes('Feedback from'))).toHaveLength(0);
    const res = await t.interact({
      type: 'view_submission',
      user: { id: MANAGER.id },
      team: { id: 'T0PACER' },
      view: {
        id: 'VF1',
        type: 'modal',
        callback_id: 'feedback_modal',
        private_metadata: `${REP.id}|2026-11`,
        state: { values: fb('Fast follow-ups', 'Qualify earlier', 'Two new logos') },
      },
    });
    expect(res.status).toBe(200);
    await t.standIn.waitForCall(
      (c) => c.method === 'chat.postMessage' && String(c.body.text).includes('Feedback from'),
    );
    expect(t.standIn.messages(REP.id).at(-1)?.text).toContain('*One goal for next month:* Two new logos');
    expect((await t.command(REP.id, '/checkin', 'history')).text).toContain('Qualify earlier');
  });
});

function fb(wentWell: string, improve: string, goal: string) {
  return {
    went_well: { value: { type: 'plain_text_input', value: wentWell } },
    improve: { value: { type: 'plain_text_input', value: improve } },
    goal: { value: { type: 'plain_text_input', value: goal } },
  };
}

describe('a round moved past a holiday', () => {
  it("still goes out when the move takes it into the next week, under its own week's name", async () => {
    const t = await start(null, '2026-11-23T08:00:00Z');
    await team(t);
    await t.command(ADMIN.id, '/checkin', 'schedule weekly friday 15:00');
    await t.command(ADMIN.id, '/checkin', 'holiday add 2026-11-27 Bridge day');
    await tick(t, '2026-11-27T14:00:00Z'); // Friday 15:00 in Berlin: a holiday
    expect(dms(t, BERLIN.id)).toHaveLength(0);
    await tick(t, '2026-11-30T14:00:00Z'); // Monday 15:00 in Berlin, week 49 by the team's calendar
    expect(dms(t, BERLIN.id)).toHaveLength(1);
    expect(dms(t, BERLIN.id)[0]?.text).toContain('Check-in · week 48');
  });
});

describe("rounds across the team's week boundary", () => {
  const AUCKLAND: StandInUser = {
    id: 'UAKL',
    name: 'aroha',
    real_name: 'Aroha Auckland',
    tz: 'Pacific/Auckland',
  };
  const LA: StandInUser = { id: 'ULAX', name: 'lou', real_name: 'Lou Angeles', tz: 'America/Los_Angeles' };

  async function farTeam(now: string, schedule: string): Promise<TestPacer> {
    const t = await start(null, now);
    t.standIn.addUser(AUCKLAND);
    t.standIn.addUser(LA);
    await t.command(ADMIN.id, '/pacer', `member <@${ADMIN.id}> role:admin`);
    await t.command(ADMIN.id, '/pacer', `member <@${MANAGER.id}> role:manager`);
    for (const rep of [AUCKLAND, LA])
      await t.command(ADMIN.id, '/pacer', `member <@${rep.id}> role:rep manager:<@${MANAGER.id}>`);
    expect((await t.command(ADMIN.id, '/checkin', `schedule ${schedule}`)).text).toContain(
      'Check-ins now go out',
    );
    return t;
  }

  it("reaches a member whose Monday starts while the team's calendar is still in last week", async () => {
    const t = await farTeam('2026-11-27T08:00:00Z', 'weekly monday 09:00');
    // Monday 30 Nov 09:00 in Auckland (UTC+13) is Sunday 20:00 UTC, 21:00 in Berlin: week 48 there.
    await tick(t, '2026-11-29T19:45:00Z');
    expect(dms(t, AUCKLAND.id)).toHaveLength(0);
    await tick(t, '2026-11-29T20:00:00Z');
    expect(dms(t, AUCKLAND.id)).toHaveLength(1);
    expect(dms(t, AUCKLAND.id)[0]?.text).toContain('Check-in · week 49');
    expect(dms(t, LA.id)).toHaveLength(0); // 09:00 in Los Angeles is Monday 17:00 UTC

    // Their own /checkin is week 49's too, not the team's week 48 (long closed).
    await t.send(AUCKLAND.id, '/checkin', '');
    const opened = await t.standIn.waitForCall((c) => c.method === 'views.open' && c.response.ok === true);
    expect(JSON.stringify(opened.body.view)).toContain('2026-W49');

    await tick(t, '2026-11-30T17:00:00Z');
    expect(dms(t, LA.id)).toHaveLength(1);
    expect(dms(t, AUCKLAND.id)).toHaveLength(1);
  });

  it("sends the manager's digest when a far-west member's window closes after the team's week has turned", async () => {
    const t = await farTeam('2026-11-27T08:00:00Z', 'weekly friday 17:00');
    // Friday 27 Nov 17:00: Auckland is 04:00 UTC, Los Angeles Saturday 01:00 UTC.
    await tick(t, '2026-11-27T04:00:00Z');
    await tick(t, '2026-11-28T01:00:00Z');
    expect(dms(t, LA.id)).toHaveLength(1);
    await submit(t, AUCKLAND.id, '2026-W48', { week: 'Two renewals', confidence: '4' });
    const digest = () => t.deps.scheduler.tick('checkin-digest');
    t.clock.set('2026-11-29T23:30:00Z'); // LA's window is open until Sunday 17:00 there, Monday 01:00 UTC
    await digest();
    expect(t.standIn.messages(MANAGER.id)).toHaveLength(0);
    t.clock.set('2026-11-30T01:15:00Z'); // Monday 02:15 in Berlin: the team is in week 49
    await digest();
    await digest();
    const sent = t.standIn.messages(MANAGER.id);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.text).toContain('1 answered');
    expect(sent[0]?.text).toContain(`Not answered: <@${LA.id}>`);
  });
});
