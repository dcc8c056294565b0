import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/slack/ids.js';
import { chineseTeam, LINA, TOM } from '../helpers/chinese-team.js';
import { buttonClick } from '../helpers/payloads.js';
import { ADMIN, type TestPacer } from '../helpers/test-pacer.js';

// The admin and 李娜 read Slack in Chinese, Tom in English; the team's language is Chinese.
const BOSS = { ...ADMIN, locale: 'zh-CN' };

let t: TestPacer;
afterEach(() => t.stop());

const start = async () => {
  // Monday 23 November 2026, 10:00 in Shanghai.
  t = await chineseTeam({ now: '2026-11-23T02:00:00Z', users: [BOSS, LINA, TOM] });
};

describe('when Pacer cannot do what was asked, in a zh-CN team', () => {
  it('an unexpected failure: the apology and its reference in the reader’s language', async () => {
    await start();
    // Someone Slack will not describe (users.info fails hard): Pacer does not know their language,
    // so it speaks the team's.
    t.standIn.failNext('users.info', { status: 500, times: 10 });
    const { text } = await t.command('UNEWCOMER', '/pacer', 'help');
    expect(text).toMatch(
      /^:warning: 抱歉，Pacer 这边出了问题，操作可能没有完成。重试前请先确认一下（`\/deal list` 可查看你的成交记录）。如果再次出现，请把这个编号告诉管理员：`ERR-[0-9A-F]{8}`。$/,
    );
    const reference = /ERR-[0-9A-F]{8}/.exec(text)![0];
    expect(t.logs.some((line) => line.includes(reference))).toBe(true);
  });

  it('Slack cannot say who someone is: refused in the team’s language, for a command and a button', async () => {
    await start();
    // UGHOST is no user Slack knows (users.info: user_not_found).
    expect((await t.command('UGHOST', '/deal', '12,500 华为')).text).toBe(
      'Slack 没能告诉我你是谁，请再试一次。',
    );
    await t.interact(
      buttonClick(ACTIONS.homeLogDeal, { userId: 'UGHOST', responseUrl: t.standIn.responseUrl('ghost') }),
    );
    const answer = await t.standIn.waitForCall(
      (c) => c.method === 'response_url' && c.body.responseId === 'ghost',
    );
    expect(answer.body.text).toBe('Slack 没能告诉我你是谁，请再试一次。');
  });

  it('a request from another workspace is refused in the team’s language', async () => {
    await start();
    const { reply } = await t.command(LINA.id, '/deal', '9,000 华为', { team_id: 'TOTHER' });
    expect(reply).toEqual({
      response_type: 'ephemeral',
      text: '这里的 Pacer 是为另一个 Slack 工作区设置的，无法处理这个请求，未做任何操作。',
    });
  });

  it('the database file is gone: each member hears it in their language, and so does the admin', async () => {
    await start();
    expect((await t.command(LINA.id, '/deal', '12,500 华为')).text).toContain('华为');
    expect((await t.command(TOM.id, '/deal', '12,500 Acme')).text).toContain('Acme');
    expect((await t.command(BOSS.id, '/pacer', 'settings')).text).toContain('公告频道');
    rmSync(t.databasePath);
    t.deps.databaseWatch.check();
    expect((await t.command(LINA.id, '/deal', '8,000 腾讯')).text).toBe(
      ':warning: Pacer 暂时无法保存：数据库文件不见了（被删除或移走）。本次未保存任何内容，已通知管理员。',
    );
    expect((await t.command(TOM.id, '/deal', '8,000 Globex')).text).toBe(
      ':warning: Pacer cannot save right now: its database file is gone (deleted or moved away). Nothing was saved. An admin has been told.',
    );
    expect((await t.command(BOSS.id, '/pacer', 'run weekly-reminder')).text).toBe(
      '`weekly-reminder`（2026-W48）：运行失败；`/pacer run` 或下次启动时会重试。（Pacer 无法保存：数据库文件不见了（被删除或移走））',
    );
    const alert = await t.standIn.waitForCall(
      (c) => c.method === 'chat.postMessage' && String(c.body.text).includes('现在无法保存任何数据'),
    );
    expect(String(alert.body.text)).toContain(
      ':rotating_light: Pacer 现在无法保存任何数据：数据库文件不见了（被删除或移走）',
    );
  });

  it('a person, a channel or working days Pacer cannot read: refused in Chinese with what was typed', async () => {
    await start();
    expect((await t.command(BOSS.id, '/pacer', 'forget @bob')).text).toBe(
      '“@bob”是手动输入的名字，不是提及。请输入 @ 并从 Slack 弹出的列表里选人，例如 `/pacer forget @ana`。',
    );
    expect((await t.command(BOSS.id, '/pacer', 'channel #sales')).text).toBe(
      '“#sales”不是可用的频道。请输入 # 并从 Slack 弹出的列表里选频道，例如 `/pacer channel #sales-wins`。',
    );
    expect((await t.command(LINA.id, '/csat', '华为 5 很好 for:李娜')).text).toContain('“李娜”不是一个人。');
    expect((await t.command(BOSS.id, '/pacer', 'workdays mon-fri,<funday>')).text).toBe(
      '“&lt;funday&gt;”不是星期几，也不是星期范围（星期请用英文缩写），例如 `/pacer workdays mon-fri`, `/pacer workdays sun-thu`。',
    );
    expect((await t.command(BOSS.id, '/pacer', 'workdays ,')).text).toBe(
      '请写出工作日，例如 `/pacer workdays mon-fri`, `/pacer workdays sun-thu`。',
    );
  });
});
