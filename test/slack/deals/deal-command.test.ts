import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../../src/slack/ids.js';
import { buttonClick, buttons } from '../../helpers/payloads.js';
import { ADMIN, MANAGER, REP, REP2, TestPacer } from '../../helpers/test-pacer.js';

let t: TestPacer;
beforeEach(async () => {
  // Wednesday 25 Nov 2026, 10:00 UTC; the team is in New York.
  t = await TestPacer.start({ now: '2026-11-25T15:00:00Z', env: { PACER_TIMEZONE: 'America/New_York' } });
  await t.command(ADMIN.id, '/pacer', 'channel <#CWINS|wins>');
  await t.command(ADMIN.id, '/pacer', 'region add North');
  await t.command(ADMIN.id, '/pacer', 'product add Cloud');
  await t.command(ADMIN.id, '/pacer', `member <@${REP.id}> role:rep region:North manager:<@${MANAGER.id}>`);
  await t.command(ADMIN.id, '/pacer', `member <@${MANAGER.id}> role:manager`);
  t.standIn.reset();
});
afterEach(async () => {
  await t.stop();
});

const liveDeals = () =>
  t.deps.db.prepare('SELECT * FROM deals WHERE deleted_at IS NULL ORDER BY id').all() as Array<
    Record<string, unknown>
  >;

describe('/deal <amount> <customer>', () => {
  it('logs a deal in minor units with the member region, confirms it and celebrates it', async () => {
    const { text, reply } = await t.command(
      REP.id,
      '/deal',
      '12,500 Acme Corp product:cloud note:renewal <b>',
    );
    expect(text).toContain('*$12,500* with *Acme Corp* · new customer · closed 2026-11-25 · Cloud · North');
    expect(JSON.stringify(reply.blocks)).toContain('"action_id":"deal_undo"');
    expect(liveDeals()).toMatchObject([
      {
        member_id: REP.id,
        amount_cents: 1_250_000,
        closed_on: '2026-11-25',
        note: 'renewal <b>',
        currency: 'USD',
      },
    ]);
    const post = await t.standIn.waitForCall(
      (c) => c.method === 'chat.postMessage' && c.body.channel === 'CWINS',
    );
    expect(post.body.text).toBe(`:tada: <@${REP.id}> closed $12,500 with Acme Corp · new customer`);
  });

  it('reads the amount forms people type', async () => {
    // These amounts differ a hundredfold: without this, 1.2m would be asked about (fair play).
    await t.command(ADMIN.id, '/pacer', 'unusual off');
    const cases: Array<[string, number]> = [
      ['12500', 1_250_000],
      ['12500.50', 1_250_050],
      ['12.5k', 1_250_000],
      ['1.2m', 120_000_000],
      ['$12,500', 1_250_000],
      ['1.5万', 1_500_000],
    ];
    for (const [amount, cents] of cases) {
      await t.command(REP.id, '/deal', `${amount} Customer ${amount}`);
      expect(liveDeals().at(-1)?.amount_cents, amount).toBe(cents);
    }
  });

  it('keeps quoted names, dates and options anywhere after the amount', async () => {
    await t.command(REP.id, '/deal', '8,000 date:yesterday "Acme, Inc." region:north');
    expect(liveDeals().at(-1)).toMatchObject({ closed_on: '2026-11-24' });
    expect(t.deps.deals.recentFor(REP.id, 1)[0]?.customerName).toBe('Acme, Inc.');
  });

  it('knows new from existing customers, case- and space-insensitively, across deletes and backdates', async () => {
    await t.command(REP.id, '/deal', '1000 Acme Corp date:2026-11-20');
    const second = await t.command(REP2.id, '/deal', '2000 ACME   corp ');
    expect(second.text).toContain('existing customer');
    // A name pasted with an invisible zero-width space is still the same customer.
    const pasted = await t.command(REP2.id, '/deal', '700 Acme\u200b Corp');
    expect(pasted.text).toContain('existing customer');
    await t.command(REP2.id, '/deal', 'undo');
    // A backdated deal becomes the customer's first.
    await t.command(REP2.id, '/deal', '500 acme corp date:2026-11-01');
    const byId = t.deps.deals.recentFor(REP2.id, 5);
    expect(byId.find((d) => d.closedOn === '2026-11-01')?.isNewCustomer).toBe(true);
    expect(t.deps.deals.recentFor(REP.id, 5)[0]?.isNewCustomer).toBe(false);
    // Undo the backdated one: the 20 Nov deal is first again.
    await t.command(REP2.id, '/deal', 'undo');
    expect(t.deps.deals.recentFor(REP.id, 5)[0]?.isNewCustomer).toBe(true);
    expect(t.deps.deals.totals({ from: '2026-11-01', to: '2026-11-30' })).toEqual({
      revenueCents: 300_000,
      deals: 2,
      newCustomers: 1,
    });
  });

  it('lets a manager log for a report but not a rep for someone else', async () => {
    const byManager = await t.command(MANAGER.id, '/deal', `5k Globex for:<@${REP.id}|rick>`);
    expect(byManager.text).toContain(`Logged for <@${REP.id}>`);
    expect(liveDeals().at(-1)).toMatchObject({ member_id: REP.id, logged_by: MANAGER.id });
    const byRep = await t.command(REP.id, '/deal', `5k Globex for:<@${REP2.id}>`);
    expect(byRep.text).toMatch(/Only managers and admins can log a deal for someone else/);
    const notReport = await t.command(MANAGER.id, '/deal', `5k Globex for:<@${REP2.id}>`);
    expect(notReport.text).toMatch(/only for your own reports/);
    const unknown = await t.command(ADMIN.id, '/deal', '5k Globex for:<@UGHOST>');
    expect(unknown.text).toMatch(/not an active member/);
    expect(liveDeals()).toHaveLength(1);
  });

  it('escapes user text in the public celebration so nobody can ping the channel', async () => {
    await t.command(REP.id, '/deal', '7000 <!channel> *Evil* _Corp_ & `Co`');
    const post = await t.standIn.waitForCall(
      (c) => c.method === 'chat.postMessage' && c.body.channel === 'CWINS',
    );
    const text = String(post.body.text);
    expect(text).not.toContain('<!channel>');
    expect(text).toContain('&lt;!channel&gt;');
    expect(text).not.toMatch(/\*Evil\*/);
    expect(t.deps.deals.recentFor(REP.id, 1)[0]?.customerName).toBe('<!channel> *Evil* _Corp_ & `Co`');
  });

  it('celebrates only above the minimum, and not at all when switched off', async () => {
    expect((await t.command(REP.id, '/pacer', 'celebrate off')).text).toMatch(/Only admins/);
    await t.command(ADMIN.id, '/pacer', 'celebrate on min 10k');
    await t.command(REP.id, '/deal', '9,999 Small Co');
    await t.command(REP.id, '/deal', '10,000 Big Co');
    await t.standIn.waitForCall(
      (c) => c.method === 'chat.postMessage' && String(c.body.text).includes('Big Co'),
    );
    expect(
      t.standIn.calls('chat.postMessage').filter((c) => String(c.body.text).includes('Small Co')),
    ).toHaveLength(0);
    await t.command(ADMIN.id, '/pacer', 'celebrate off');
    await t.command(REP.id, '/deal', '50,000 Huge Co');
    await t.command(REP.id, '/deal', 'list');
    expect(
      t.standIn.calls('chat.postMessage').filter((c) => String(c.body.text).includes('Huge Co')),
    ).toHaveLength(0);
  });
});

