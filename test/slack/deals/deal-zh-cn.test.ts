import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../../src/slack/ids.js';
import { DEAL_FIELDS } from '../../../src/slack/views/deals/deal-modal.js';
import type { RecordedCall } from '../../../src/slack-api-stand-in/index.js';
import {
  buttonClick,
  buttons,
  dealFormValues,
  type OpenedView,
  viewSubmission,
} from '../../helpers/payloads.js';
import { ADMIN, MANAGER, REP, REP2, TestPacer } from '../../helpers/test-pacer.js';

// Rick and Maria's Slack is in Chinese; the team's channel language stays English.
const RICK = { ...REP, locale: 'zh-CN' };
const MARIA = { ...MANAGER, locale: 'zh-CN' };

let t: TestPacer;
beforeEach(async () => {
  t = await TestPacer.start({ now: '2026-11-25T15:00:00Z', users: [ADMIN, MARIA, RICK, REP2] });
  await t.command(ADMIN.id, '/pacer', 'region add 华东');
  await t.command(ADMIN.id, '/pacer', `member <@${MANAGER.id}> role:manager`);
  await t.command(ADMIN.id, '/pacer', `member <@${REP.id}> manager:<@${MANAGER.id}>`);
});
afterEach(() => t.stop());

type View = OpenedView & {
  title: { text: string };
  blocks: Array<{ block_id?: string; label?: { text: string } }>;
};

async function openForm(userId: string): Promise<View> {
  t.standIn.reset();
  expect((await t.send(userId, '/deal', '')).http.status).toBe(200);
  const call: RecordedCall = await t.standIn.waitForCall(
    (c) => c.method === 'views.open' && c.response.ok === true,
  );
  return call.body.view as View;
}

async function submit(
  userId: string,
  view: View,
  viewId: string,
  values: Record<string, Record<string, unknown>>,
) {
  const res = await t.interact(viewSubmission(view, { userId, viewId, values }));
  expect(res.status).toBe(200);
  return (res.body ? JSON.parse(res.body) : {}) as {
    response_action?: string;
    errors?: Record<string, string>;
  };
}

const liveDeals = () => t.deps.db.prepare('SELECT * FROM deals WHERE deleted_at IS NULL').all();

describe('/deal in Chinese, through the form', () => {
  it('opens the form in the member’s language and says each problem on its own field', async () => {
    const view = await openForm(REP.id);
    expect(view.title.text).toBe('记录成交');
    expect(view.blocks.find((b) => b.block_id === DEAL_FIELDS.amount)?.label?.text).toBe('金额');

    const bad = await submit(REP.id, view, 'VZH1', dealFormValues({ amount: '一万', customer: 'Acme Corp' }));
    expect(bad.response_action).toBe('errors');
    expect(Object.keys(bad.errors!)).toEqual([DEAL_FIELDS.amount]);
    expect(bad.errors![DEAL_FIELDS.amount]).toContain('看不懂金额“一万”');
    expect(liveDeals()).toHaveLength(0);
  });

  it('puts a refusal from the use case on the field it is about: the owner, the region', async () => {
    const view = await openForm(MANAGER.id);
    // Sara is not Maria's report: the who-may-log rule answers on "on behalf of", in Chinese.
    const notReport = await submit(
      MANAGER.id,
      view,
      'VZH2',
      dealFormValues({ amount: '1.5万', customer: 'Acme Corp', ownerId: REP2.id }),
    );
    expect(notReport.errors).toEqual({
      [DEAL_FIELDS.owner]: `你只能为自己的下属记录成交，<@${REP2.id}> 不是你的下属。`,
    });

    // The region picked in the form was removed before the form was sent: said on the region.
    const regionId = t.deps.regions.list()[0]!.id;
    await t.command(ADMIN.id, '/pacer', 'region remove 华东');
    const gone = await submit(
      MANAGER.id,
      view,
      'VZH3',
      dealFormValues({ amount: '1.5万', customer: 'Acme Corp', ownerId: REP.id, regionId }),
    );
    expect(Object.keys(gone.errors ?? {})).toEqual([DEAL_FIELDS.region]);
    expect(gone.errors![DEAL_FIELDS.region]).toContain('不认识区域“华东”');
    expect(liveDeals()).toHaveLength(0);

    // Filled in right, it is logged and confirmed in Chinese.
    expect(
      await submit(
        MANAGER.id,
        view,
        'VZH4',
        dealFormValues({ amount: '1.5万', customer: 'Acme Corp', ownerId: REP.id }),
      ),
    ).toEqual({});
    const confirmation = await t.standIn.waitForCall((c) => c.method === 'chat.postEphemeral');
    expect(String(confirmation.body.text)).toContain(`已为 <@${REP.id}> 记录`);
    expect(liveDeals()).toHaveLength(1);
  });
});

