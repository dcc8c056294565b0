import { afterEach, describe, expect, it } from 'vitest';
import type { StandInUser } from '../../../src/slack-api-stand-in/index.js';
import { submitCheckin } from '../../helpers/checkin-forms.js';
import { ADMIN, MANAGER, REP, REP2, TestPacer } from '../../helpers/test-pacer.js';

// Display names are whatever people set in Slack: one that would ping the channel if shown raw.
const EVIL: StandInUser = {
  id: 'UEVIL',
  name: '<!channel>',
  real_name: '<!channel> <https://evil.example|click>',
  tz: 'Europe/Berlin',
};
const AMP_LT = '&<'.repeat(1_500); // 3,000 characters, the form's own limit; 13,500 once escaped
const RAW = /<!here>|<!channel>|<https:\/\/evil/;

let t: TestPacer | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

/** The message text and every mrkdwn text in its blocks: what Slack would parse for mentions. */
function mrkdwnOf(message: { text?: string; blocks?: unknown[] }): string[] {
  const out = [message.text ?? ''];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (o.type === 'mrkdwn' && typeof o.text === 'string') out.push(o.text);
      Object.values(o).forEach(walk);
    }
  };
  walk(message.blocks);
  return out;
}

const sectionText = (message: { blocks?: unknown[] }) =>
  (message.blocks ?? [])
    .filter((b) => (b as { type: string }).type === 'section')
    .map((b) => (b as { text: { text: string } }).text.text)
    .join('');

describe('through the real app, long and hostile input still reaches people, escaped', () => {
  it("delivers a manager's digest of three 3,000-character answers of & and < in pages, each once", async () => {
    t = await TestPacer.start({
      now: '2026-11-26T13:00:00Z',
      env: { PACER_TIMEZONE: 'Europe/Berlin' },
      users: [ADMIN, MANAGER, REP, REP2, EVIL],
    });
    await t.command(ADMIN.id, '/pacer', `member <@${MANAGER.id}> role:manager`);
    for (const rep of [REP, REP2, EVIL])
      await t.command(ADMIN.id, '/pacer', `member <@${rep.id}> role:rep manager:<@${MANAGER.id}>`);
    expect((await t.command(ADMIN.id, '/pacer', 'run checkins')).text).toContain('3 check-ins sent');
    for (const rep of [REP, REP2, EVIL]) {
      const http = await submitCheckin(t, rep.id, '2026-W48', { week: AMP_LT, confidence: '4' });
      expect(http.status).toBe(200);
    }
    t.clock.set('2026-11-26T13:15:00Z');
    await t.deps.scheduler.tick('checkin-digest');
    await t.deps.scheduler.tick('checkin-digest'); // a second tick sends no page twice

    const refused = t.standIn.calls('chat.postMessage').filter((c) => c.response?.ok === false);
    expect(refused).toEqual([]);
    const pages = t.standIn.messages(MANAGER.id).filter((m) => m.text?.startsWith('Check-ins ·'));
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(page.text).toContain(`(${i + 1}/${pages.length})`);
      expect(page.text).toContain('3 answered, 0 flagged');
    });
    // Every character of every answer arrived, escaped, in order across the pages.
    const body = pages.map(sectionText).join('');
    expect(body.split('&amp;&lt;').length - 1).toBe(3 * 1_500);
    expect(body).not.toContain('…');
    for (const text of pages.flatMap(mrkdwnOf)) expect(text).not.toMatch(RAW);
    expect(pages.at(-1)?.text).toContain('Everyone answered.');

    // The member's own answers page and the manager's read of them are escaped too.
    const read = await t.command(MANAGER.id, '/checkin', `answers <@${EVIL.id}>`);
    for (const text of mrkdwnOf(read.reply as never)) expect(text).not.toMatch(RAW);
    expect(read.text).toContain('&lt;!channel&gt;');
  });

  it('shows a region named <!here> and a product named as a disguised link escaped in public and in settings', async () => {
    t = await TestPacer.start({ now: '2026-11-25T10:00:00Z' });
    await t.command(ADMIN.id, '/pacer', 'channel <#CWINS|wins>');
    expect((await t.command(ADMIN.id, '/pacer', 'region add <!here>')).text).toContain('&lt;!here&gt;');
    await t.command(ADMIN.id, '/pacer', 'product add <https://evil.example|click>');
    await t.command(ADMIN.id, '/pacer', `member <@${REP.id}> role:rep region:<!here>`);
    await t.command(REP.id, '/deal', '12,500 Acme product:<https://evil.example|click>');

    await t.command(REP.id, '/leaderboard', 'region:<!here> public');
    await t.command(REP.id, '/leaderboard', 'product:<https://evil.example|click> public');
    const boards = t.standIn.messages('CSALES').filter((m) => m.text?.startsWith('Leaderboard'));
    expect(boards).toHaveLength(2);
    expect(boards[0]?.text).toContain('&lt;!here&gt;');
    expect(boards[1]?.text).toContain('&lt;https://evil.example|click&gt;');
    for (const text of boards.flatMap(mrkdwnOf)) expect(text).not.toMatch(RAW);

    const settings = await t.command(REP.id, '/pacer', 'settings');
    expect(settings.text).toContain('*Regions:* &lt;!here&gt;');
    for (const text of mrkdwnOf(settings.reply as never)) expect(text).not.toMatch(RAW);

    await t.command(ADMIN.id, '/target', 'set region:<!here> 2026-11 10,000');
    const target = await t.command(REP.id, '/target', 'region:<!here>');
    expect(target.text).toContain('Targets for region &lt;!here&gt;');
    for (const text of mrkdwnOf(target.reply as never)) expect(text).not.toMatch(RAW);

    // A typo quoting the names back (the known ones are listed) keeps them text too.
    const typo = await t.command(REP.id, '/leaderboard', 'region:Nowhere');
    expect(typo.text).toContain('Known:');
    expect(typo.text).not.toMatch(RAW);
  });

  it('confirms a deal whose note of 2,000 & and < escapes past a block limit, with the note cut, not refused', async () => {
    t = await TestPacer.start({ now: '2026-11-25T10:00:00Z' });
    const note = '&<'.repeat(1_000);
    // TestPacer refuses a reply Slack would refuse, so a reply here is one Slack accepts.
    const { text, reply } = await t.command(REP.id, '/deal', `12,500 <!here> Corp note:${note}`);
    expect(text).toContain('Logged: *$12,500* with *&lt;!here&gt; Corp*');
    expect(JSON.stringify(reply.blocks)).toMatch(/Note: (&amp;&lt;)+(&amp;)?…/);
    for (const m of mrkdwnOf(reply as never)) expect(m).not.toMatch(RAW);
    expect(t.deps.deals.recentFor(REP.id, 1)[0]?.note).toBe(note); // stored as typed
  });
});
