import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { submitCheckin } from '../../helpers/checkin-forms.js';
import { openHomeTab } from '../../helpers/home-tab.js';
import { ADMIN, MANAGER, REP, REP2, TestPacer } from '../../helpers/test-pacer.js';

type Block = {
  type: string;
  block_id?: string;
  text?: { text: string };
  elements?: Array<{ action_id?: string; value?: string; text?: { text: string } | string }>;
  accessory?: { action_id: string; value?: string };
};
type HomeView = { type: string; blocks: Block[] };

let t: TestPacer;
// Wednesday 25 November 2026, 10:00 in New York: 17 of November's 21 working days are over.
beforeEach(async () => {
  t = await TestPacer.start({ now: '2026-11-25T15:00:00Z', env: { PACER_TIMEZONE: 'America/New_York' } });
  await t.command(ADMIN.id, '/pacer', 'channel <#CWINS|wins>');
  await t.command(ADMIN.id, '/pacer', `member <@${MANAGER.id}> role:manager`);
  await t.command(ADMIN.id, '/pacer', `member <@${REP.id}> role:rep manager:<@${MANAGER.id}>`);
  await t.command(ADMIN.id, '/pacer', `member <@${REP2.id}> role:rep manager:<@${MANAGER.id}>`);
  await t.command(ADMIN.id, '/target', `set <@${REP.id}> 2026-11 10,000 stretch +40%`);
  await t.command(ADMIN.id, '/target', `set <@${REP2.id}> 2026-11 50,000`);
  await t.command(ADMIN.id, '/pacer', 'commission 5% above 100% 8% stretch-bonus 500');
  await t.command(REP.id, '/deal', '8,000 Acme Corp');
  await t.command(REP2.id, '/deal', '2,000 Globex <Inc> & Co');
});
afterEach(() => t.stop());

const openHome = (userId: string) => openHomeTab<HomeView>(t, userId);

const textOf = (view: HomeView) =>
  view.blocks
    .flatMap((b) => [
      b.text?.text ?? '',
      ...(b.elements ?? []).map((e) => (typeof e.text === 'string' ? e.text : (e.text?.text ?? ''))),
    ])
    .join('\n');
const actionIds = (view: HomeView) =>
  view.blocks.flatMap((b) => [
    ...(b.elements ?? []).flatMap((e) => (e.action_id ? [e.action_id] : [])),
    ...(b.accessory ? [b.accessory.action_id] : []),
  ]);

