import { describe, expect, it, vi } from 'vitest';
import type { RecordedCall } from '../../../src/slack-api-stand-in/index.js';
import { restartableWorlds, type World } from '../../helpers/restartable-world.js';
import { ADMIN, MANAGER, REP, REP2, TestPacer } from '../../helpers/test-pacer.js';

const { world, cleanup } = restartableWorlds();

const start = (w: World, now: string, env: Record<string, string> = {}) =>
  TestPacer.start({ ...w, now, env: { PACER_TIMEZONE: 'Europe/Berlin', ...env } });

const posts = (w: World, prefix: string) =>
  w.standIn.messages('CWINS').filter((m) => String(m.text ?? '').startsWith(prefix));

async function tick(t: TestPacer, at: string) {
  t.clock.set(at);
  return t.deps.scheduler.tick('contests');
}

describe('/contest, individual, from the one-line form to the final result', () => {
  it('posts start, standings and a tied final exactly once across a restart; history stays as announced', async () => {
    const w = await world();
    const t1 = await start(w, '2026-11-30T10:00:00Z');
    await t1.command(ADMIN.id, '/pacer', 'channel <#CWINS|wins>');

    const refused = await t1.command(REP.id, '/contest', 'new "Rep cup" deals 2026-12-01 2026-12-07');
    expect(refused.text).toBe('Only admins and managers create contests.');
    const bad = await t1.command(ADMIN.id, '/contest', 'new "Oops" revenue 2026-12-07 2026-12-01');
    expect(bad.text).toBe('The last day comes before the first.');

    const created = await t1.command(
      ADMIN.id,
      '/contest',
      'new "December <hunt>" revenue 2026-12-01 2026-12-07 standings:daily goal:5k prize:Team dinner & drinks',
    );
    expect(created.text).toContain('Created *December &lt;hunt&gt;*, 2026-12-01 to 2026-12-07.');
    expect(created.text).toContain('Prize: Team dinner &amp; drinks');
    expect(created.text).toContain('Ties share a place.');
    const dup = await t1.command(ADMIN.id, '/contest', 'new "december <HUNT>" deals 2026-12-01 2026-12-07');
    expect(dup.text).toContain('There is a contest called');
    expect((await t1.command(REP.id, '/contest')).text).toContain(
      '*Coming up*\n• *December &lt;hunt&gt;* — revenue',
    );

    // Before 09:00 on the first day nothing is due; at 09:30 the start post goes out, once.
    await tick(t1, '2026-12-01T07:30:00Z');
    expect(posts(w, ':checkered_flag:')).toHaveLength(0);
    await tick(t1, '2026-12-01T08:30:00Z');
    await tick(t1, '2026-12-01T08:35:00Z');
    const startPosts = posts(w, ':checkered_flag:');
    expect(startPosts).toHaveLength(1);
    expect(startPosts[0]!.text).toContain('*December &lt;hunt&gt;* starts today and runs until 2026-12-07');

    await t1.command(REP.id, '/deal', '5k Acme date:2026-12-01');
    await t1.command(REP2.id, '/deal', '3k Globex date:2026-12-01');
    await t1.command(REP2.id, '/deal', '2k Initech date:2026-12-01');
    await t1.command(MANAGER.id, '/deal', '1k Hooli date:2026-12-01');
    // Closed before the contest: does not count.
    await t1.command(MANAGER.id, '/deal', '9k Umbrella date:2026-11-30');

    const mine = await t1.command(REP.id, '/contest', 'December <hunt>');
    expect(mine.text).toContain(`:first_place_medal: <@${REP.id}> — $5,000 · :dart: goal reached ← you`);
    expect(mine.text).toContain(`:first_place_medal: <@${REP2.id}> — $5,000 · :dart: goal reached`);
    expect(mine.text).toContain(`:third_place_medal: <@${MANAGER.id}> — $1,000`);
    expect((await t1.command(REP.id, '/contest')).text).toContain('you: :first_place_medal:');

    // Daily standings at 16:00 Berlin (15:00 UTC), once however many ticks.
    await tick(t1, '2026-12-02T15:00:00Z');
    await tick(t1, '2026-12-02T15:05:00Z');
    const standings = posts(w, ':bar_chart:');
    expect(standings).toHaveLength(1);
    expect(standings[0]!.text).toContain('standings on 2026-12-02');

    // A deal moved out of the contest stops counting: REP2 falls behind.
    const globex = t1.deps.deals.recentFor(REP2.id, 5).find((d) => d.customerName === 'Globex')!;
    t1.deps.db.prepare('UPDATE deals SET closed_on = ? WHERE id = ?').run('2026-11-29', globex.id);
    expect((await t1.command(REP2.id, '/contest', 'December <hunt>')).text).toContain(
      `:second_place_medal: <@${REP2.id}> — $2,000 ← you`,
    );
    t1.deps.db.prepare('UPDATE deals SET closed_on = ? WHERE id = ?').run('2026-12-01', globex.id);

    // The day after the last day, 09:00 Berlin: the final result, a tie shared.
    await tick(t1, '2026-12-08T08:05:00Z');
    await t1.stop();
    const t2 = await start(w, '2026-12-08T08:20:00Z');
    cleanup(() => t2.stop());
    await t2.deps.scheduler.tick('contests');
    await t2.command(ADMIN.id, '/pacer', 'run contests');
    const finals = posts(w, ':trophy:');
    expect(finals).toHaveLength(1);
    expect(finals[0]!.text).toContain('*December &lt;hunt&gt;* is over · final result');
    expect(JSON.stringify(finals[0]!.blocks)).toContain(`Winners, tied: <@${REP.id}>, <@${REP2.id}>`);
    expect(posts(w, ':checkered_flag:')).toHaveLength(1);

    // Deal backdated into the contest after it was settled: history says what was announced.
    await t2.command(MANAGER.id, '/deal', '50k Late Co date:2026-12-05');
    const history = await t2.command(REP.id, '/contest', 'history');
    expect(history.text).toContain(
      `• *December &lt;hunt&gt;* (2026-12-01 to 2026-12-07): <@${REP.id}>, <@${REP2.id}>`,
    );
    expect((await t2.command(REP.id, '/contest', 'rules December <hunt>')).text).toContain(
      'Deals closed from 2026-12-01 to 2026-12-07 count',
    );
  });
});

