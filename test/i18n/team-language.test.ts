import { afterEach, describe, expect, it } from 'vitest';
import { chineseTeam, LINA, TOM } from '../helpers/chinese-team.js';
import { ADMIN, MANAGER, type TestPacer } from '../helpers/test-pacer.js';

// A team whose channel speaks Chinese: 李娜 has her Slack in Chinese, Tom in US English.

let t: TestPacer;
afterEach(async () => {
  await t?.stop();
});

/** Tuesday 24 Nov 2026, 10:00 in Shanghai; targets for the team, both reps and November. */
async function startTeam(env: Record<string, string>) {
  t = await chineseTeam({
    now: '2026-11-24T02:00:00Z',
    env,
    users: [{ ...ADMIN, locale: 'en-US' }, MANAGER, LINA, TOM],
  });
  await t.command(ADMIN.id, '/pacer', 'channel <#CSALES|sales>');
  await t.command(ADMIN.id, '/target', 'set team 2026-11 210,000');
  for (const rep of [LINA, TOM]) {
    await t.command(ADMIN.id, '/pacer', `member <@${rep.id}> role:rep`);
    await t.command(ADMIN.id, '/target', `set <@${rep.id}> 2026-11 42,000`);
  }
  t.standIn.reset();
}

const channelPost = () =>
  t.standIn.waitForCall((c) => c.method === 'chat.postMessage' && c.body.channel === 'CSALES');

describe('a team in zh-CN (PACER_LANGUAGE) with one member whose Slack is in en-US', () => {
  it('/deal: each rep is answered in their own language, the #sales celebration is Chinese', async () => {
    await startTeam({ PACER_LANGUAGE: 'zh-CN' });

    const lina = await t.command(LINA.id, '/deal', '1.5万 华为');
    expect(lina.text).toContain('已记录：与 *华为* 成交 *¥15,000* · 新客户 · 成交日期 2026-11-24');
    expect(lina.text).toContain('2026年11月：¥15,000 / ¥42,000');
    expect(lina.text).toContain('还需每个工作日');
    expect(JSON.stringify(lina.reply.blocks)).toContain('"text":"撤销"');
    expect((await channelPost()).body.text).toBe(`:tada: <@${LINA.id}> 与 华为 成交 ¥15,000，拿下新客户！`);
    expect((await t.command(LINA.id, '/deal', 'undo')).text).toBe(
      '已撤销：你与 *华为* 的成交（2026-11-24）不再计入。',
    );

    // Refusals, with their examples, in the caller's language; what they typed is quoted as typed.
    expect((await t.command(LINA.id, '/deal', '-5 华为')).text).toBe(
      '金额必须大于零。金额可以写成 12,500、12500.50、12.5k、1.2m 或 1.5万。试试：`/deal 12,500 Acme Corp product:Cloud date:yesterday`',
    );
    expect((await t.command(LINA.id, '/deal', '500 华为 date:tomorrow')).text).toContain(
      '成交日期不能晚于今天（今天是 2026-11-24）。试试：',
    );
    expect((await t.command(LINA.id, '/deal', '12 500 华为')).text).toContain('“12 500”是一个金额吗？');
    expect((await t.command(TOM.id, '/deal', '-5 Acme')).text).toContain('An amount must be more than zero.');

    t.standIn.reset();
    const tom = await t.command(TOM.id, '/deal', '8,000 Acme Corp');
    expect(tom.text).toContain('Logged: *CN¥8,000* with *Acme Corp* · new customer · closed 2026-11-24');
    expect(tom.text).toContain('November 2026: CN¥8,000 of CN¥42,000');
    expect(JSON.stringify(tom.reply.blocks)).toContain('"text":"Undo"');
    expect((await channelPost()).body.text).toBe(
      `:tada: <@${TOM.id}> 与 Acme Corp 成交 ¥8,000，拿下新客户！`,
    );
  });

  it('/leaderboard: private boards in the caller language, a public one in the team language', async () => {
    await startTeam({ PACER_LANGUAGE: 'zh-CN' });
    await t.command(LINA.id, '/deal', '15,000 华为');
    await t.command(TOM.id, '/deal', '8,000 Acme Corp');
    await t.command(TOM.id, '/deal', '2,000 Beta');

    const lina = await t.command(LINA.id, '/leaderboard', 'by deals');
    expect(lina.text).toContain('排行榜 · 2026年11月 · 成交单数');
    expect(lina.text).toContain(`:first_place_medal: <@${TOM.id}> — 2 单 · ¥10,000`);
    expect(lina.text).toContain(`:second_place_medal: <@${LINA.id}> — 1 单 · ¥15,000 ← 你`);
    expect(lina.text).toContain('团队：共 3 单，业绩 ¥25,000，新客户 3 个。并列者名次相同。');

    const tom = await t.command(TOM.id, '/leaderboard', '');
    expect(tom.text).toContain('Leaderboard · November 2026 · revenue');
    expect(tom.text).toContain(`:first_place_medal: <@${LINA.id}> — CN¥15,000 · 1 deal`);
    expect(tom.text).toContain('Team: CN¥25,000 from 3 deals, 3 new customers.');
    const bad = await t.command(TOM.id, '/leaderboard', 'by vibes');
    expect(bad.text).toContain('Rank by revenue, attainment, deals or new-customers');

    t.standIn.reset();
    const posted = await t.command(TOM.id, '/leaderboard', 'public');
    expect(posted.text).toBe('Posted the leaderboard in the channel.');
    const post = t.standIn.messages('CSALES').at(-1)!;
    expect(post.text).toContain('排行榜 · 2026年11月 · 业绩');
    expect(post.text).not.toContain('← ');
  });

  it('the Monday reminder: Chinese in the channel, each rep DMed in their own language', async () => {
    await startTeam({ PACER_LANGUAGE: 'zh-CN' });
    await t.command(LINA.id, '/deal', '8,000 华为 date:2026-11-17');

    const run = await t.command(ADMIN.id, '/pacer', 'run weekly-reminder');
    // The admin reads the reply in English; the job's summary is in the team's language.
    expect(run.text).toContain('`weekly-reminder` for 2026-W48: done. 已发到频道；已发送 2 条私信。');
    const post = t.standIn.messages('CSALES').at(-1)!;
    expect(post.text).toContain('*本周团队目标：*¥50,000');
    expect(post.text).toContain(
      '*上周*（第47周（11月16日–11月22日））：¥8,000 / ¥50,000，完成 16%，:x: 未达成',
    );
    expect(post.text).toContain('*本月至今（2026年11月）* — ¥8,000 / ¥210,000');
    expect(JSON.stringify(post.blocks)).toContain('本周目标 · 第48周（11月23日–11月29日）');
    expect(JSON.stringify(post.blocks)).toContain('随时用 `/target` 查看你自己的目标。');

    const lina = t.standIn.messages(LINA.id).at(-1)!;
    expect(lina.text).toContain('*你本周的目标*（第48周（11月23日–11月29日））：*¥10,000*');
    expect(lina.text).toContain('上周：¥8,000 / ¥10,000（80%）。');
    expect(lina.text).toContain('*本月* — ¥8,000 / ¥42,000');
    const tom = t.standIn.messages(TOM.id).at(-1)!;
    expect(tom.text).toContain('*Your target this week* (week 48 (Nov 23–29)): *CN¥10,000*');
    expect(tom.text).not.toMatch(/\p{Script=Han}/u);
  });
});

