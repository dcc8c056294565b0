import { describe, expect, it } from 'vitest';
import { DEFAULT_AWARDS } from '../../../../src/domain/awards.js';
import { createTranslator } from '../../../../src/i18n/translator.js';
import {
  awardsView,
  figureText,
  rulesView,
  winnerDm,
} from '../../../../src/slack/views/awards/award-views.js';

const translator = createTranslator();
const en = translator.speaker('en');
const zh = translator.speaker('zh-CN');
const rule = (id: string) => DEFAULT_AWARDS.find((r) => r.id === id)!;

describe('award views in both languages', () => {
  it('words each figure', () => {
    const rating = { kind: 'rating' as const, hundredths: 433, ratings: 3 };
    expect(figureText(rating, 'USD', en)).toBe('4.33 average from 3 ratings');
    expect(figureText(rating, 'USD', zh)).toBe('平均 4.33 分，共 3 个评分');
    const one = { kind: 'revenue' as const, revenue: 2_000_000, deals: 1 };
    expect(figureText(one, 'USD', en)).toBe('$20,000 from 1 deal');
    expect(figureText({ ...one, deals: 2 }, 'USD', en)).toBe('$20,000 from 2 deals');
    expect(figureText(one, 'CNY', zh)).toBe('¥20,000，共 1 单');
    const improved = { kind: 'improved' as const, thenPercent: 50, nowPercent: 90 };
    expect(figureText(improved, 'USD', zh)).toBe('目标完成率 50% → 90%');
  });

  it('a tie, no winner, and a result stored in English by an older Pacer', () => {
    const lines = [
      {
        rule: rule('sales-champion'),
        title: 'T1',
        winners: [
          { memberId: 'UA', figure: { kind: 'revenue' as const, revenue: 100, deals: 1 } },
          { memberId: 'UB', figure: { kind: 'revenue' as const, revenue: 100, deals: 1 } },
        ],
        noWinnerReason: null,
      },
      { rule: rule('new-customer'), title: 'T2', winners: [], noWinnerReason: 'none_eligible' },
      {
        rule: rule('stretch-club'),
        title: 'T3',
        winners: [{ memberId: 'UC', figureText: '<b> & co' }],
        noWinnerReason: null,
      },
    ];
    const english = awardsView('Awards', lines, 'goes', 'USD', en).text;
    expect(english).toContain(
      ':trophy: *T1* goes to <@UA> ($1 from 1 deal), <@UB> ($1 from 1 deal) — a tie, so they share it',
    );
    expect(english).toContain('*T2* goes to _no winner: nobody won a new customer_');
    expect(english).toContain('<@UC> (&lt;b&gt; &amp; co)');
    const chinese = awardsView('奖项', lines, 'goes', 'USD', zh).text;
    expect(chinese).toContain('（并列，共享此奖）');
    expect(chinese).toContain('*T2*得主：_暂无得主：没有人拿下新客户_');
    expect(chinese).toContain('_本月拿下新客户最多者；至少 1 个新客户_');
  });

  it('rules and the winner DM', () => {
    const rules = [{ ...rule('team-collaboration'), minGivers: 1, enabled: false }];
    expect(rulesView(rules, en).text).toContain(
      '• *Team Collaboration Award* (`team-collaboration`) _(disabled)_: the most kudos received in the month, from at least 1 different person; ties share the award.',
    );
    expect(rulesView(rules, zh).text).toContain('• *团队协作奖*（`team-collaboration`） _（已停用）_：');
    const wins = [
      {
        id: 'sales-champion' as const,
        period: 'P1',
        figure: { kind: 'newCustomers' as const, newCustomers: 2 },
      },
      {
        id: 'stretch-club' as const,
        period: 'P2',
        figure: { kind: 'newCustomers' as const, newCustomers: 1 },
      },
      {
        id: 'new-customer' as const,
        period: 'P3',
        figure: { kind: 'newCustomers' as const, newCustomers: 1 },
      },
    ];
    expect(winnerDm(wins, 'USD', en)).toBe(
      ':trophy: Congratulations! You won *Sales Champion* for P1 (2 new customers), *Stretch Club* for P2 (1 new customer) and *New Customer Award* for P3 (1 new customer).',
    );
    expect(winnerDm(wins.slice(0, 2), 'USD', zh)).toBe(
      ':trophy: 恭喜！你获得了P1的 *销售冠军*（2 个新客户）和P2的 *冲刺目标俱乐部*（1 个新客户）。',
    );
  });
});
