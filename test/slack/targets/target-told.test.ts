import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ADMIN, MANAGER, REP, REP2, TestPacer } from '../../helpers/test-pacer.js';

/** Issue 15, "targets told": a target set or changed is DM'd, acknowledged, and announced on request. */
let t: TestPacer;
const MANAGER2 = { id: 'UMGR2', name: 'mona', real_name: 'Mona Manager', tz: 'Europe/London' };
beforeEach(async () => {
  // Wednesday 25 November 2026, 10:00 in New York: this month is November, this week 2026-W48.
  t = await TestPacer.start({ now: '2026-11-25T15:00:00Z', env: { PACER_TIMEZONE: 'America/New_York' } });
  t.standIn.addUser(MANAGER2);
  await t.command(ADMIN.id, '/pacer', 'channel <#CWINS|wins>');
  await t.command(ADMIN.id, '/pacer', 'region add North');
  await t.command(ADMIN.id, '/pacer', `member <@${MANAGER.id}> role:manager region:North`);
  await t.command(ADMIN.id, '/pacer', `member <@${MANAGER2.id}> role:manager region:North`);
  await t.command(ADMIN.id, '/pacer', `member <@${REP.id}> role:rep region:North manager:<@${MANAGER.id}>`);
  await t.command(ADMIN.id, '/pacer', `member <@${REP2.id}> role:rep manager:<@${MANAGER2.id}>`);
  t.standIn.reset();
});
afterEach(() => t.stop());

type Block = {
  type: string;
  block_id?: string;
  text?: { text: string };
  elements?: Array<Record<string, unknown>>;
};
const blockText = (blocks: unknown) =>
  ((blocks ?? []) as Block[])
    .map((b) => b.text?.text ?? '')
    .filter(Boolean)
    .join('\n');
const ackValue = (blocks: unknown) =>
  ((blocks ?? []) as Block[]).flatMap((b) => b.elements ?? []).find((e) => e.action_id === 'target_ack')
    ?.value as string | undefined;

async function dmTo(userId: string, count = 1) {
  await t.standIn.waitForCall(() => t.standIn.messages(userId).length >= count);
  return t.standIn.messages(userId)[count - 1]!;
}

async function acksOf(userId: string, words = '') {
  const { text, reply } = await t.command(userId, '/target', `acks ${words}`);
  return reply.blocks ? blockText(reply.blocks) : text;
}

// When the first click was recorded, as Slack's date token carries it (shown in each reader's timezone).
const AT = Date.parse('2026-11-25T15:00:00Z') / 1000;
let clicks = 0;
async function clickAck(userId: string, dm: { text?: string; blocks?: unknown[] }) {
  const id = `ack-${++clicks}`;
  await t.interact({
    type: 'block_actions',
    user: { id: userId },
    team: { id: 'T0PACER' },
    trigger_id: `trigger-${id}`,
    channel: { id: `D${userId}` },
    message: { type: 'message', text: dm.text, blocks: dm.blocks },
    response_url: t.standIn.responseUrl(id),
    actions: [
      {
        type: 'button',
        action_id: 'target_ack',
        value: ackValue(dm.blocks),
        block_id: 'target_ack',
        action_ts: `${clicks}.0`,
      },
    ],
    container: { type: 'message' },
  });
  const answer = await t.standIn.waitForCall((c) => c.method === 'response_url' && c.body.responseId === id);
  return answer.body as { text: string; blocks?: unknown[]; replace_original?: boolean };
}

/** Whole cents split into `n` parts, the left-over cents going to the earliest (as the README says). */
const split = (cents: number, n: number) =>
  Array.from({ length: n }, (_, i) => Math.floor(cents / n) + (i < cents % n ? 1 : 0));
const usd = (cents: number) =>
  `$${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: cents % 100 ? 2 : 0 })}`;
// November 2026 has 21 weekdays (Mon 2 … Mon 30); week 48 (23–27 Nov) holds the 16th to 20th.
const weekOfNovember = (monthCents: number) =>
  split(monthCents, 21)
    .slice(15, 20)
    .reduce((a, b) => a + b, 0);

