import { describe, expect, it } from 'vitest';
import type { NewDeal } from '../../src/domain/entities/deal.js';
import { validateMessage } from '../../src/slack/block-kit-limits.js';
import { submitCheckin } from '../helpers/checkin-forms.js';
import { restartableWorlds, type World } from '../helpers/restartable-world.js';
import { ADMIN, MANAGER, REP, REP2, TestPacer } from '../helpers/test-pacer.js';

const { world, cleanup } = restartableWorlds();

const start = (w: World, now: string) =>
  TestPacer.start({ ...w, now, env: { PACER_TIMEZONE: 'America/New_York' } });

type Seed = { member: string; customer: string; cents: number; on: string; region: 1 | 2; product: 1 | 2 };

// Regions 1 North, 2 South; product lines 1 Hardware, 2 Software.
const SEED: Seed[] = [
  { member: REP2.id, customer: 'Echo', cents: 2_000_00, on: '2025-07-09', region: 2, product: 1 },
  { member: REP.id, customer: 'Acme', cents: 1_000_00, on: '2026-06-10', region: 1, product: 1 },
  { member: REP2.id, customer: 'Dyna', cents: 10_000_00, on: '2026-06-15', region: 2, product: 2 },
  { member: REP.id, customer: 'Acme', cents: 5_000_00, on: '2026-07-06', region: 1, product: 1 },
  { member: REP.id, customer: 'Bolt', cents: 3_000_00, on: '2026-07-14', region: 1, product: 2 },
  { member: REP.id, customer: 'Bolt', cents: 2_000_00, on: '2026-07-28', region: 1, product: 2 },
  { member: REP2.id, customer: 'Cyan', cents: 4_000_00, on: '2026-07-20', region: 2, product: 1 },
];

/** The expected figures, worked out from the seed itself (not by Pacer's code). */
function expected(from: string, to: string, keep: (s: Seed) => boolean = () => true) {
  const firstDeal = new Map<string, string>();
  for (const s of [...SEED].sort((a, b) => (a.on < b.on ? -1 : 1)))
    if (!firstDeal.has(s.customer)) firstDeal.set(s.customer, s.on);
  const inPeriod = SEED.filter((s) => s.on >= from && s.on <= to && keep(s));
  const newCustomers = new Set(
    inPeriod.filter((s) => firstDeal.get(s.customer) === s.on).map((s) => s.customer),
  );
  return {
    revenue: inPeriod.reduce((sum, s) => sum + s.cents, 0) / 100,
    deals: inPeriod.length,
    newCustomers: newCustomers.size,
  };
}

const dollars = (n: number) => `$${n.toLocaleString('en-US')}`;
const shown = (m: { text?: string; blocks?: unknown[] }) =>
  (m.blocks as Array<{ text?: { text?: string } }> | undefined)?.map((b) => b.text?.text ?? '').join('\n') ??
  m.text ??
  '';

/** The `i`th of many regions' deals, with a customer name escaping makes longest. */
function bigDealIn(t: TestPacer, regionId: number, i: number): void {
  t.deps.deals.insert(
    {
      memberId: REP.id,
      customerName: `${'<&>'.repeat(30)}${i}`,
      amountCents: 999_999_999_00 - i,
      currency: 'USD',
      closedOn: '2026-07-02',
      productId: null,
      regionId,
      note: null,
      loggedBy: ADMIN.id,
      idempotencyKey: null,
      source: 'import',
    },
    t.clock.now(),
  );
}

