import { afterEach, describe, expect, it } from 'vitest';
import { chineseTeam, LINA, TOM } from '../helpers/chinese-team.js';
import { ADMIN, type TestPacer } from '../helpers/test-pacer.js';

// The admin's Slack is in Chinese; so is 李娜's. Tom reads English.
const BOSS = { ...ADMIN, locale: 'zh-CN' };

let t: TestPacer;
afterEach(() => t.stop());

async function start() {
  // Monday 23 November 2026, 10:00 in Shanghai.
  t = await chineseTeam({ now: '2026-11-23T02:00:00Z', users: [BOSS, LINA, TOM] });
}

describe('/pacer in zh-CN', () => {
  it('help, settings and admin replies in the reader’s language; non-admins refused in theirs', async () => {
    await start();
    const help = await t.command(LINA.id, '/pacer', 'help');
    expect(JSON.stringify(help.reply.blocks)).toContain('Pacer — 让团队保持节奏');
    expect(help.text).toContain('• `/target set <scope>');
    expect(help.text).toContain(
      '_（管理员）_ — 设定目标（管理员；经理可为直属下属设定）\n    例如 `/target set team 2026 12,000,000 stretch +40%`',
    );
    expect(help.text).toContain('往期获奖者（以公布时为准）');
    expect(JSON.stringify(help.reply.blocks)).toContain('标有 _（管理员）_ 的命令需要 Pacer 管理员执行');
    expect((await t.command(TOM.id, '/pacer', 'help')).text).toContain('— past winners, as announced');

    expect((await t.command(LINA.id, '/pacer', 'workdays sun-thu')).text).toBe(
      '只有管理员可以修改工作日，未做任何更改。请联系 Pacer 管理员或 Slack 工作区管理员。',
    );
    expect((await t.command(TOM.id, '/pacer', 'workdays sun-thu')).text).toMatch(
      /^Only admins can change the working days/,
    );
    expect((await t.command(ADMIN.id, '/pacer', 'workdays sun-thu')).text).toContain(
      '工作日已从 周一、周二、周三、周四、周五 改为 *周一、周二、周三、周四、周日*。',
    );
    expect((await t.command(ADMIN.id, '/pacer', 'region add 华北')).text).toBe('已添加区域 *华北*。');
    expect((await t.command(ADMIN.id, '/pacer', `member <@${LINA.id}> role:rep region:华北`)).text).toBe(
      `已更新 <@${LINA.id}>：角色 *rep*，区域 *华北*，上级 *无*。`,
    );
    expect((await t.command(ADMIN.id, '/pacer', 'bogus <!channel>')).text).toBe(
      '没有 `/pacer bogus` 这个命令。用 `/pacer help` 查看全部命令。',
    );

    const settings = await t.command(ADMIN.id, '/pacer', 'settings');
    expect(settings.text).toContain('*公告频道：* _尚未设置 — `/pacer channel #sales`_');
    expect(settings.text).toContain('*工作日：* 周一、周二、周三、周四、周日');
    expect(settings.text).toContain('*区域：* 华北');
    expect(settings.text).toContain('• `weekly-reminder`：每星期一 09:00');
    expect(settings.text).toContain('• `awards`：每月 1 日 09:30');
  });

  it('/pacer run and schedule, and the refusal notice an admin gets, in Chinese', async () => {
    await start();
    await t.command(ADMIN.id, '/pacer', 'channel <#CSALES|sales>');
    for (const rep of [LINA, TOM]) await t.command(ADMIN.id, '/pacer', `member <@${rep.id}> role:rep`);
    await t.command(ADMIN.id, '/target', 'set team 2026-11 210,000');
    await t.command(ADMIN.id, '/target', `set <@${TOM.id}> 2026-11 42,000`);
    // Tom is told of his target before his account goes (a refused target DM would make him inactive).
    await t.standIn.waitForCall(() => t.standIn.messages(TOM.id).length === 1);
    // Tom's account is deactivated in Slack, and Pacer missed the event.
    t.standIn.addUser({ ...TOM, deleted: true });

    const run = await t.command(ADMIN.id, '/pacer', 'run weekly-reminder');
    expect(run.text).toContain('`weekly-reminder`（2026-W48）：已完成。已发到频道；已发送 0 条私信。');
    expect(run.text).toContain(
      `共 2 条消息，已发送 1 条，1 条被拒收（<@${TOM.id}>：对方的 Slack 账号已停用，\`user_disabled\`）。`,
    );
    const notice = t.standIn.messages(ADMIN.id).find((m) => m.text?.includes('未能把'))!;
    expect(notice.text).toBe(
      `:warning: Pacer 未能把 2026-W48 的 \`weekly-reminder\` 消息发给 <@${TOM.id}>：对方的 Slack 账号已停用（\`user_disabled\`）。对方在 Pacer 中已标记为非活跃，之后的任务会跳过他。`,
    );
    expect((await t.command(ADMIN.id, '/pacer', 'run weekly-reminder')).text).toContain(
      '本周期已运行过，未重复发布',
    );

    expect((await t.command(ADMIN.id, '/pacer', 'schedule weekly-reminder tuesday 08:30')).text).toBe(
      '`weekly-reminder` 现在的运行时间：每星期二 08:30（团队时间）。',
    );
    expect((await t.command(ADMIN.id, '/pacer', 'schedule weekly-reminder someday 08:30')).text).toContain(
      '请写星期几、`daily` 或 `day-1`…`day-28`',
    );
    const status = await t.command(ADMIN.id, '/pacer', 'schedule');
    expect(status.text).toContain('• `weekly-reminder`：每星期二 08:30');
    expect(status.text).toContain(
      '用 `/pacer schedule <job> <weekday|daily|day-N> <HH:MM>` 修改（团队时间）。',
    );
  });
});