describe('a target set is told to its member', () => {
  it('DMs the number, the stretch, this month and this week, and the note', async () => {
    const quarter = 30_000_000; // $300,000
    const stretch = (quarter * 140) / 100;
    const set = await t.command(
      ADMIN.id,
      '/target',
      `set <@${REP.id}> 2026-Q4 300,000 stretch +40% note:New accounts in the north`,
    );
    expect(set.text).toContain('*$300,000*, stretch $420,000');
    const dm = await dmTo(REP.id);
    const text = blockText(dm.blocks);
    const month = split(quarter, 3)[1]!;
    const monthStretch = split(stretch, 3)[1]!;
    expect(text).toContain(`<@${ADMIN.id}> set your target for Q4 2026: *$300,000*, stretch *$420,000*.`);
    expect(text).toContain(`• November 2026: *${usd(month)}*, stretch ${usd(monthStretch)}`);
    expect(text).toContain(`*${usd(weekOfNovember(month))}*, stretch ${usd(weekOfNovember(monthStretch))}`);
    expect(text).toContain('*Note:* New accounts in the north');
    expect(ackValue(dm.blocks)).toMatch(/^\d+$/);
    // Agrees with what `/target` says for the same week.
    expect((await t.command(REP.id, '/target', '2026-W48')).text).toContain(usd(weekOfNovember(month)));
  });

  it("says it in the member's own language", async () => {
    await t.command(REP.id, '/pacer', 'my-language zh-CN');
    await t.command(ADMIN.id, '/target', `set <@${REP.id}> 2026-11 210,000 note:新客户`);
    const text = blockText((await dmTo(REP.id)).blocks);
    expect(text).toContain(`<@${ADMIN.id}> 设定了你在`);
    expect(text).toContain('*说明：*新客户');
    expect(text).toContain(`50,000`); // 5 of November's 21 working days
    expect(text).toContain('请点击确认你已收到。');
    expect(JSON.stringify((await dmTo(REP.id)).blocks)).toContain('确认收到');
  });

  it('a change says what it was before', async () => {
    await t.command(ADMIN.id, '/target', `set <@${REP.id}> 2026-11 100,000`);
    await dmTo(REP.id);
    await t.command(ADMIN.id, '/target', `set <@${REP.id}> 2026-11 120,000 stretch 150,000`);
    const text = blockText((await dmTo(REP.id, 2)).blocks);
    expect(text).toContain(
      `<@${ADMIN.id}> changed your target for November 2026: *$120,000*, stretch *$150,000*.`,
    );
    expect(text).toContain('It was $100,000.');
  });

  it('a target that was not saved is told to nobody', async () => {
    const refused = await t.command(ADMIN.id, '/target', `set <@${REP.id}> 2026-11 100 stretch 50`);
    expect(refused.text).toContain('cannot be below');
    await t.settled();
    expect(t.standIn.messages(REP.id)).toEqual([]);
  });
});