async function seed(t: TestPacer) {
  await t.command(ADMIN.id, '/pacer', 'channel <#CWINS|wins>');
  for (const r of ['North', 'South']) await t.command(ADMIN.id, '/pacer', `region add ${r}`);
  for (const p of ['Hardware', 'Software']) await t.command(ADMIN.id, '/pacer', `product add ${p}`);
  await t.command(ADMIN.id, '/pacer', `member <@${MANAGER.id}> role:manager`);
  await t.command(ADMIN.id, '/pacer', `member <@${REP.id}> role:rep manager:<@${MANAGER.id}>`);
  // Sara reports to Ada: Max (the manager) must never see her figures.
  await t.command(ADMIN.id, '/pacer', `member <@${REP2.id}> role:rep manager:<@${ADMIN.id}>`);
  await t.command(ADMIN.id, '/target', `set <@${REP.id}> 2026-07 20,000`);
  await t.command(ADMIN.id, '/target', `set <@${REP2.id}> 2026-07 5,000`);
  await t.command(ADMIN.id, '/target', 'set team 2026-07 30,000');
  for (const s of SEED) {
    const deal: NewDeal = {
      memberId: s.member,
      customerName: s.customer,
      amountCents: s.cents,
      currency: 'USD',
      closedOn: s.on,
      productId: s.product,
      regionId: s.region,
      note: null,
      loggedBy: ADMIN.id,
      idempotencyKey: null,
      source: 'import',
    };
    t.deps.deals.insert(deal, t.clock.now());
  }
}

