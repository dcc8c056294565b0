import { afterEach, describe, expect, it } from 'vitest';
import { chineseTeam, LINA, TOM } from '../../helpers/chinese-team.js';
import { ADMIN, type TestPacer } from '../../helpers/test-pacer.js';

// The admin and 李娜 read Slack in Chinese; Tom reads English. The team is paid in yuan.
const BOSS = { ...ADMIN, locale: 'zh-CN' };
const EXAMPLE = '`/pacer commission 5% above 100% 8% stretch-bonus 2,000`';

let t: TestPacer;
afterEach(() => t.stop());

const commission = async (user: string, text = '') =>
  (await t.command(user, '/pacer', `commission ${text}`.trim())).text;

describe('/pacer commission in zh-CN', () => {
  it('the plan, its refusals, and each member’s commission line with its bands, in the reader’s language', async () => {
    // Monday 23 November 2026, 10:00 in Shanghai.
    t = await chineseTeam({ now: '2026-11-23T02:00:00Z', users: [BOSS, LINA, TOM] });
    expect(await commission(LINA.id)).toBe(`尚未设置提成方案。用 ${EXAMPLE} 修改。`);
    expect(await commission(LINA.id, '50%')).toMatch(/^只有管理员可以修改提成方案，未做任何更改。/);

    expect(await commission(BOSS.id, 'five')).toBe(`请先写基础提成比例，例如 ${EXAMPLE}。`);
    // Slack shows &lt; as <.
    expect(await commission(BOSS.id, '5% above 100%')).toBe(
      `每一档的写法是 \`above &lt;目标完成率>% &lt;提成比例>%\`，例如 ${EXAMPLE}。`,
    );
    expect(await commission(BOSS.id, '5% stretch-bonus lots')).toBe(`冲刺奖金请写成金额，例如 ${EXAMPLE}。`);
    // What was typed is quoted back as text: a typed <!channel> notifies nobody.
    expect(await commission(BOSS.id, '5% bonus:<!channel>')).toBe(
      `看不懂“bonus:&lt;!channel&gt;”。例如 ${EXAMPLE}。`,
    );
    expect(await commission(BOSS.id, '120% above 100% 8% above 90% 9%')).toBe(
      `这个方案不成立：提成比例须在 0% 到 100% 之间；各档须逐级升高，每一档都高于上一档。例如 ${EXAMPLE}。`,
    );

    expect(await commission(BOSS.id, '5% above 100% 8% stretch-bonus 500')).toBe(
      '提成方案：业绩的 5%（首档以内），目标完成率超过 100% 的部分按 8%；达成冲刺目标另奖 ¥500。每位成员在 `/target` 和 `/leaderboard` 中只看得到自己的提成。',
    );
    expect(await commission(TOM.id)).toMatch(
      /^Commission: 5% of sales up to the first tier, 8% on sales above 100% of target, plus .*500 at stretch\. Change with /,
    );

    await t.command(BOSS.id, '/target', `set <@${LINA.id}> 2026-11 10k stretch 12k`);
    await t.command(LINA.id, '/deal', '12k 华为');
    const line =
      '你在2026年11月的提成（仅你可见）：*¥1,160* = ¥10,000 × 5%（目标完成率 100% 以内） + ¥2,000 × 8%（目标完成率超过 100% 的部分） + 冲刺奖金 ¥500';
    expect((await t.command(LINA.id, '/target')).text).toContain(line);
    expect((await t.command(LINA.id, '/leaderboard')).text).toContain(line);
    // Tom has no target: the base rate on all his sales, in English.
    await t.command(TOM.id, '/deal', '10k Globex');
    expect((await t.command(TOM.id, '/target')).text).toMatch(
      /Your commission for November 2026 \(only you see this\): \*.*500\* = 5% of .*10,000 \(all sales\)/,
    );
    // Switched off, in Chinese.
    expect(await commission(BOSS.id, 'off')).toBe(
      '尚未设置提成方案。每位成员在 `/target` 和 `/leaderboard` 中只看得到自己的提成。',
    );
  });
});