describe('App Home', () => {
  it("shows a rep their own periods, rank, deals, kudos, check-in and commission, and nobody else's", async () => {
    const view = await openHome(REP.id);
    expect(view.type).toBe('home');
    const text = textOf(view);
    expect(text).toContain('Your pace');
    expect(text).toContain('*This month (November 2026)* — $8,000 of $10,000');
    expect(text).toContain('stretch $14,000');
    // $2,000 over the 4 working days left (Wednesday to Monday 30th).
    expect(text).toContain('$500 per working day over the 4 left');
    expect(text).toContain('This week (week 48 (Nov 23–29))');
    expect(text).toMatch(/This quarter \(Q4 2026\)\* — \$8,000/);
    expect(text).toMatch(/This year \(2026\)\* — \$8,000/);
    expect(text).toContain('*#1* of 2 this month by revenue');
    expect(text).toContain('5 kudos left today (of 5)');
    expect(text).toContain('*Check-in* (week 48');
    // 5% of $8,000, computed for the viewer only: Sara's $100 is not on Rick's tab.
    expect(text).toContain('*Your commission* (only you see this)');
    expect(text).toContain('*$400*');
    expect(text).not.toContain('$100');
    expect(text).not.toContain('Globex');
    const deal = view.blocks.find((b) => b.block_id?.startsWith('home-deal-'));
    expect(deal?.text?.text).toContain('*Acme Corp* · $8,000');
    expect(deal?.accessory).toMatchObject({ action_id: 'deal_edit' });
    expect(actionIds(view)).toEqual(
      expect.arrayContaining(['home_log_deal', 'home_checkin_start', 'home_leaderboard', 'deal_edit']),
    );
    expect(text).not.toContain('Your reports');
    expect(text).not.toContain('Set up Pacer');
  });

  it("shows a manager their reports' pace, who has not answered, blockers and low confidence", async () => {
    await t.command(ADMIN.id, '/pacer', 'run checkins');
    const round = t.deps.checkins.round('2026-W48');
    expect(round.map((c) => c.memberId).sort()).toEqual([REP.id, REP2.id].sort());
    const answered = await submitCheckin(t, REP2.id, '2026-W48', {
      week: 'Slow week',
      blockers: 'Legal <review> & pricing sign-off',
      support: null,
      confidence: '2',
    });
    expect(answered.status).toBe(200);

    const view = await openHome(MANAGER.id);
    const text = textOf(view);
    expect(text).toContain('*Your reports this month*');
    // Sara: $2,000 of $50,000 with 17 of 21 days gone is at risk, and listed first.
    const table = text.slice(text.indexOf('Your reports'));
    expect(table.indexOf(`<@${REP2.id}>`)).toBeLessThan(table.indexOf(`<@${REP.id}>`));
    expect(text).toContain(`:rotating_light: at risk · <@${REP2.id}> — $2,000 of $50,000 (4%)`);
    // Rick: $8,000 of the $8,095.23 expected by today is on track.
    expect(text).toContain(`:white_check_mark: on track · <@${REP.id}> — $8,000 of $10,000 (80%)`);
    expect(text).toContain(`*Not answered this check-in:* <@${REP.id}>`);
    // What Sara typed is escaped.
    expect(text).toContain(`:construction: <@${REP2.id}>: Legal &lt;review&gt; &amp; pricing sign-off`);
    expect(text).toContain(`<@${REP2.id}>: confidence 2/5`);
    // The manager's own commission (no sales: $0), never a report's.
    expect(text).not.toContain('*$400*');
    expect(text).not.toContain('*$100*');
    expect(text).not.toContain('Set up Pacer');
  });

  it('shows an admin the first-run checklist with its buttons and the settings', async () => {
    const view = await openHome(ADMIN.id);
    const text = textOf(view);
    expect(text).toContain('*Set up Pacer*');
    expect(text).toContain(':white_check_mark: Announce channel: <#CWINS>');
    expect(text).toContain(':white_check_mark: Team timezone: America/New_York');
    expect(text).toContain(':white_check_mark: 2 reps set up');
    expect(text).toContain(':white_check_mark: A first target is set');
    expect(text).toContain('Timezone America/New_York · currency USD');
    expect(actionIds(view)).toEqual(
      expect.arrayContaining([
        'home_setup_channel',
        'home_setup_timezone',
        'home_setup_members',
        'home_setup_target',
      ]),
    );
  });

  it('speaks the member’s own language', async () => {
    await t.command(REP2.id, '/pacer', 'my-language zh-CN');
    const text = textOf(await openHome(REP2.id));
    expect(text).toContain('你的进度');
    expect(text).toContain('本月（2026年11月）');
    expect(text).toContain('记录成交');
    expect(text).toContain('Globex &lt;Inc&gt; &amp; Co');
  });

  it("republishes only the owner's tab after a deal changes", async () => {
    await openHome(REP.id);
    await openHome(REP2.id);
    await openHome(MANAGER.id);
    // The month charts follow the first publishes: let them land before watching for the deal's.
    await t.settled();
    t.standIn.reset();
    await t.command(REP.id, '/deal', '1,500 Initech');
    const call = await t.standIn.waitForCall((c) => c.method === 'views.publish');
    expect(call.body.user_id).toBe(REP.id);
    expect(textOf(call.body.view as HomeView)).toContain('*Initech* · $1,500');
    // Undo changes Rick's tab again, and still nobody else's.
    await t.command(REP.id, '/deal', 'undo');
    await t.standIn.waitForCall(
      (c) => c.method === 'views.publish' && !textOf(c.body.view as HomeView).includes('Initech'),
    );
    expect(new Set(t.standIn.calls('views.publish').map((c) => c.body.user_id))).toEqual(new Set([REP.id]));
  });

  it('opens the deal form from Log a deal and from Edit, and the setup form for admins only', async () => {
    const view = await openHome(REP.id);
    const editValue = view.blocks.find((b) => b.accessory?.action_id === 'deal_edit')?.accessory?.value;
    const click = (user: string, actionId: string, value?: string) =>
      t.interact({
        type: 'block_actions',
        user: { id: user },
        team: { id: 'T0PACER' },
        trigger_id: `trigger-${actionId}`,
        container: { type: 'view', view_id: 'VHOME' },
        view: {
          id: 'VHOME',
          type: 'home',
          callback_id: '',
          private_metadata: '',
          hash: 'h',
          state: { values: {} },
        },
        actions: [
          { type: 'button', action_id: actionId, block_id: 'b', action_ts: '1', ...(value ? { value } : {}) },
        ],
      });
    await click(REP.id, 'home_log_deal');
    const logForm = await t.standIn.waitForCall((c) => c.method === 'views.open');
    expect(logForm.response.ok).toBe(true);
    expect((logForm.body.view as { callback_id: string }).callback_id).toBe('deal_modal');
    t.standIn.reset();
    await click(REP.id, 'deal_edit', editValue);
    const editForm = await t.standIn.waitForCall((c) => c.method === 'views.open');
    expect(JSON.stringify(editForm.body.view)).toContain('Acme Corp');
    t.standIn.reset();
    await click(REP.id, 'home_setup_channel');
    const refusal = await t.standIn.waitForCall((c) => c.method === 'chat.postMessage');
    expect(refusal.body.text).toContain('Only admins');
    expect(t.standIn.calls('views.open')).toHaveLength(0);
    await click(ADMIN.id, 'home_setup_target');
    const setup = await t.standIn.waitForCall((c) => c.method === 'views.open');
    expect((setup.body.view as { callback_id: string }).callback_id).toBe('home_setup_modal');
  });
});