type View = { callback_id: string; private_metadata: string; blocks: Array<Record<string, unknown>> };

async function openForm(t: TestPacer, userId: string): Promise<View> {
  expect((await t.send(userId, '/contest', 'new')).http.status).toBe(200);
  const call: RecordedCall = await t.standIn.waitForCall(
    (c) => c.method === 'views.open' && c.response.ok === true,
  );
  return call.body.view as View;
}

function submit(t: TestPacer, userId: string, view: View, values: Record<string, Record<string, unknown>>) {
  return t.interact({
    type: 'view_submission',
    team: { id: 'T0PACER' },
    user: { id: userId },
    trigger_id: 'trigger-submit',
    view: {
      id: `V${Math.random().toString(36).slice(2, 10)}`,
      hash: 'h',
      type: 'modal',
      callback_id: view.callback_id,
      private_metadata: view.private_metadata,
      state: { values },
    },
  });
}

const select = (value: string) => ({ value: { type: 'static_select', selected_option: { value } } });
const text = (value: string | null) => ({ value: { type: 'plain_text_input', value } });
const date = (value: string) => ({ value: { type: 'datepicker', selected_date: value } });
const users = (ids: string[]) => ({ value: { type: 'multi_users_select', selected_users: ids } });

describe('/contest new, the form, teams picked by hand', () => {
  it('creates a team contest from the form, refuses on the field, and settles a team tie once across a restart', async () => {
    const w = await world();
    const t1 = await start(w, '2026-11-30T10:00:00Z');
    await t1.command(ADMIN.id, '/pacer', 'channel <#CWINS|wins>');
    await t1.command(ADMIN.id, '/pacer', `member <@${MANAGER.id}> role:manager`);
    await t1.command(ADMIN.id, '/pacer', `member <@${REP.id}> manager:<@${MANAGER.id}>`);
    await t1.command(ADMIN.id, '/pacer', `member <@${REP2.id}> manager:<@${MANAGER.id}>`);

    const view = await openForm(t1, MANAGER.id);
    expect(JSON.stringify(view.blocks)).toContain('Team 1: members');
    const values = {
      contest_name: text('Deal dash'),
      contest_metric: select('deals'),
      contest_start: date('2026-12-01'),
      contest_end: date('2026-12-04'),
      contest_mode: select('teams'),
      contest_standings: select('weekly'),
      contest_goal: text(null),
      contest_prize: text('Pizza'),
      contest_team_1_name: text('Hunters'),
      contest_team_1_members: users([REP.id]),
      contest_team_2_name: text('Farmers'),
      contest_team_2_members: users([REP2.id, ADMIN.id]),
    };
    // A manager's contest is among their reports: the admin is not one.
    const refused = await submit(t1, MANAGER.id, view, values);
    expect(JSON.parse(refused.body)).toEqual({
      response_action: 'errors',
      errors: {
        contest_team_1_members: `<@${ADMIN.id}> does not report to you: a manager’s contest is among their reports.`,
      },
    });
    const badEnd = await submit(t1, MANAGER.id, view, { ...values, contest_end: date('2026-11-01') });
    expect(JSON.parse(badEnd.body).errors).toEqual({ contest_end: 'The last day comes before the first.' });

    const ok = await submit(t1, MANAGER.id, view, { ...values, contest_team_2_members: users([REP2.id]) });
    expect(ok.status).toBe(200);
    expect(ok.body).toBe('');
    const confirmation = await t1.standIn.waitForCall((c) => c.method === 'chat.postEphemeral');
    expect(String(confirmation.body.text)).toContain('Created *Deal dash*');
    expect(String(confirmation.body.text)).toContain(`Among the reports of <@${MANAGER.id}>.`);

    await tick(t1, '2026-12-01T08:30:00Z');
    await t1.command(REP.id, '/deal', '1k Acme date:2026-12-01');
    await t1.command(REP.id, '/deal', '1k Beta date:2026-12-01');
    await t1.command(REP2.id, '/deal', '5k Gamma date:2026-12-01');
    await t1.command(REP2.id, '/deal', '5k Delta date:2026-12-01');
    // Not in a team: counts nowhere.
    await t1.command(MANAGER.id, '/deal', '1k Own date:2026-12-01');
    const standings = await t1.command(MANAGER.id, '/contest', 'deal dash');
    expect(standings.text).toContain(':first_place_medal: *Farmers* — 2 deals');
    expect(standings.text).toContain(':first_place_medal: *Hunters* — 2 deals');
    expect(standings.text).toContain('You are not taking part in this contest.');
    expect((await t1.command(REP.id, '/contest', 'deal dash')).text).toContain('*Hunters* — 2 deals ← you');

    await tick(t1, '2026-12-05T08:00:00Z');
    await t1.stop();
    const t2 = await start(w, '2026-12-05T09:00:00Z');
    cleanup(() => t2.stop());
    await t2.deps.scheduler.tick('contests');
    const finals = posts(w, ':trophy:');
    expect(finals).toHaveLength(1);
    expect(JSON.stringify(finals[0]!.blocks)).toContain('Winners, tied: *Farmers*, *Hunters*');
  });
});

