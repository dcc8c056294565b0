import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import type { Deal } from '../../../../src/domain/entities/deal.js';
import { createTranslator } from '../../../../src/i18n/translator.js';
import { ACTIONS, VIEWS } from '../../../../src/slack/ids.js';
import { DEAL_FIELDS, type DealModalInput, dealModal } from '../../../../src/slack/views/deals/deal-modal.js';
import { dealListView } from '../../../../src/slack/views/deals/deal-views.js';
import { validateView } from '../../../../src/slack-api-stand-in/index.js';

const translator = createTranslator();
const en = translator.speaker('en');
const zh = translator.speaker('zh-CN');

const base: DealModalInput = {
  today: '2026-11-25',
  products: [{ id: 1, name: 'Cloud' }],
  regions: [{ id: 7, name: '华东' }],
  canLogForOthers: false,
  metadata: { channelId: 'CSALES' },
};

type Input = KnownBlock & {
  block_id: string;
  label: { text: string };
  hint?: { text: string };
  element: Record<string, unknown>;
};
const inputs = (view: ReturnType<typeof dealModal>) => view.blocks as Input[];
const labels = (view: ReturnType<typeof dealModal>) =>
  Object.fromEntries(inputs(view).map((b) => [b.block_id, b.label.text]));

describe('dealModal', () => {
  it('in English: the fields by their ids, Save and Cancel, within what Slack accepts', () => {
    const view = dealModal(base, en);
    expect(view.callback_id).toBe(VIEWS.dealModal);
    expect(view.title).toEqual({ type: 'plain_text', text: 'Log a deal' });
    expect([view.submit?.text, view.close?.text]).toEqual(['Save', 'Cancel']);
    expect(labels(view)).toEqual({
      [DEAL_FIELDS.amount]: 'Amount',
      [DEAL_FIELDS.customer]: 'Customer',
      [DEAL_FIELDS.product]: 'Product line',
      [DEAL_FIELDS.region]: 'Region',
      [DEAL_FIELDS.closedOn]: 'Close date',
      [DEAL_FIELDS.note]: 'Note',
    });
    expect(inputs(view)[0]?.hint?.text).toBe('e.g. 12,500 or 12.5k or 1.5万');
    expect(validateView(view as never)).toBeNull();
  });

  it('in Chinese: the same fields and ids, in Chinese, and the team’s names untouched', () => {
    const view = dealModal({ ...base, canLogForOthers: true }, zh);
    expect(view.title?.text).toBe('记录成交');
    expect([view.submit?.text, view.close?.text]).toEqual(['保存', '取消']);
    expect(labels(view)).toEqual({
      [DEAL_FIELDS.amount]: '金额',
      [DEAL_FIELDS.customer]: '客户',
      [DEAL_FIELDS.product]: '产品线',
      [DEAL_FIELDS.region]: '区域',
      [DEAL_FIELDS.closedOn]: '成交日期',
      [DEAL_FIELDS.note]: '备注',
      [DEAL_FIELDS.owner]: '代谁记录',
    });
    const region = inputs(view).find((b) => b.block_id === DEAL_FIELDS.region)!;
    expect(region.element).toMatchObject({
      placeholder: { text: '请选择…' },
      options: [{ text: { text: '华东' }, value: '7' }],
    });
    expect(validateView(view as never)).toBeNull();
  });

  it('editing: its own title in each language, pre-filled, the deal id in the metadata', () => {
    const prefill = {
      amount: '1000',
      customer: 'Acme Corp',
      productId: 1,
      regionId: null,
      closedOn: '2026-11-20',
      note: '续约',
      ownerId: 'UREP',
    };
    const input = { ...base, canLogForOthers: true, metadata: { channelId: 'CSALES', dealId: 42 }, prefill };
    expect(dealModal(input, en).title?.text).toBe('Edit deal');
    const view = dealModal(input, zh);
    expect(view.title?.text).toBe('编辑成交');
    expect(JSON.parse(view.private_metadata!)).toEqual({ channelId: 'CSALES', dealId: 42 });
    const byId = Object.fromEntries(inputs(view).map((b) => [b.block_id, b.element]));
    expect(byId[DEAL_FIELDS.amount]).toMatchObject({ initial_value: '1000' });
    expect(byId[DEAL_FIELDS.closedOn]).toMatchObject({ initial_date: '2026-11-20' });
    expect(byId[DEAL_FIELDS.owner]).toMatchObject({ initial_user: 'UREP' });
    expect(byId[DEAL_FIELDS.product]).toMatchObject({ initial_option: { value: '1' } });
  });

  it('leaves out the lists a team has not set up, and "on behalf of" for reps', () => {
    const view = dealModal({ ...base, products: [], regions: [] }, zh);
    expect(inputs(view).map((b) => b.block_id)).toEqual([
      DEAL_FIELDS.amount,
      DEAL_FIELDS.customer,
      DEAL_FIELDS.closedOn,
      DEAL_FIELDS.note,
    ]);
  });
});

describe('dealListView', () => {
  const deal = (id: number, customerName: string): Deal => ({
    id,
    memberId: 'UREP',
    customerId: id,
    customerName,
    amountCents: 1_250_000,
    currency: 'USD',
    closedOn: '2026-11-24',
    productId: null,
    regionId: null,
    note: null,
    loggedBy: 'UREP',
    createdAt: '2026-11-24T10:00:00.000Z',
    updatedAt: '2026-11-24T10:00:00.000Z',
    deletedAt: null,
    deletedBy: null,
    isNewCustomer: id === 1,
    externalId: null,
    source: 'slack',
  });
  const labelsOf = () => ({ currency: 'USD', productName: null, regionName: null });

  it('says each deal with Edit and Delete, and asks before deleting, in each language', () => {
    const deals = [deal(1, 'Acme <!here>'), deal(2, 'Globex')];
    const english = JSON.stringify(dealListView(deals, labelsOf, en).blocks);
    expect(english).toContain('*Your last 2 deals*');
    expect(english).toContain('Acme &lt;!here&gt;');
    expect(english).toContain('It will no longer count anywhere.');
    const chinese = dealListView(deals, labelsOf, zh, 'UREP');
    const text = JSON.stringify(chinese.blocks);
    expect(text).toContain('*<@UREP> 最近的 2 笔成交*');
    expect(text).toContain('删除后，这笔成交将不再计入任何统计。');
    expect(text).toContain('"text":"保留"');
    const ids = (chinese.blocks as Array<{ elements?: Array<{ action_id: string }> }>).flatMap((b) =>
      (b.elements ?? []).map((e) => e.action_id),
    );
    expect(ids).toEqual([ACTIONS.dealEdit, ACTIONS.dealDelete, ACTIONS.dealEdit, ACTIONS.dealDelete]);
    expect(dealListView([deal(1, 'Acme')], labelsOf, en).blocks?.[0]).toMatchObject({
      text: { text: '*Your last 1 deal*' },
    });
  });

  it('an empty list, for oneself and for a report', () => {
    expect(dealListView([], labelsOf, zh).text).toBe(
      '你还没有成交记录。用 `/deal 12,500 Acme Corp` 记录一笔吧。',
    );
    expect(dealListView([], labelsOf, en, 'UREP').text).toBe('<@UREP> has no deals yet.');
  });
});