describe('App Home setup form and calendar edges', () => {
  it('saves the admin setup form at once, refuses a bad timezone on its field, and refreshes the tab', async () => {
    await openHome(ADMIN.id);
    const submit = (values: Record<string, Record<string, unknown>>) =>
      t.interact({
        type: 'view_submission',
        team: { id: 'T0PACER' },
        user: { id: ADMIN.id },
        view: {
          id: `VSETUP${Math.random()}`,
          type: 'modal',
          callback_id: 'home_setup_modal',
          private_metadata: JSON.stringify({ year: 2027 }),
          state: { values },
        },
      });
    const bad = await submit({
      setup_channel: { value: { type: 'conversations_select', selected_conversation: 'CNEW' } },
      setup_timezone: { value: { type: 'plain_text_input', value: 'Mars/Olympus' } },
    });
    expect(JSON.parse(bad.body)).toMatchObject({
      response_action: 'errors',
      errors: { setup_timezone: expect.stringContaining('Not a timezone I know') },
    });
    // Nothing of a refused form is kept: the channel did not change either.
    expect(textOf(await openHome(ADMIN.id))).toContain('<#CWINS>');
    t.standIn.reset();
    const good = await submit({
      setup_channel: { value: { type: 'conversations_select', selected_conversation: 'CNEW' } },
      setup_timezone: { value: { type: 'plain_text_input', value: 'Europe/Berlin' } },
      setup_target: { value: { type: 'plain_text_input', value: '12m' } },
    });
    expect(good.status).toBe(200);
    const refreshed = await t.standIn.waitForCall((c) => c.method === 'views.publish');
    const text = textOf(refreshed.body.view as HomeView);
    expect(text).toContain(':white_check_mark: Announce channel: <#CNEW>');
    expect(text).toContain(':white_check_mark: Team timezone: Europe/Berlin');
    expect(t.deps.targets.get({ kind: 'team', id: '' }, '2027')?.amountCents).toBe(1_200_000_000);
  });

  it('says a month of holidays has no working days, and calls nobody at risk for it', async () => {
    // Every weekday of December 2026 a company holiday; Rick has a December target and no sales.
    await t.command(ADMIN.id, '/target', `set <@${REP.id}> 2026-12 30,000`);
    for (let day = 1; day <= 31; day++) {
      const date = `2026-12-${String(day).padStart(2, '0')}`;
      const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
      if (weekday !== 0 && weekday !== 6)
        await t.command(ADMIN.id, '/checkin', `holiday add ${date} Shutdown`);
    }
    t.clock.set('2026-12-16T15:00:00Z');
    const text = textOf(await openHome(REP.id));
    const line = text.slice(text.indexOf('*This month (December 2026)*'));
    expect(line).toContain('no working days in this period');
    expect(line.split('\n').slice(0, 2).join('\n')).not.toContain('per working day');
    expect(line.split('\n')[0]).not.toContain('at risk');
  });
});
