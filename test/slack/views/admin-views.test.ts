import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/i18n/translator.js';
import { allHelp } from '../../../src/slack/listeners/index.js';
import { helpView } from '../../../src/slack/views/help-view.js';
import { failureText, scheduleText } from '../../../src/slack/views/schedule-text.js';
import { settingsView } from '../../../src/slack/views/settings-view.js';

const translator = createTranslator();
const en = translator.speaker('en');
const zh = translator.speaker('zh-CN');

describe('admin views in both languages', () => {
  it('schedules and Slack failures', () => {
    const friday = { kind: 'weekly' as const, weekday: 5, time: '16:00' };
    expect(scheduleText(friday, en)).toBe('every Friday at 16:00');
    expect(scheduleText(friday, zh)).toBe('每星期五 16:00');
    expect(scheduleText({ kind: 'monthly', day: 1, time: '09:30' }, en)).toBe(
      'on day 1 of every month at 09:30',
    );
    expect(scheduleText({ kind: 'every', minutes: 5 }, zh)).toBe('每 5 分钟');
    expect(failureText('user_disabled', en)).toBe('their Slack account is deactivated');
    expect(failureText('http_500', en)).toBe('Slack answered 500');
    expect(failureText('http_500', zh)).toBe('Slack 返回 500');
    expect(failureText('strange_code', zh)).toBe('Slack 返回 strange_code');
  });

  it('help: descriptions in the reader’s language, admins marked', () => {
    const entries = [
      { usage: '/award', example: '/award', descriptionKey: 'help.award.leaders' as const },
      {
        usage: '/contest new',
        example: '/contest new',
        descriptionKey: 'help.contest.new' as const,
        adminOnly: true,
      },
    ];
    expect(helpView(entries, true, en).text).toBe(
      'Pacer commands:\n• `/award` — who leads each award right now\n    e.g. `/award`\n• `/contest new` _(admins)_ — start a contest (admins; managers among their reports); alone, it opens a form\n    e.g. `/contest new`',
    );
    const zhView = helpView(entries, false, zh);
    expect(zhView.text).toContain('• `/award` — 各奖项当前的领先者\n    例如 `/award`');
    expect(zhView.text).toContain('• `/contest new` _（管理员）_ — 发起竞赛');
    expect(JSON.stringify(zhView.blocks)).toContain('*主页* 标签');
  });

  it('help: every command Pacer lists is described in Chinese, none left in English', () => {
    const zhText = helpView(allHelp, false, zh).text;
    for (const entry of allHelp) {
      const line = zhText.split('\n').find((l) => l.startsWith(`• \`${entry.usage}\``))!;
      expect(line, entry.usage).toMatch(/ — .*\p{Script=Han}/u);
      expect(zh.t(entry.descriptionKey), entry.usage).not.toBe(en.t(entry.descriptionKey));
    }
  });

  it('settings', () => {
    const snapshot = {
      announceChannel: null,
      timezone: 'Asia/Shanghai',
      currency: 'CNY',
      workingWeekdays: [1, 2, 3, 4, 5],
      admins: [],
      regions: ['华<北>'],
      products: [],
      schedules: [],
    };
    const english = settingsView(snapshot, en).text;
    expect(english).toContain('*Working days:* Mon, Tue, Wed, Thu, Fri');
    expect(english).toContain('*Regions:* 华&lt;北&gt;');
    expect(english).toContain('*Product lines:* _none yet_');
    const chinese = settingsView(snapshot, zh).text;
    expect(chinese).toContain('*工作日：* 周一、周二、周三、周四、周五');
    expect(chinese).toContain('*定时任务：*\n_无_');
  });
});