describe('/contest by region, in Chinese', () => {
  it('announces and ranks regions in the team language', async () => {
    const w = await world();
    const t = await start(w, '2026-11-30T10:00:00Z', { PACER_LANGUAGE: 'zh-CN' });
    cleanup(() => t.stop());
    await t.command(ADMIN.id, '/pacer', 'channel <#CWINS|wins>');
    await t.command(ADMIN.id, '/pacer', 'region add North');
    await t.command(ADMIN.id, '/pacer', 'region add South');
    await t.command(ADMIN.id, '/pacer', `member <@${REP.id}> region:North`);
    await t.command(ADMIN.id, '/pacer', `member <@${REP2.id}> region:South`);
    await t.command(
      ADMIN.id,
      '/contest',
      'new "December hunt" new-customers 2026-12-01 2026-12-31 teams:region prize:Team dinner',
    );
    await tick(t, '2026-12-01T08:30:00Z');
    const [startPost] = posts(w, ':checkered_flag:');
    expect(startPost!.text).toContain(
      ':checkered_flag: *December hunt*今天开始，持续到2026-12-31：按新客户数排名，按区域组队。',
    );
    expect(JSON.stringify(startPost!.blocks)).toContain('奖品：Team dinner');
    await t.command(REP.id, '/deal', '1k Acme date:2026-12-01');
    await t.command(REP2.id, '/deal', '1k Beta date:2026-12-01');
    await t.command(REP2.id, '/deal', '1k Gamma date:2026-12-01');
    await tick(t, '2026-12-08T15:00:00Z');
    const [weekly] = posts(w, ':bar_chart:');
    expect(weekly!.text).toContain('*December hunt* · 2026-12-08排名');
    expect(JSON.stringify(weekly!.blocks)).toContain(':first_place_medal: *South*：2 个新客户');
    expect(JSON.stringify(weekly!.blocks)).toContain(':second_place_medal: *North*：1 个新客户');
  });
});

describe('/contest created once it has begun', () => {
  it('says when it started instead of "starts today"', async () => {
    const w = await world();
    const t = await start(w, '2026-12-03T10:00:00Z');
    await t.command(ADMIN.id, '/pacer', 'channel <#CWINS|wins>');
    const created = await t.command(ADMIN.id, '/contest', 'new "Late sprint" deals 2026-12-01 2026-12-10');
    expect(created.text).toContain('It has begun: it is announced in the channel now.');
    // Created once it has begun, it is announced at once (the command runs the job), not 5 min later.
    await vi.waitFor(() => expect(posts(w, ':checkered_flag:')).toHaveLength(1));
    const [post] = posts(w, ':checkered_flag:');
    expect(post!.text).toContain('*Late sprint* started on 2026-12-01 and runs until 2026-12-10');
    expect(post!.text).not.toContain('starts today');
  });
});
