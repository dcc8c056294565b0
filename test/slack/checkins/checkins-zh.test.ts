import { afterEach, describe, expect, it } from 'vitest';
import { CHECKIN_QUESTIONS } from '../../../src/services/checkin-settings.js';
import { saveCheckinQuestions, submitCheckin as submit } from '../../helpers/checkin-forms.js';
import { chineseTeam, LINA, TOM, WANG } from '../../helpers/chinese-team.js';
import { ADMIN, type TestPacer } from '../../helpers/test-pacer.js';

// A Shanghai team whose channel speaks Chinese: 李娜 and 王经理 use Slack in Chinese, Tom in US English.

let t: TestPacer;
afterEach(async () => {
  await t?.stop();
});

const HAN = /\p{Script=Han}/u;

/** Monday 23 Nov 2026; both reps report to 王经理; the team speaks zh-CN (PACER_LANGUAGE). */
async function startTeam() {
  t = await chineseTeam({
    now: '2026-11-23T02:00:00Z',
    users: [{ ...ADMIN, locale: 'en-US' }, WANG, LINA, TOM],
  });
  await t.command(ADMIN.id, '/pacer', 'channel <#CSALES|sales>');
  await t.command(ADMIN.id, '/pacer', `member <@${WANG.id}> role:manager`);
  for (const rep of [LINA, TOM])
    await t.command(ADMIN.id, '/pacer', `member <@${rep.id}> role:rep manager:<@${WANG.id}>`);
  await t.command(LINA.id, '/deal', '1.5万 华为');
  t.standIn.reset();
}

const tick = (job: string, at: string) => {
  t.clock.set(at);
  return t.deps.scheduler.tick(job);
};
const lastDm = (userId: string) => t.standIn.messages(userId).at(-1)!;
const kudosPost = () =>
  t.standIn.waitForCall(
    (c) =>
      c.method === 'chat.postMessage' &&
      c.body.channel === 'CSALES' &&
      String(c.body.text).startsWith(':clap:'),
  );

function clickStart(user: string, responseId: string) {
  return t.interact({
    type: 'block_actions',
    user: { id: user },
    team: { id: 'T0PACER' },
    trigger_id: `trigger-${responseId}`,
    channel: { id: `D${user.slice(1)}` },
    response_url: t.standIn.responseUrl(responseId),
    actions: [
      { type: 'button', action_id: 'checkin_start', value: '2026-W48', block_id: 'b', action_ts: '1' },
    ],
    container: { type: 'message' },
  });
}

