import { afterEach, describe, expect, it } from 'vitest';
import { chineseTeam, LINA, TOM } from '../../helpers/chinese-team.js';
import { ADMIN, type TestPacer } from '../../helpers/test-pacer.js';

// The team speaks Chinese; 李娜's Slack is in Chinese, Tom's in US English.

let t: TestPacer;
afterEach(() => t.stop());

async function october() {
  t = await chineseTeam({ now: '2026-10-20T02:00:00Z', users: [{ ...ADMIN, locale: 'zh-CN' }, LINA, TOM] });
  await t.command(ADMIN.id, '/pacer', 'channel <#CWINS|wins>');
  await t.command(ADMIN.id, '/target', `set <@${TOM.id}> 2026-10 10k stretch 12k`);
  await t.command(LINA.id, '/deal', '2万 华为 date:2026-10-05');
  await t.command(TOM.id, '/deal', '15k Globex date:2026-10-06');
}

describe('awards in zh-CN', () => {
  it('announces in Chinese in the channel, and DMs each winner in their own language', async () => {
    await october();
    t.clock.set('2026-11-01T02:00:00Z');
    const run = await t.command(ADMIN.id, '/pacer', 'run awards');
    expect(run.text).toContain('已评出 6 个奖项，已通知 2 位获奖者。');

    const post = t.standIn.messages('CWINS').find((m) => m.text?.startsWith('奖项公布 · 2026年10月'))!;
    expect(post.text).toContain(`*销售冠军（2026年10月）*得主：<@${LINA.id}>（¥20,000，共 1 单）`);
    expect(post.text).toContain('_本月业绩最高者；至少成交 1 单_');
    expect(post.text).toContain(
      `*冲刺目标俱乐部（2026年10月）*得主：<@${TOM.id}>（¥15,000，冲刺目标 ¥12,000）`,
    );
    expect(post.text).toContain('*客户满意度奖（2026年10月）*得主：_暂无得主：没有人获得 3 个或以上评分_');
    expect(JSON.stringify(post.blocks)).toContain('评选标准对所有人一视同仁');
    expect(post.text).not.toMatch(/goes to|Sales Champion|no winner/);

    const lina = t.standIn.messages(LINA.id).at(-1)!;
    expect(lina.text).toBe(
      ':trophy: 恭喜！你获得了2026年10月的 *销售冠军*（¥20,000，共 1 单）和2026年10月的 *新客户开拓奖*（1 个新客户）。',
    );
    const tom = t.standIn.messages(TOM.id).at(-1)!;
    expect(tom.text).toBe(
      ':trophy: Congratulations! You won *New Customer Award* for October 2026 (1 new customer) and *Stretch Club* for October 2026 (CN¥15,000 against a stretch of CN¥12,000).',
    );
  });

  it('shows the rules, leaders and history in the reader’s language; admins change rules in theirs', async () => {
    await october();
    const rules = await t.command(LINA.id, '/award', 'rules');
    expect(rules.text).toContain(
      '• *客户满意度奖*（`customer-satisfaction`）：本月客户满意度平均分（1–5 分）最高者；至少 3 个评分；每位客户每个周期只计一个评分（最新的一个）；负责该客户的销售自己录入的评分（自评）不计入；并列者共享此奖。',
    );
    const now = await t.command(LINA.id, '/award');
    expect(now.text).toContain(`*销售冠军*目前领先：<@${LINA.id}>（¥20,000，共 1 单）`);
    expect(now.text).toContain('_2026年10月截至目前_');
    expect((await t.command(TOM.id, '/award')).text).toContain(`*Sales Champion* is led by <@${LINA.id}>`);

    expect((await t.command(LINA.id, '/award', 'disable most-improved')).text).toContain(
      '只有管理员可以停用奖项',
    );
    expect((await t.command(ADMIN.id, '/award', 'disable most-improved')).text).toBe('*最大进步奖* 已停用。');
    expect((await t.command(ADMIN.id, '/award', 'set customer-satisfaction minRatings 5')).text).toContain(
      '至少 5 个评分',
    );
    expect((await t.command(ADMIN.id, '/award', 'set customer-satisfaction minRatings zero')).text).toContain(
      'minRatings 必须是从 1 开始的整数',
    );
    const audit = t.deps.db.prepare("SELECT * FROM audit_log WHERE action = 'award.rule'").all();
    expect(audit).toHaveLength(2);

    t.clock.set('2026-11-01T02:00:00Z');
    await t.command(ADMIN.id, '/pacer', 'run awards');
    const history = await t.command(LINA.id, '/award', 'history');
    expect(history.text).toContain(`*销售冠军，2026年10月*得主：<@${LINA.id}>（¥20,000，共 1 单）`);
  });
});