describe('/deal list and its buttons in Chinese', () => {
  it('lists the deals with 编辑 and 删除, and answers a delete in Chinese', async () => {
    await t.command(REP.id, '/deal', '12,500 Acme Corp');
    await t.command(REP.id, '/deal', '8,000 Globex');
    const { reply } = await t.command(REP.id, '/deal', 'list');
    const text = JSON.stringify(reply.blocks);
    expect(text).toContain('*你最近的 2 笔成交*');
    expect(text).toContain('"text":"编辑"');
    expect(text).toContain('删除这笔成交？');
    expect(text).toContain('与 *Globex* 成交 *US$8,000*');

    const [first] = buttons(reply.blocks, ACTIONS.dealDelete);
    await t.interact(
      buttonClick(ACTIONS.dealDelete, {
        userId: REP.id,
        value: first?.value,
        responseUrl: t.standIn.responseUrl('zh-del'),
      }),
    );
    const answer = await t.standIn.waitForCall(
      (c) => c.method === 'response_url' && c.body.responseId === 'zh-del',
    );
    expect(String(answer.body.text)).toBe('已删除：与 *Globex* 成交的 US$8,000（11月25日周三）。');
    expect(liveDeals()).toHaveLength(1);

    // A second click finds the deal gone and says so, in Chinese, without an error reference.
    await t.interact(
      buttonClick(ACTIONS.dealDelete, {
        userId: REP.id,
        value: first?.value,
        triggerId: 'again',
        responseUrl: t.standIn.responseUrl('zh-del-2'),
      }),
    );
    const again = await t.standIn.waitForCall(
      (c) => c.method === 'response_url' && c.body.responseId === 'zh-del-2',
    );
    expect(String(again.body.text)).toBe('这笔成交已不存在（已被删除或撤销）。');
  });

  it('refuses someone else’s list in Chinese, and an empty list says how to log one', async () => {
    expect((await t.command(REP.id, '/deal', `list <@${REP2.id}>`)).text).toContain('你只能查看自己的成交');
    expect((await t.command(REP.id, '/deal', 'list @sara')).text).toContain(
      '“@sara”是手动输入的名字，不是提及',
    );
    expect((await t.command(REP.id, '/deal', 'list')).text).toBe(
      '你还没有成交记录。用 `/deal 12,500 Acme Corp` 记录一笔吧。',
    );
    expect((await t.command(REP.id, '/deal', 'undo')).text).toBe(
      '你没有可撤销的成交。用 `/deal 12,500 Acme Corp` 记录一笔吧。',
    );
    expect((await t.command(REP.id, '/deal', 'help')).text).toContain(
      '记录一笔成交（金额可写 12.5k、1.2m 或 1.5万）\n    例如 `/deal 12,500 Acme Corp',
    );
    // The admin's Slack is in English: the same refusal in English.
    expect((await t.command(ADMIN.id, '/deal', 'undo')).text).toBe(
      'You have no deal to undo. Log one with `/deal 12,500 Acme Corp`.',
    );
  });
});