describe('check-ins in a zh-CN team', () => {
  it('the DM, the form, its errors and the answered DM in Chinese; the manager digest in Chinese', async () => {
    await startTeam();
    // Thursday 26 Nov, 15:00 in Shanghai.
    await tick('checkins', '2026-11-26T07:00:00Z');
    const dm = lastDm(LINA.id);
    expect(dm.text).toBe('*复盘 · 第48周（11月23日–11月29日）* — 本周：成交 1 单，¥15,000。只需两分钟。');
    const blocks = JSON.stringify(dm.blocks);
    expect(blocks).toContain('"text":"开始复盘"');
    expect(blocks).toContain('你的回答只有你、你的经理和管理员能看到。');

    await clickStart(LINA.id, 'start');
    const opened = await t.standIn.waitForCall((c) => c.method === 'views.open' && c.response.ok === true);
    const view = opened.body.view as { title: { text: string }; submit: { text: string } };
    expect(view.title.text).toBe('复盘');
    expect(view.submit.text).toBe('提交');
    expect(JSON.stringify(view)).toContain('对照目标，你这周进展如何？');
    expect(JSON.stringify(view)).toContain('1（低）到 5（高）');

    const bad = await submit(t, LINA.id, '2026-W48', { week: '', confidence: '9' });
    expect(JSON.parse(bad.body)).toEqual({
      response_action: 'errors',
      errors: { week: '请回答这个问题。', confidence: '请选择 1 到 5 之间的整数。' },
    });
    const good = await submit(t, LINA.id, '2026-W48', {
      week: '签下华为，丢了 <中兴>',
      blockers: '法务审核太慢',
      support: '暂无',
      confidence: '1',
    });
    expect(good.status).toBe(200);
    const updated = await t.standIn.waitForCall((c) => c.method === 'chat.update');
    expect(updated.body.text).toBe('*复盘 · 第48周（11月23日–11月29日）* — 已提交，谢谢！');
    const answered = JSON.stringify(updated.body.blocks);
    expect(answered).toContain('*对照目标，你这周进展如何？*\\n签下华为，丢了 &lt;中兴&gt;');
    expect(answered).toContain('"text":"修改"');

    // Every window has closed (Saturday 28 Nov, 15:00 in Shanghai): the manager's digest.
    await tick('checkin-digest', '2026-11-28T07:15:00Z');
    const digest = lastDm(WANG.id);
    expect(digest.text).toContain('团队复盘 · 第48周（11月23日–11月29日）：1 人已提交，1 人需关注。');
    expect(digest.text).toContain(`<@${LINA.id}> — :construction: 有阻碍，:warning: 把握不大（1/5）`);
    expect(digest.text).toContain(`未提交：<@${TOM.id}>。`);
    expect(digest.text).toContain('*遇到了什么阻碍？*\n法务审核太慢');
    expect(JSON.stringify(digest.blocks)).toContain('"text":"团队复盘 · 第48周（11月23日–11月29日）"');
  });

  it("a member whose Slack is in en-US: Chinese in the channel, English in that member's DMs", async () => {
    await startTeam();
    await tick('checkins', '2026-11-26T07:00:00Z');
    const checkin = lastDm(TOM.id);
    expect(checkin.text).toBe(
      '*Check-in · week 48 (Nov 23–29)* — This week: 0 deals, CN¥0. Takes two minutes.',
    );
    expect(JSON.stringify(checkin.blocks)).toContain('"text":"Start check-in"');
    expect(JSON.stringify(checkin.blocks)).not.toMatch(HAN);
    expect(lastDm(LINA.id).text).toMatch(HAN);

    // 19:00 in Shanghai is past working hours: the reminder comes Friday at 09:00, in his language.
    await tick('checkin-reminders', '2026-11-26T11:00:00Z');
    await tick('checkin-reminders', '2026-11-27T01:00:00Z');
    const reminder = lastDm(TOM.id);
    expect(reminder.text).toMatch(/^:wave: A gentle reminder: your check-in is still open until <!date\^/);
    expect(reminder.text).not.toMatch(HAN);
    const linaReminder = lastDm(LINA.id);
    expect(linaReminder.text).toMatch(
      /^:wave: 温馨提醒：你的复盘在 <!date\^\d+\^\{date_short_pretty\} \{time\}\|/,
    );

    // /kudos from Tom: the thank-you in #sales is Chinese, his own reply English.
    const reply = await t.command(TOM.id, '/kudos', `<@${LINA.id}> for the Huawei <demo>`);
    expect(reply.text).toBe(
      `Kudos sent to <@${LINA.id}>. You have 4 of 5 left today (they reset at midnight your time).`,
    );
    const post = await kudosPost();
    expect(post.body.text).toBe(`:clap: <@${TOM.id}> 感谢 <@${LINA.id}>：for the Huawei &lt;demo&gt;`);
  });

  it('/checkin replies, pause and resume (with audit entries) in the member language', async () => {
    await startTeam();
    expect((await t.command(LINA.id, '/checkin', 'pause until 2026-11-20')).text).toBe(
      '2026-11-20 已经过去了：请选今天（2026-11-23）或之后的日期，例如 `/checkin pause until 2026-12-07`。',
    );
    expect((await t.command(LINA.id, '/checkin', 'pause until 2026-12-10')).text).toBe(
      '复盘已暂停，直到 2026-12-10（含当天）。用 `/checkin resume` 恢复。',
    );
    expect((await t.command(LINA.id, '/checkin', 'resume')).text).toBe('已为你恢复复盘。');
    expect((await t.command(TOM.id, '/checkin', 'pause until 2026-12-10')).text).toContain(
      'Check-ins paused until 2026-12-10',
    );
    const audit = t.deps.db
      .prepare(
        "SELECT actor, action, before_json, after_json FROM audit_log WHERE action LIKE 'checkin.%' ORDER BY id",
      )
      .all();
    expect(audit).toEqual([
      {
        actor: LINA.id,
        action: 'checkin.pause',
        before_json: '{"pausedUntil":null}',
        after_json: '{"pausedUntil":"2026-12-10"}',
      },
      {
        actor: LINA.id,
        action: 'checkin.resume',
        before_json: '{"pausedUntil":"2026-12-10"}',
        after_json: '{"pausedUntil":null}',
      },
      {
        actor: TOM.id,
        action: 'checkin.pause',
        before_json: '{"pausedUntil":null}',
        after_json: '{"pausedUntil":"2026-12-10"}',
      },
    ]);
    expect((await t.command(WANG.id, '/checkin', '')).text).toBe(
      '复盘是给销售代表的；经理会收到团队复盘汇总。',
    );
    expect((await t.command(LINA.id, '/checkin', 'answers <@UTOM>')).text).toBe(
      '复盘内容是私密的：只有本人、其经理和管理员可以查看。',
    );
    expect((await t.command(LINA.id, '/checkin', 'holiday')).text).toBe('还没有团队假期。');
    expect((await t.command(LINA.id, '/checkin', 'nonsense')).text).toContain('试试 `/checkin`');
  });
});

