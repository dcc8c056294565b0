import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chineseTeam, LINA, TOM } from '../../helpers/chinese-team.js';
import { ADMIN, type TestPacer } from '../../helpers/test-pacer.js';

// 李娜's Slack is in Chinese; Tom's in US English. The team's language is Chinese.
const BOSS = { ...ADMIN, locale: 'zh-CN' };

let t: TestPacer;
beforeEach(async () => {
  // Wednesday 25 November 2026, 10:00 in Shanghai.
  t = await chineseTeam({ now: '2026-11-25T02:00:00Z', users: [BOSS, LINA, TOM] });
  for (const rep of [LINA, TOM]) await t.command(ADMIN.id, '/pacer', `member <@${rep.id}> role:rep`);
});
afterEach(() => t.stop());

const stored = () => t.deps.db.prepare('SELECT COUNT(*) AS n FROM targets').get() as { n: number };

describe('/target in zh-CN', () => {
  it('sets a year with a stretch, replaces a member target, and says so in Chinese', async () => {
    const set = await t.command(
      ADMIN.id,
      '/target',
      'set team 2026 12,000,000 stretch +40% note:比2025年增长30%',
    );
    expect(set.text).toBe('已设定团队在2026年的目标：*¥12,000,000*，冲刺目标 ¥16,800,000。');
    await t.command(ADMIN.id, '/target', `set <@${LINA.id}> 2026-11 50k`);
    const again = await t.command(ADMIN.id, '/target', `set <@${LINA.id}> 2026-11 60k`);
    expect(again.text).toBe(`已设定<@${LINA.id}>在2026年11月的目标：*¥60,000*（原为 ¥50,000）。`);
    // Tom reads English, whatever the team's language.
    const tom = await t.command(TOM.id, '/target', 'team 2026-Q4');
    expect(tom.text).toContain('2026 (CN¥12,000,000) ÷ 4 quarters');
  });

  it('shows progress with how each number came about, all in Chinese', async () => {
    await t.command(ADMIN.id, '/target', 'set team 2026 12,000,000 stretch +40% note:比2025年增长30%');
    const q4 = await t.command(LINA.id, '/target', 'team 2026-Q4');
    expect(q4.text).toContain('团队的目标');
    expect(q4.text).toContain('*季度目标（2026年第4季度）* — ¥0 / ¥3,000,000');
    expect(q4.text).toContain('冲刺目标 ¥4,200,000（0%）');
    expect(q4.text).toContain('2026年（¥12,000,000） ÷ 4 个季度');
    expect(q4.text).toContain('_原因：_比2025年增长30%');
    expect(q4.text).not.toMatch(/quarters|set explicitly|to go/);

    await t.command(ADMIN.id, '/target', `set <@${LINA.id}> 2026-11 21,000`);
    await t.command(LINA.id, '/deal', '5,000 华为 date:2026-11-02');
    const mine = await t.command(LINA.id, '/target');
    expect(mine.text).toContain('你的目标');
    expect(mine.text).toContain('*本月（2026年11月）* — ¥5,000 / ¥21,000');
    expect(mine.text).toContain('2026年11月（¥21,000）共 21 个工作日，本期占其中 5 个');
    expect(mine.text).toContain('2026年本身没有设定目标；这里是2026年11月（¥21,000）分摊到其中各天的合计');
    const team = await t.command(LINA.id, '/target', 'team 2026-11');
    expect(team.text).toContain('2026年11月：个人目标合计 ¥21,000，占团队目标的 2%（¥979,000 尚未分配）');
  });

  it('refuses in Chinese with the example, quoting what was typed as text, and changes nothing', async () => {
    const cases: Array<[string, string, string]> = [
      [ADMIN.id, 'set galaxy 2026 1000', '请先写范围'],
      [ADMIN.id, 'set team 2026-Q5 1000', '“2026-Q5”不是有效的周期'],
      [ADMIN.id, 'set team 2026 -5', '金额必须大于零'],
      [ADMIN.id, 'set team 2026 1000 stretch 900', '冲刺目标不能低于基础目标'],
      [ADMIN.id, 'set team 2026 1000 <!channel>', '看不懂“&lt;!channel&gt;”'],
      [ADMIN.id, 'set region:火星 2026 1000', '没有名为“火星”的区域'],
      [ADMIN.id, 'set @bob 2026 1000', '“@bob”是手动输入的名字，不是提及'],
      [LINA.id, `set <@${LINA.id}> 2026-11 1`, '只有管理员和经理可以设定目标'],
      [ADMIN.id, 'growth -100%', '增长率必须高于 -100%'],
      [LINA.id, 'team 2026-13', '“2026-13”不是有效的周期'],
    ];
    for (const [who, text, expected] of cases) {
      const { reply } = await t.command(who, '/target', text);
      expect(reply.response_type, text).toBe('ephemeral');
      expect(String(reply.text), text).toContain(expected);
      expect(String(reply.text), text).toContain('/');
      expect(String(reply.text), text).not.toContain('<!channel>');
    }
    expect(stored().n).toBe(0);
  });
});