describe('bad input stores nothing and shows an example', () => {
  const bad: Array<[string, RegExp]> = [
    ['12500', /customer/i],
    ['abc Acme', /amount/i],
    ['0 Acme', /more than zero|positive|greater than zero/i],
    ['-5 Acme', /.+/],
    ['1e9 Acme', /.+/],
    ['NaN Acme', /.+/],
    ['Infinity Acme', /.+/],
    ['1000000000001 Acme', /.+/],
    ['£500 Acme', /USD/],
    ['100 Acme date:2026-02-30', /date/i],
    ['100 Acme date:2026-12-01', /future/i],
    ['100 Acme product:Hardware', /Known: Cloud/],
    ['100 Acme region:Mars', /Known: North/],
    [`100 Acme for:@bob`, /.+/],
    [`100 ${'x'.repeat(201)}`, /200/],
    ['100 Acme\u0007Corp', /.+/],
  ];
  it.each(bad)('/deal %s', async (text, message) => {
    const { reply } = await t.command(REP.id, '/deal', text);
    expect(reply.response_type).toBe('ephemeral');
    expect(String(reply.text)).toMatch(message);
    expect(String(reply.text)).toContain('/deal ');
    expect(liveDeals()).toHaveLength(0);
    expect(t.standIn.calls('chat.postMessage')).toHaveLength(0);
  });
});