/** The check-in form `user` gets from the Start button of this week's DM. */
async function openedForm(user: string) {
  t.standIn.reset();
  await clickStart(user, `start-${user}`);
  const call = await t.standIn.waitForCall((c) => c.method === 'views.open' && c.response.ok === true);
  return call.body.view as { title: { text: string } };
}

describe('the language of the questions (ADR 31)', () => {
  it("Pacer's own questions are asked in each reader's language", async () => {
    await startTeam();
    await tick('checkins', '2026-11-26T07:00:00Z');
    const tom = await openedForm(TOM.id);
    expect(tom.title.text).toBe('Check-in');
    expect(JSON.stringify(tom)).toContain('How did this week go against your target?');
    expect(JSON.stringify(tom)).not.toMatch(HAN);
    const lina = await openedForm(LINA.id);
    expect(JSON.stringify(lina)).toContain('对照目标，你这周进展如何？');
    expect(JSON.stringify(lina)).not.toContain('How did this week go');
  });

  it('questions an admin typed are asked as typed, whoever reads them', async () => {
    await startTeam();
    await saveCheckinQuestions(t, ADMIN.id, '本周最大的收获是什么？\n[1-5] How is your energy?');
    await tick('checkins', '2026-11-26T07:00:00Z');
    for (const [user, title] of [
      [TOM.id, 'Check-in'],
      [LINA.id, '复盘'],
    ]) {
      const form = await openedForm(user!);
      expect(form.title.text).toBe(title);
      expect(JSON.stringify(form)).toContain('本周最大的收获是什么？');
      expect(JSON.stringify(form)).toContain('How is your energy?');
      expect(JSON.stringify(form)).not.toMatch(/How did this week go|对照目标/);
    }
  });
});

describe('check-in settings by an admin whose Slack is in Chinese', () => {
  it('schedule, reminder and the question editor answer in Chinese; （可选） marks an optional question', async () => {
    await startTeam();
    await t.command(ADMIN.id, '/pacer', 'my-language zh-CN');
    expect((await t.command(ADMIN.id, '/checkin', 'schedule monthly mon 09:30')).text).toBe(
      '复盘改为每月第一个周一 09:30 发出，按每位成员自己的时区。',
    );
    expect((await t.command(ADMIN.id, '/checkin', 'schedule daily mon 09:30')).text).toMatch(
      /^“daily”不是频率：请用 weekly、biweekly 或 monthly。/,
    );
    expect((await t.command(ADMIN.id, '/checkin', 'reminder 60')).text).toBe(
      '提醒必须在复盘结束之前发出。复盘在发出 48 小时后结束，例如 `/checkin reminder 4`。',
    );
    expect((await t.command(ADMIN.id, '/checkin', 'holiday add 2026-12-31 跨年')).text).toBe(
      '2026-12-31 设为团队假期：当天不发复盘，也不分摊目标。',
    );
    expect((await t.command(LINA.id, '/checkin', 'holiday list')).text).toBe('*团队假期：*2026-12-31 跨年');

    expect((await t.send(ADMIN.id, '/checkin', 'questions')).http.status).toBe(200);
    const editor = await t.standIn.waitForCall((c) => c.method === 'views.open' && c.response.ok === true);
    const initial = JSON.stringify(editor.body.view);
    expect(initial).toContain('"text":"复盘问题"');
    expect(initial).toContain('[1-5] 你对完成本月目标有多大把握？');
    const save = (text: string) => saveCheckinQuestions(t, ADMIN.id, text);
    expect(JSON.parse((await save('')).body)).toEqual({
      response_action: 'errors',
      errors: { questions: '请写 1 到 10 个问题，每行一个。' },
    });
    expect((await save('本周最大的收获是什么？\n遇到了什么阻碍？（可选）\n[1-5] 精力如何？')).status).toBe(
      200,
    );
    expect(t.deps.settings.get(CHECKIN_QUESTIONS)).toEqual([
      { id: 'q1', label: '本周最大的收获是什么？', kind: 'text', optional: false },
      { id: 'q2', label: '遇到了什么阻碍？', kind: 'text', optional: true, flag: 'blocker' },
      { id: 'q3', label: '精力如何？', kind: 'scale', optional: false, flag: 'confidence' },
    ]);
  });
});