describe('Acknowledge', () => {
  it('is recorded once, redraws the DM, and the manager sees it in /target acks', async () => {
    await t.command(MANAGER.id, '/target', `set <@${REP.id}> 2026-11 100,000`);
    const dm = await dmTo(REP.id);
    expect(await acksOf(MANAGER.id)).toContain(
      `<@${REP.id}> · <@${REP.id}>, November 2026: $100,000 · DM delivered · _not acknowledged yet_`,
    );

    expect((await clickAck(REP2.id, dm)).text).toBe(`Only <@${REP.id}> can acknowledge this target.`);
    const first = await clickAck(REP.id, dm);
    expect(first.replace_original).toBe(true);
    expect(blockText(first.blocks)).toContain('your target for November 2026: *$100,000*');
    expect(blockText(first.blocks)).toContain(`You acknowledged this target <!date^${AT}^`);
    expect(ackValue(first.blocks)).toBeUndefined();

    // A double click (a minute later) changes nothing: the first time stays.
    t.clock.advance(60_000);
    const again = await clickAck(REP.id, dm);
    expect(blockText(again.blocks)).toContain(`<!date^${AT}^`);
    const rows = t.deps.db.prepare('SELECT recipient, acked_at FROM target_notices').all();
    expect(rows).toEqual([{ recipient: REP.id, acked_at: '2026-11-25T15:00:00.000Z' }]);

    const acks = await acksOf(MANAGER.id, 'region:North');
    expect(acks).toContain('*Target acknowledgements:* 1 of 1 acknowledged');
    expect(acks).toContain(
      `<@${REP.id}> · <@${REP.id}>, November 2026: $100,000 · DM delivered · acknowledged <!date^`,
    );
    expect(await acksOf(ADMIN.id)).toContain('1 of 1 acknowledged');
    expect((await t.command(REP.id, '/target', 'acks')).text).toContain('Only admins and managers');
    // Another manager's people (not in this manager's region) are not this manager's.
    await t.command(ADMIN.id, '/target', `set <@${REP2.id}> 2026-11 50,000`);
    await dmTo(REP2.id);
    expect(await acksOf(MANAGER.id)).not.toContain(`<@${REP2.id}>`);
    expect(await acksOf(MANAGER2.id)).toContain(
      `<@${REP2.id}> · <@${REP2.id}>, November 2026: $50,000 · DM delivered · _not`,
    );
  });
});

describe("a region's target", () => {
  it("goes to the region's managers; one Slack refuses does not stop the other", async () => {
    t.standIn.addUser({ ...MANAGER, deleted: true });
    await t.command(ADMIN.id, '/target', 'set region:North 2026-12 500,000 note:Winter push');
    const dm = await dmTo(MANAGER2.id);
    expect(blockText(dm.blocks)).toContain('set the target of region North for December 2026: *$500,000*');
    await t.settled();
    expect(t.standIn.messages(MANAGER.id)).toEqual([]);
    const ledger = () =>
      t.deps.db
        .prepare(
          "SELECT recipient, state FROM job_deliveries WHERE job = 'target-told' AND recipient NOT LIKE 'notice:%' ORDER BY recipient",
        )
        .all();
    await vi.waitFor(() =>
      expect(ledger()).toEqual([
        { recipient: MANAGER.id, state: 'refused' },
        { recipient: MANAGER2.id, state: 'sent' },
      ]),
    );
  });
});

describe('announce', () => {
  it('posts the team and region targets of the period to the channel', async () => {
    await t.command(ADMIN.id, '/target', 'set region:North 2026-12 500,000');
    const set = await t.command(ADMIN.id, '/target', 'set team 2026-12 2,000,000 stretch +40% announce');
    expect(set.text).toContain('Posted the team and region targets for December 2026 to <#CWINS>.');
    const post = t.standIn.messages('CWINS').at(-1)!;
    const text = blockText(post.blocks);
    expect(text).toContain(`:mega: *Targets for December 2026*, set by <@${ADMIN.id}>:`);
    expect(text).toContain('• the team: *$2,000,000*, stretch $2,800,000');
    expect(text).toContain('• region North: *$500,000*');
    // The old forms still work: no announce, no post.
    await t.command(ADMIN.id, '/target', 'set team 2026-12 2,100,000');
    await t.settled();
    expect(t.standIn.messages('CWINS')).toHaveLength(1);
  });
});

describe('worst-case notes', () => {
  it('a note as long as a command allows still fits, figures and button intact', async () => {
    const note = `${'<&>'.repeat(1_300)}`;
    await t.command(ADMIN.id, '/target', `set <@${REP.id}> 2026-11 100,000 note:${note}`);
    const dm = await dmTo(REP.id);
    expect(blockText(dm.blocks)).toContain('*$100,000*');
    expect(blockText(dm.blocks)).toContain('&lt;&amp;&gt;');
    expect(ackValue(dm.blocks)).toMatch(/^\d+$/);
  });
});