describe('fixing mistakes', () => {
  it('undoes the last deal, and a second Undo click deletes nothing more', async () => {
    await t.command(REP.id, '/deal', '1000 First Co');
    const { reply } = await t.command(REP.id, '/deal', '2000 Second Co');
    const [undo] = buttons(reply.blocks, ACTIONS.dealUndo);
    // Each click is its own request (Slack stamps every click with its own action_ts and trigger):
    // the same signed request twice is a replay, which Pacer acts on once (ADR 11).
    let clicks = 0;
    const click = () =>
      t.interact(
        buttonClick(ACTIONS.dealUndo, {
          userId: REP.id,
          value: undo?.value,
          triggerId: `trigger-undo-${++clicks}`,
          responseUrl: t.standIn.responseUrl('undo-click'),
        }),
      );
    expect((await click()).status).toBe(200);
    await t.standIn.waitForCall((c) => c.method === 'response_url' && c.body.responseId === 'undo-click');
    await click();
    await t.standIn.waitForCall(() => t.standIn.responses('undo-click').length === 2);
    expect(liveDeals().map((d) => d.amount_cents)).toEqual([100_000]);
    expect(String(t.standIn.responses('undo-click')[1]?.body.text)).toMatch(/no longer exists/);
    const audit = t.deps.audit.forEntity('deal', String(undo?.value));
    expect(audit.map((a) => a.action)).toEqual(['deal.create', 'deal.undo']);
  });

  it('lists the last 10 deals with Edit and Delete, and only owners, their managers and admins may delete', async () => {
    for (let i = 1; i <= 12; i++) await t.command(REP.id, '/deal', `${i}00 Customer ${i}`);
    const { reply } = await t.command(REP.id, '/deal', 'list');
    const blocks = reply.blocks as Array<{
      type: string;
      elements?: Array<{ action_id: string; value: string; confirm?: unknown }>;
    }>;
    const actions = blocks.filter((b) => b.type === 'actions');
    expect(actions).toHaveLength(10);
    const del = actions[0]?.elements?.find((e) => e.action_id === 'deal_delete');
    expect(del?.confirm).toBeDefined();
    const deleteAs = (userId: string, responseId: string) =>
      t.interact(
        buttonClick(ACTIONS.dealDelete, {
          userId,
          value: del?.value,
          responseUrl: t.standIn.responseUrl(responseId),
        }),
      );
    await deleteAs(REP2.id, 'del-rep2');
    await t.standIn.waitForCall((c) => c.method === 'response_url' && c.body.responseId === 'del-rep2');
    expect(String(t.standIn.responses('del-rep2')[0]?.body.text)).toMatch(/only your own deals/);
    expect(liveDeals()).toHaveLength(12);
    await deleteAs(MANAGER.id, 'del-manager');
    await t.standIn.waitForCall((c) => c.method === 'response_url' && c.body.responseId === 'del-manager');
    expect(String(t.standIn.responses('del-manager')[0]?.body.text)).toMatch(/Deleted/);
    expect(liveDeals()).toHaveLength(11);
    const deleted = t.deps.deals.get(Number(del?.value));
    expect(deleted).toMatchObject({ deletedBy: MANAGER.id });
  });
});

describe('members Slack deactivates', () => {
  it('are refused for for: as soon as Slack sends user_change, without waiting for the daily refresh', async () => {
    await t.command(MANAGER.id, '/deal', `1k Acme for:<@${REP.id}>`);
    expect(liveDeals()).toHaveLength(1);
    const event = await t.event({
      type: 'user_change',
      user: { id: REP.id, name: 'rick', real_name: 'Rick Rep', tz: 'America/New_York', deleted: true },
    });
    expect(event.status).toBe(200);
    expect(t.deps.directory.get(REP.id)?.deleted).toBe(true);
    expect((await t.command(MANAGER.id, '/deal', `2k Globex for:<@${REP.id}>`)).text).toMatch(
      /not an active member/,
    );
    expect(liveDeals()).toHaveLength(1);
    // Someone Pacer never met is not added by the event.
    await t.event({ type: 'user_change', user: { id: 'UNEVERMET', name: 'x' } });
    expect(t.deps.directory.get('UNEVERMET')).toBeUndefined();
  });
});

describe('fixing mistakes, as a manager', () => {
  it("lists a report's deals and undoes the deal the manager logged last, even one for a report", async () => {
    await t.command(MANAGER.id, '/deal', '1,000 Own Co date:yesterday');
    await t.command(MANAGER.id, '/deal', `5k Globex for:<@${REP.id}>`);
    await t.command(REP.id, '/deal', '2k Initech');

    const list = await t.command(MANAGER.id, '/deal', `list <@${REP.id}|rick>`);
    expect(JSON.stringify(list.reply.blocks)).toContain(`<@${REP.id}>'s last 2 deals`);
    expect(list.text).toContain('Globex');
    expect((await t.command(REP2.id, '/deal', `list <@${REP.id}>`)).text).toMatch(/only your own deals/);
    expect((await t.command(MANAGER.id, '/deal', 'list @rick')).text).toMatch(/typed name, not a mention/);

    const undo = await t.command(MANAGER.id, '/deal', 'undo');
    expect(undo.text).toContain('Globex');
    expect(liveDeals().map((d) => d.amount_cents)).toEqual([100_000, 200_000]);
  });
});

describe('error messages that quote the user', () => {
  it('never turn a typed <!channel> into a broadcast', async () => {
    const t2 = await TestPacer.start();
    try {
      const { text } = await t2.command(ADMIN.id, '/pacer', 'region remove <!channel>');
      expect(text).toContain('&lt;!channel>');
      expect(text).not.toContain('<!channel>');
    } finally {
      await t2.stop();
    }
  });
});
