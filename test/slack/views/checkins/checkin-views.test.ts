import { describe, expect, it } from 'vitest';
import type { CheckinDigest } from '../../../../src/domain/checkins/digest.js';
import {
  type CheckinQuestion,
  DEFAULT_CHECKIN_QUESTIONS,
} from '../../../../src/domain/checkins/questions.js';
import { parsePeriod } from '../../../../src/domain/periods.js';
import { createTranslator } from '../../../../src/i18n/translator.js';
import type { Reply } from '../../../../src/slack/views/blocks.js';
import {
  answerProblemText,
  checkinDm,
  checkinModal,
  digestView,
  feedbackDm,
  feedbackModal,
  feedbackPromptView,
  questionLabel,
  weekSummaryText,
} from '../../../../src/slack/views/checkins/checkin-views.js';
import { validateMessage, validateView } from '../../../../src/slack-api-stand-in/index.js';

const translator = createTranslator();
const en = translator.speaker('en');
const zh = translator.speaker('zh-CN');
const week = parsePeriod('2026-W48')!;
const november = parsePeriod('2026-11')!;
const OWN: CheckinQuestion = { id: 'q1', label: 'Wie lief die Woche?', kind: 'text', optional: false };
const summary = { deals: 1, revenueCents: 1_500_000, currency: 'CNY', weekPercent: 150, monthPercent: null };
const text = (blocks: unknown) => JSON.stringify(blocks);
const fits = (reply: Reply) => validateMessage({ channel: 'C1', ...reply });

describe('check-in words', () => {
  it("Pacer's own questions in the reader's language, an admin's as written", () => {
    expect(questionLabel(zh, DEFAULT_CHECKIN_QUESTIONS[0]!)).toBe('对照目标，你这周进展如何？');
    // The stored English labels are the English catalog's words: they cannot drift apart.
    for (const q of DEFAULT_CHECKIN_QUESTIONS) expect(questionLabel(en, q)).toBe(q.label);
    expect(questionLabel(zh, OWN)).toBe('Wie lief die Woche?');
    // Once an admin rewords a default question, it is theirs.
    expect(questionLabel(zh, { ...DEFAULT_CHECKIN_QUESTIONS[1]!, label: 'Blockers?' })).toBe('Blockers?');
  });

  it('answer problems, the week summary', () => {
    expect(answerProblemText(en, { code: 'tooLong', max: 3000, length: 3001 })).toBe(
      'Please keep this to 3,000 characters (it has 3,001).',
    );
    expect(answerProblemText(zh, { code: 'tooLong', max: 3000, length: 3001 })).toBe(
      '请控制在 3,000 个字符以内（当前为 3,001 个）。',
    );
    expect(weekSummaryText(en, summary)).toBe("This week: 1 deal, CN¥15,000 · 150% of the week's target");
    expect(weekSummaryText(en, { ...summary, deals: 2, monthPercent: 40 })).toBe(
      "This week: 2 deals, CN¥15,000 · 150% of the week's target · 40% of the month's",
    );
    expect(weekSummaryText(zh, summary)).toBe('本周：成交 1 单，¥15,000 · 完成本周目标的 150%');
  });
});