describe('monthly analysis (job analysis)', () => {
  it('waits for the first working day, posts the team view and each manager their scope, once across a restart', async () => {
    const w = await world();
    // Thursday 16 July 2026: Rick answers his check-in, worried.
    const t1 = await start(w, '2026-07-16T15:00:00Z');
    cleanup(() => t1.stop());
    await seed(t1);
    const answered = await submitCheckin(t1, REP.id, '2026-W29', {
      week: 'Slow',
      blockers: 'Budget freeze at <Acme> & co',
      support: null,
      confidence: '2',
    });
    expect(answered.status).toBe(200);
    // Saturday 1 August, 10:00 in New York: not a working day, nothing goes out yet.
    t1.clock.set('2026-08-01T14:00:00Z');
    const [saturday] = await t1.deps.scheduler.tick('analysis');
    expect(saturday).toMatchObject({ periodKey: '2026-07', status: 'incomplete' });
    expect(w.standIn.messages('CWINS').map(shown).join()).not.toContain('Sales analysis');
    await t1.stop();

    // Monday 3 August, 10:00: the first working day of the month.
    const t2 = await start(w, '2026-08-03T14:00:00Z');
    const [monday] = await t2.deps.scheduler.tick('analysis');
    expect(monday).toMatchObject({ periodKey: '2026-07', status: 'ran' });
    const analyses = () =>
      w.standIn
        .messages('CWINS')
        .map(shown)
        .filter((m) => m.includes('Sales analysis'));
    const posts = analyses();
    expect(posts).toHaveLength(1);
    const team = posts[0]!;
    const july = expected('2026-07-01', '2026-07-31');
    const june = expected('2026-06-01', '2026-06-30');
    const lastJuly = expected('2025-07-01', '2025-07-31');
    expect(july).toEqual({ revenue: 14_000, deals: 4, newCustomers: 2 }); // the seed says so, by hand
    expect(team).toContain('Sales analysis · July 2026');
    // Its charts (cumulative against target, regions, products) come as images of completed uploads.
    const post = w.standIn.messages('CWINS').find((m) => shown(m).includes('Sales analysis'))!;
    const images = (post.blocks as { type: string; slack_file?: { id: string } }[]).filter(
      (b) => b.type === 'image',
    );
    expect(images.length).toBeGreaterThanOrEqual(1);
    const completed = w.standIn.calls('files.completeUploadExternal').flatMap((c) => {
      const files = (c.body as { files: string | { id: string }[] }).files;
      return (typeof files === 'string' ? (JSON.parse(files) as { id: string }[]) : files).map((f) => f.id);
    });
    for (const image of images) expect(completed).toContain(image.slack_file!.id);
    expect(team).toContain(
      `*${dollars(july.revenue)}* from ${july.deals} deals · ${july.newCustomers} new customers, ${july.deals - july.newCustomers} deals with existing customers`,
    );
    const pct = (a: number, b: number) => Math.round((Math.abs(a - b) * 100) / b);
    expect(team).toContain(
      `${Math.round(((july.revenue * 100) / 30_000) * 100) / 100}% of the $30,000 target`,
    );
    expect(team).toContain(
      `Against June 2026: ▲ ${dollars(july.revenue - june.revenue)} (+${pct(july.revenue, june.revenue)}%) · against July 2025: ▲ ${dollars(july.revenue - lastJuly.revenue)} (+${pct(july.revenue, lastJuly.revenue)}%)`,
    );
    const north = expected('2026-07-01', '2026-07-31', (s) => s.region === 1);
    const northJune = expected('2026-06-01', '2026-06-30', (s) => s.region === 1);
    expect(team).toContain(
      `• *North* — ${dollars(north.revenue)} · ${north.deals} deals · ${north.newCustomers} new customer · ▲ ${dollars(north.revenue - northJune.revenue)}`,
    );
    const software = expected('2026-07-01', '2026-07-31', (s) => s.product === 2);
    const softwareJune = expected('2026-06-01', '2026-06-30', (s) => s.product === 2);
    expect(team).toContain(
      `• *Software* — ${dollars(software.revenue)} · ${software.deals} deals · ${software.newCustomers} new customer · ▼ ${dollars(softwareJune.revenue - software.revenue)}`,
    );
    // Movers against June: Rick up $9,000, Sara down $6,000.
    expect(team).toContain(`▲ <@${REP.id}> +$9,000 (now $10,000)`);
    expect(team).toContain(`▼ <@${REP2.id}> −$6,000 (now $4,000)`);
    // Check-in words are for managers, not the channel.
    expect(team).not.toContain('Budget freeze');

    const max = w.standIn
      .messages(MANAGER.id)
      .map(shown)
      .filter((m) => m.includes('Sales analysis'));
    expect(max).toHaveLength(1);
    const rick = expected('2026-07-01', '2026-07-31', (s) => s.member === REP.id);
    expect(max[0]).toContain('Your team (you and your reports)');
    expect(max[0]).toContain(`*${dollars(rick.revenue)}* from ${rick.deals} deals`);
    expect(max[0]).toContain(
      `• <@${REP.id}> — ${dollars(rick.revenue)} of $20,000 · ${dollars(20_000 - rick.revenue)} short`,
    );
    expect(max[0]).toContain(
      'week 29 (Jul 13–19): confidence 2/5 · blocker: Budget freeze at &lt;Acme&gt; &amp; co',
    );
    expect(max[0]).not.toContain(REP2.id);
    const ada = w.standIn
      .messages(ADMIN.id)
      .map(shown)
      .filter((m) => m.includes('Sales analysis'));
    expect(ada).toHaveLength(1);
    expect(ada[0]).toContain(`*$4,000* from 1 deal`);
    expect(ada[0]).not.toContain(`<@${REP.id}>`);

    expect((await t2.command(ADMIN.id, '/pacer', 'run analysis')).text).toContain('already ran');
    await t2.stop();
    const t3 = await start(w, '2026-08-04T14:00:00Z');
    cleanup(() => t3.stop());
    const [tuesday] = await t3.deps.scheduler.tick('analysis');
    expect(tuesday).toMatchObject({ status: 'already-done' });
    expect(analyses()).toHaveLength(1);
    expect(w.standIn.messages(MANAGER.id).filter((m) => shown(m).includes('Sales analysis'))).toHaveLength(1);
  });

  it('/report with region and product filters answers the caller alone, scoped to what they may see', async () => {
    const w = await world();
    const t = await start(w, '2026-08-05T15:00:00Z');
    cleanup(() => t.stop());
    await seed(t);
    const north = expected('2026-07-01', '2026-07-31', (s) => s.region === 1);
    const admin = await t.command(ADMIN.id, '/report', '2026-07 region:North');
    expect(admin.reply.response_type).toBe('ephemeral');
    const text = shown(admin.reply as { blocks?: unknown[] });
    expect(text).toContain('Region: North');
    expect(text).toContain(`*${dollars(north.revenue)}* from ${north.deals} deals`);
    expect(text).toContain('*By product line*');
    expect(text).not.toContain('*By region*');

    const hw = expected('2026-07-01', '2026-07-31', (s) => s.product === 1 && s.region === 2);
    const both = shown(
      (await t.command(ADMIN.id, '/report', '2026-07 region:South product:Hardware')).reply as never,
    );
    expect(both).toContain(`*${dollars(hw.revenue)}* from ${hw.deals} deal`);

    // A manager asking about the South sees only their own reports' sales there: none.
    const max = shown((await t.command(MANAGER.id, '/report', '2026-07 region:South')).reply as never);
    expect(max).toContain('No deals in July 2026, the period before or a year earlier.');
    // A rep sees the team view without anyone's check-in words.
    const rep = shown((await t.command(REP2.id, '/report', '2026-07')).reply as never);
    expect(rep).toContain('*$14,000* from 4 deals');
    expect(rep).not.toContain('Largest gaps');

    const bad = await t.command(REP.id, '/report', '2026-13');
    expect(bad.text).toContain('“2026-13” is not a period');
    const unknown = await t.command(REP.id, '/report', 'region:Atlantis');
    expect(unknown.text).toContain('Atlantis');
  });

  it('speaks Chinese to a Chinese team, and fits Slack with worst-case names', async () => {
    const w = await world();
    const t = await start(w, '2026-08-05T15:00:00Z');
    cleanup(() => t.stop());
    await seed(t);
    await t.command(ADMIN.id, '/pacer', 'language zh-CN');
    await t.command(REP.id, '/pacer', 'my-language zh-CN');
    const zh = shown((await t.command(REP.id, '/report', '2026-07')).reply as never);
    expect(zh).toContain('销售分析 · 2026年7月');
    expect(zh).toContain('*US$14,000*，共 4 笔成交 · 新客户 2 个，老客户成交 2 笔');
    // Forty regions with the longest names escaping can make: the reply still fits (TestPacer
    // refuses what Slack would refuse).
    for (let i = 0; i < 40; i++) {
      const name = `${'<&>'.repeat(12)}${i}`;
      await t.command(ADMIN.id, '/pacer', `region add ${name}`);
      bigDealIn(t, t.deps.regions.find(name)!.id, i);
    }
    const long = await t.command(ADMIN.id, '/report', '2026');
    expect(long.http.status).toBe(200);
    const body = shown(long.reply as never);
    expect(body).toContain(`*${'&lt;&amp;&gt;'.repeat(12)}0*`);
    expect(body).not.toContain('<&>');
    // More than a message holds: the later pages follow on the response_url, and every region is shown.
    const { http, responseId } = await t.send(ADMIN.id, '/report', '2026');
    const later = async () => {
      await t.settled();
      return t.standIn.calls().filter((c) => c.method === 'response_url' && c.body.responseId === responseId);
    };
    // The first page is in the ack, or (when the answer took longer than the ack waits) on the URL too.
    const acked = http.body.trim() ? [JSON.parse(http.body)] : [];
    const pages = [...acked, ...(await later()).map((c) => c.body)];
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      expect(page.response_type).toBe('ephemeral');
      expect(validateMessage(page)).toBeNull();
    }
    const all = pages.map((page) => shown(page)).join('\n');
    for (let i = 0; i < 40; i++) expect(all).toContain(`*${'&lt;&amp;&gt;'.repeat(12)}${i}*`);

    // Far more than five messages: Slack takes five by one response_url, and the last says what is missing.
    for (let i = 40; i < 240; i++)
      bigDealIn(t, t.deps.regions.add(`${'<&>'.repeat(12)}${i}`, t.clock.now()).entry.id, i);
    const huge = await t.send(ADMIN.id, '/report', '2026');
    await t.settled();
    const byUrl = t.standIn
      .calls()
      .filter((c) => c.method === 'response_url' && c.body.responseId === huge.responseId);
    // Five, each taken (a sixth would be refused used_url), whether the first page came in the ack or not.
    expect(byUrl.map((c) => c.response.ok)).toEqual([true, true, true, true, true]);
    expect(shown(byUrl.at(-1)!.body)).toMatch(/^\d+ more parts of this analysis did not fit here/);
  });
});
