import { afterEach, describe, expect, it } from 'vitest';
import { chineseTeam, LINA, TOM, WANG } from '../helpers/chinese-team.js';
import { ADMIN, type TestPacer } from '../helpers/test-pacer.js';

// The admin reads Slack in Chinese, as the team does; Tom (a rep) reads English.
const BOSS = { ...ADMIN, locale: 'zh-CN' };

let t: TestPacer;
afterEach(() => t.stop());

const run = async (job: string) => (await t.command(BOSS.id, '/pacer', `run ${job}`)).text;

describe('what /pacer run says a job did, in a zh-CN team', () => {
  it('check-ins, reminders, digests, feedback prompts, at-risk alerts, contests and achievements', async () => {
    // Monday 23 November 2026, 10:00 in Shanghai.
    t = await chineseTeam({ now: '2026-11-23T02:00:00Z', users: [BOSS, WANG, LINA, TOM] });
    await t.command(BOSS.id, '/pacer', `member <@${WANG.id}> role:manager`);
    for (const rep of [LINA, TOM])
      await t.command(BOSS.id, '/pacer', `member <@${rep.id}> role:rep manager:<@${WANG.id}>`);
    await t.command(BOSS.id, '/target', `set <@${LINA.id}> 2026-11 100,000`);

    expect(await run('checkins')).toBe('`checkins`（2026-W48）：已完成。已发出 2 份复盘。');
    expect(await run('checkin-reminders')).toContain('已发送 0 条复盘提醒，还有 2 条稍后发送。');
    expect(await run('checkin-digest')).toContain('已发送 0 份团队复盘汇总，1 位经理还在等下属提交。');
    // 李娜 has sold nothing of ¥100,000 with a week of November left: 王经理 hears of it.
    expect(await run('at-risk')).toBe('`at-risk`（2026-W48）：已完成。已通知 1 位经理。');
    expect(await run('achievements')).toBe(
      '`achievements`（streaks:2026-W47）：已完成。已计算连续达成：新增 0 项。',
    );

    expect(await run('contests')).toContain('目前没有到期的竞赛消息。');
    expect(await run('waiting-deals')).toContain('没有超时等待的成交。');
    // The contest's name is the admin's, shown as typed (escaped) inside Pacer's Chinese.
    await t.command(BOSS.id, '/contest', 'new "十一月 <冲刺>" revenue 2026-11-23 2026-11-29');
    expect(await run('contests')).toContain('尚未设置公告频道（`/pacer channel #sales`）。');
    await t.command(BOSS.id, '/pacer', 'channel <#CSALES|sales>');
    expect(await run('contests')).toBe(
      '`contests`（contest-1:start）：已完成。“十一月 &lt;冲刺&gt;”开赛公告：已发送。',
    );

    // Tuesday 1 December, the first working day: each manager is asked for November's feedback.
    t.clock.set('2026-12-01T02:00:00Z');
    expect(await run('feedback-prompts')).toBe(
      '`feedback-prompts`（2026-11）：已完成。已提醒 1 位经理写一对一反馈。',
    );
  });
});