describe('check-in builders in both languages', () => {
  it('checkinDm: open, answered and closed', () => {
    const answers = { week: 'Closed <Acme>', confidence: 4 };
    const open = checkinDm(en, {
      period: week,
      roundKey: '2026-W48',
      summary,
      questions: DEFAULT_CHECKIN_QUESTIONS,
      answers: null,
      open: true,
    });
    expect(open.text).toBe(
      "*Check-in · week 48 (Nov 23–29)* — This week: 1 deal, CN¥15,000 · 150% of the week's target. Takes two minutes.",
    );
    expect(text(open.blocks)).toContain('"text":"Start check-in"');
    const zhAnswered = checkinDm(zh, {
      period: week,
      roundKey: '2026-W48',
      summary,
      questions: DEFAULT_CHECKIN_QUESTIONS,
      answers,
      open: true,
    });
    expect(zhAnswered.text).toBe('*复盘 · 第48周（11月23日–11月29日）* — 已提交，谢谢！');
    expect(text(zhAnswered.blocks)).toContain('*对照目标，你这周进展如何？*\\nClosed &lt;Acme&gt;');
    expect(text(zhAnswered.blocks)).toContain('*你对完成本月目标有多大把握？*\\n4/5');
    expect(text(zhAnswered.blocks)).toContain('"text":"修改"');
    const zhClosed = checkinDm(zh, {
      period: week,
      roundKey: '2026-W48',
      summary,
      questions: DEFAULT_CHECKIN_QUESTIONS,
      answers: null,
      open: false,
    });
    expect(text(zhClosed.blocks)).toContain('_本次复盘已结束。_');
    for (const reply of [open, zhAnswered, zhClosed]) expect(fits(reply)).toBeNull();
  });

  it('checkinModal', () => {
    for (const [say, title, scale] of [
      [en, 'Check-in', '1 (low) to 5 (high)'],
      [zh, '复盘', '1（低）到 5（高）'],
    ] as const) {
      const view = checkinModal(say, [...DEFAULT_CHECKIN_QUESTIONS, OWN], '2026-W48', { confidence: 3 });
      expect(validateView(view, 'modal')).toBeNull();
      expect(text(view)).toContain(`"title":{"type":"plain_text","text":"${title}"`);
      expect(text(view.blocks)).toContain(scale);
      expect(text(view.blocks)).toContain('Wie lief die Woche?');
    }
  });

  it('digestView: flags, who is silent, and the header', () => {
    const digest: CheckinDigest = {
      managerId: 'UM',
      answered: [
        {
          memberId: 'U1',
          answers: { blockers: 'Legal', confidence: 1 },
          questions: DEFAULT_CHECKIN_QUESTIONS,
          flags: [
            { kind: 'blocker', questionId: 'blockers', value: 'Legal' },
            { kind: 'confidence', questionId: 'confidence', value: 1 },
          ],
        },
      ],
      notAnswered: ['U2', 'U3'],
      flaggedCount: 1,
    };
    const [enPage] = digestView(en, week, digest);
    expect(enPage!.text).toContain('Check-ins · week 48 (Nov 23–29): 1 answered, 1 flagged.');
    expect(enPage!.text).toContain('<@U1> — :construction: blocker, :warning: low confidence (1/5)');
    expect(enPage!.text).toContain('Not answered: <@U2>, <@U3>.');
    const [zhPage, ...more] = digestView(zh, week, digest);
    expect(more).toHaveLength(0);
    expect(zhPage!.text).toContain('团队复盘 · 第48周（11月23日–11月29日）：1 人已提交，1 人需关注。');
    expect(zhPage!.text).toContain('<@U1> — :construction: 有阻碍，:warning: 把握不大（1/5）');
    expect(zhPage!.text).toContain('*遇到了什么阻碍？*\nLegal');
    expect(zhPage!.text).toContain('未提交：<@U2>, <@U3>。');
    expect(fits(zhPage!)).toBeNull();
    const everyone = digestView(zh, week, { ...digest, notAnswered: [] })[0]!;
    expect(everyone.text).toContain('所有人都已提交。');
  });

  it('digestView: a long silent list ends in "and N more" in the language', () => {
    const silent = Array.from({ length: 400 }, (_, i) => `U${String(i).padStart(9, '0')}`);
    const digest: CheckinDigest = { managerId: 'UM', answered: [], notAnswered: silent, flaggedCount: 0 };
    expect(digestView(en, week, digest).at(-1)!.text).toMatch(/Not answered: .*<@U\d+> and \d+ more\./);
    const zhLast = digestView(zh, week, digest).at(-1)!;
    expect(zhLast.text).toMatch(/未提交：.*<@U\d+> 等另外 \d+ 人。/);
    expect(fits(zhLast)).toBeNull();
  });

  it('feedbackPromptView, feedbackModal and the feedback DM', () => {
    const reports = [
      {
        memberId: 'U1',
        soFar: { deals: 1, revenueCents: 500_000, currency: 'USD', percent: 12 },
        value: 'U1|2026-11',
      },
      {
        memberId: 'U2',
        soFar: { deals: 3, revenueCents: 0, currency: 'USD', percent: null },
        value: 'U2|2026-11',
      },
    ];
    const enPrompt = feedbackPromptView(en, november, reports);
    expect(enPrompt.text).toBe('Time for one-on-one feedback (November 2026) for 2 reports.');
    expect(text(enPrompt.blocks)).toContain('<@U1> — November 2026: $5,000 from 1 deal (12% of target)');
    expect(text(enPrompt.blocks)).toContain('<@U2> — November 2026: $0 from 3 deals');
    const zhPrompt = feedbackPromptView(zh, november, reports);
    expect(zhPrompt.text).toBe('该给 2 位下属写一对一反馈了（2026年11月）。');
    expect(text(zhPrompt.blocks)).toContain('<@U1> — 2026年11月：US$5,000，成交 1 单（目标完成率 12%）');
    expect(text(zhPrompt.blocks)).toContain('"text":"写反馈"');
    for (const reply of [enPrompt, zhPrompt]) expect(fits(reply)).toBeNull();

    const modal = feedbackModal(zh, '<Ana>', 'U1|2026-11');
    expect(validateView(modal, 'modal')).toBeNull();
    expect(text(modal.blocks)).toContain('给 *&lt;Ana&gt;* 的反馈，将通过私信发给对方。');
    expect(text(modal.blocks)).toContain('下个月的一个目标');

    const values = { went_well: 'Fast <follow-ups>', improve: 'Qualify', goal: 'Two logos' };
    expect(feedbackDm(en, { managerId: 'UM', month: november, monthKey: '2026-11', values })).toBe(
      '*Feedback from <@UM> · November 2026*\n*What went well:* Fast &lt;follow-ups&gt;\n*What to improve:* Qualify\n*One goal for next month:* Two logos',
    );
    expect(feedbackDm(zh, { managerId: 'UM', month: november, monthKey: '2026-11', values })).toContain(
      '*来自 <@UM> 的反馈 · 2026年11月*\n*做得好的地方：*Fast &lt;follow-ups&gt;',
    );
  });
});