describe('/pacer language and /pacer my-language', () => {
  it('an admin switches the team to Chinese; a member picks English for themselves', async () => {
    await startTeam({ PACER_LANGUAGE: 'en' });
    await t.command(LINA.id, '/deal', '15,000 华为');
    expect((await channelPost()).body.text).toContain('closed CN¥15,000 with 华为');

    expect((await t.command(TOM.id, '/pacer', 'language zh-CN')).text).toMatch(/Only admins/);
    const set = await t.command(ADMIN.id, '/pacer', 'language zh-CN');
    expect(set.text).toBe("The team's language for channel posts is now *Simplified Chinese (zh-CN)*.");
    const audit = t.deps.db.prepare("SELECT after_json FROM audit_log WHERE entity_id = 'language'").all();
    expect(audit).toEqual([{ after_json: '"zh-CN"' }]);

    expect((await t.command(LINA.id, '/pacer', 'my-language')).text).toBe(
      'Pacer 对你使用 *简体中文（zh-CN）*（你的 Slack 语言）。',
    );
    expect((await t.command(LINA.id, '/pacer', 'my-language EN')).text).toBe(
      'Pacer now speaks *English (en)* to you in DMs, replies and forms.',
    );
    t.standIn.reset();
    const lina = await t.command(LINA.id, '/deal', '2,000 Beta');
    expect(lina.text).toContain('Logged: *CN¥2,000* with *Beta*');
    expect((await channelPost()).body.text).toContain('与 Beta 成交 ¥2,000');

    expect((await t.command(LINA.id, '/pacer', 'my-language klingon')).text).toContain(
      'Pacer speaks `en` and `zh-CN`',
    );
    expect((await t.command(LINA.id, '/pacer', 'my-language slack')).text).toContain('跟随你的 Slack 语言');
  });
});