describe('one-on-one feedback in a zh-CN team', () => {
  it('the prompt and confirmation in the manager language, the feedback DM in the report language', async () => {
    await startTeam();
    t.clock.set('2026-12-01T02:00:00Z'); // Tuesday 1 Dec, 10:00 in Shanghai
    await t.command(ADMIN.id, '/pacer', 'run feedback-prompts');
    const prompt = lastDm(WANG.id);
    expect(prompt.text).toBe('该给 2 位下属写一对一反馈了（2026年11月）。');
    expect(JSON.stringify(prompt.blocks)).toContain(`<@${LINA.id}> — 2026年11月：¥15,000，成交 1 单`);
    const feedback = (id: string, values: [string, string, string]) =>
      t.interact({
        type: 'view_submission',
        user: { id: WANG.id },
        team: { id: 'T0PACER' },
        view: {
          id,
          type: 'modal',
          callback_id: 'feedback_modal',
          private_metadata: `${TOM.id}|2026-11`,
          state: {
            values: Object.fromEntries(
              ['went_well', 'improve', 'goal'].map((f, i) => [
                f,
                { value: { type: 'plain_text_input', value: values[i] } },
              ]),
            ),
          },
        },
      });
    const empty = await feedback('VF0', ['跟进很快', '', '两个新客户']);
    expect(JSON.parse(empty.body)).toEqual({
      response_action: 'errors',
      errors: { improve: '请写一句话。' },
    });
    expect((await feedback('VF1', ['跟进很快', '更早判断客户', '两个新客户'])).status).toBe(200);
    await t.standIn.waitForCall(
      (c) => c.method === 'chat.postMessage' && String(c.body.text).startsWith('已把你的反馈发给'),
    );
    expect(lastDm(TOM.id).text).toBe(
      `*Feedback from <@${WANG.id}> · November 2026*\n*What went well:* 跟进很快\n*What to improve:* 更早判断客户\n*One goal for next month:* 两个新客户`,
    );
    expect(lastDm(WANG.id).text).toBe(`已把你的反馈发给 <@${TOM.id}>。`);
    const audit = t.deps.db
      .prepare("SELECT actor, entity_id, after_json FROM audit_log WHERE action = 'checkin.feedback'")
      .all();
    expect(audit).toEqual([{ actor: WANG.id, entity_id: TOM.id, after_json: '{"monthKey":"2026-11"}' }]);
  });
});

describe('/kudos and /csat in a zh-CN team', () => {
  it('/kudos: the reply and the channel post in Chinese, refusals too', async () => {
    await startTeam();
    const reply = await t.command(LINA.id, '/kudos', `<@${TOM.id}> 谢谢你帮我准备 Acme & 华为的演示`);
    expect(reply.text).toBe(`已为 <@${TOM.id}> 点赞。你今天还剩 4 / 5 个（按你所在时区的午夜重置）。`);
    const post = await kudosPost();
    expect(post.body.text).toBe(
      `:clap: <@${LINA.id}> 感谢 <@${TOM.id}>：谢谢你帮我准备 Acme &amp; 华为的演示`,
    );
    expect((await t.command(LINA.id, '/kudos', `<@${LINA.id}> 我自己真棒`)).text).toMatch(
      /^点赞是给别人的，不能给自己。/,
    );
    expect((await t.command(LINA.id, '/kudos', '@tom 谢谢')).text).toMatch(/^请从 Slack 弹出的列表里选人/);
    expect((await t.command(LINA.id, '/kudos', `<@${TOM.id}>`)).text).toMatch(
      /^请写明对方做了什么：理由必填。/,
    );
    const audit = t.deps.db
      .prepare("SELECT actor, after_json FROM audit_log WHERE action = 'kudos.give'")
      .all();
    expect(audit).toEqual([{ actor: LINA.id, after_json: `{"receiverIds":["${TOM.id}"]}` }]);
  });

  it('/csat: recorded, refused and suggested in Chinese', async () => {
    await startTeam();
    expect((await t.command(WANG.id, '/csat', '华为 5 上线很快')).text).toBe(
      `已为 *华为* 记录 5/5 分，计入 <@${LINA.id}>。`,
    );
    expect((await t.command(WANG.id, '/csat', '华为 6')).text).toMatch(/^“6”不是有效评分。/);
    expect((await t.command(WANG.id, '/csat', '华伟 4')).text).toBe('没有找到客户“华伟”。你是指 “华为” 吗？');
    expect((await t.command(TOM.id, '/csat', '华为 1')).text).toBe(
      "Scores for another rep's customer come from them, their manager or an admin.",
    );
    const scores = t.deps.db.prepare('SELECT member_id, score, comment FROM satisfaction_scores').all();
    expect(scores).toEqual([{ member_id: LINA.id, score: 5, comment: '上线很快' }]);
    const audit = t.deps.db
      .prepare("SELECT actor, after_json FROM audit_log WHERE action = 'csat.record'")
      .all();
    expect(audit).toEqual([{ actor: WANG.id, after_json: `{"memberId":"${LINA.id}","score":5}` }]);
  });
});
