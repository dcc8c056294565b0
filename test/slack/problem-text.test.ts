import { describe, expect, it } from 'vitest';
import { parseDealCommand } from '../../src/domain/deals/deal-command.js';
import { problem } from '../../src/domain/problem.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { problemText, refusalText } from '../../src/slack/problem-text.js';

const translator = createTranslator();
const refusal = (text: string) => {
  const parsed = parseDealCommand(text, { today: '2026-11-25', currency: 'USD' });
  if (parsed.ok) throw new Error(`expected ${text} to be refused`);
  return parsed.problem;
};

describe('problemText', () => {
  it('says a problem and its cause in each language, with the example', () => {
    const p = refusal('£500 Acme');
    expect(p).toMatchObject({ code: 'deal.amount', cause: { code: 'amount.wrongCurrency' } });
    expect(problemText(translator.speaker('en'), p)).toBe(
      "“£500” looks like GBP, but Pacer counts this team's deals in USD; a team has one currency. Give the amount in USD, e.g. 12,500. Try: `/deal 12,500 Acme Corp product:Cloud date:yesterday`",
    );
    expect(problemText(translator.speaker('zh-CN'), p)).toBe(
      '“£500”看起来是 GBP，但本团队的成交以 USD 计算，一个团队只用一种货币。请用 USD 填写金额，例如 12,500。试试：`/deal 12,500 Acme Corp product:Cloud date:yesterday`',
    );
  });

  it('names the two currencies a symbol can mean, and picks the field word by select', () => {
    expect(problemText(translator.speaker('en'), refusal('¥500 Acme'))).toContain('looks like JPY or CNY');
    expect(problemText(translator.speaker('zh-CN'), refusal('¥500 Acme'))).toContain('看起来是 JPY 或 CNY');
    expect(problemText(translator.speaker('zh-CN'), refusal('500 Acme region:'))).toContain(
      '请在 region: 后写名称，例如 region:North。',
    );
  });

  it('joins a list the way the language writes one, and keeps what was typed from pinging', () => {
    const unknown = problem('catalog.unknown', {
      kind: 'region',
      name: '<!channel>',
      known: ['North', '华东', 'South'],
      count: 3,
      usage: '`/deal 12,500 Acme Corp region:<name>`',
    });
    expect(problemText(translator.speaker('en'), unknown)).toBe(
      "I don't know the region “<!channel>”. Known: North, 华东, South. E.g. `/deal 12,500 Acme Corp region:<name>`",
    );
    expect(refusalText(translator.speaker('en'), unknown)).toContain('“&lt;!channel>”');
    expect(problemText(translator.speaker('zh-CN'), unknown)).toBe(
      '不认识区域“<!channel>”。已有：North、华东、South。例如 `/deal 12,500 Acme Corp region:<name>`',
    );
    const none = problem('catalog.unknown', {
      kind: 'product',
      name: 'Cloud',
      known: [],
      count: 0,
      usage: 'none',
    });
    expect(problemText(translator.speaker('en'), none)).toBe(
      "I don't know the product line “Cloud”. None is set up yet: `/pacer product add <name>`.",
    );
    expect(problemText(translator.speaker('zh-CN'), none)).toBe(
      '不认识产品线“Cloud”。还没有设置任何产品线：`/pacer product add <name>`。',
    );
  });
});
