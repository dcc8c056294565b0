import { describe, expect, it } from 'vitest';
import { LIMITS, validateBlocks, validateMessage, validateView } from '../../src/slack/block-kit-limits.js';

const plain = (text: string) => ({ type: 'plain_text', text });
const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text } });
const button = (extra: Record<string, unknown> = {}) => ({
  type: 'button',
  text: plain('Go'),
  action_id: 'go',
  ...extra,
});
const actions = (...elements: unknown[]) => ({ type: 'actions', elements });
const input = (element: unknown = { type: 'plain_text_input', action_id: 'v' }) => ({
  type: 'input',
  label: plain('Amount'),
  element,
});
const modal = (extra: Record<string, unknown> = {}) => ({
  type: 'modal',
  title: plain('Log a deal'),
  submit: plain('Save'),
  blocks: [input()],
  ...extra,
});
const opts = (n: number, text = (i: number) => `o${i}`, value = (i: number) => `${i}`) =>
  Array.from({ length: n }, (_, i) => ({ text: plain(text(i)), value: value(i) }));

/** The reason for refusing one block in a message, or null. */
const blockProblem = (b: unknown) => validateBlocks([b], LIMITS.messageBlocks);

describe('validateMessage', () => {
  it('accepts text, blocks or attachments', () => {
    expect(validateMessage({ text: 'hi' })).toBeNull();
    expect(validateMessage({ blocks: [section('hi')] })).toBeNull();
    expect(validateMessage({ attachments: [{ text: 'hi' }] })).toBeNull();
  });

  it('needs something to show', () => {
    expect(validateMessage({})).toEqual({ error: 'no_text' });
    expect(validateMessage({ text: '' })).toEqual({ error: 'no_text' });
    expect(validateMessage({ text: '   ', blocks: [] })).toEqual({ error: 'no_text' });
  });

  it('limits text to 40,000 characters and blocks to 50', () => {
    expect(validateMessage({ text: 'x'.repeat(40_000) })).toBeNull();
    expect(validateMessage({ text: 'x'.repeat(40_001) })).toEqual({ error: 'msg_too_long' });
    const blocks = (n: number) => Array.from({ length: n }, (_, i) => section(`${i}`));
    expect(validateMessage({ text: 'x', blocks: blocks(50) })).toBeNull();
    expect(validateMessage({ text: 'x', blocks: blocks(51) })).toEqual({
      error: 'invalid_blocks',
      reason: 'no more than 50 items allowed [json-pointer:/blocks]',
    });
  });

  it('refuses blocks that did not parse, and bad blocks inside attachments', () => {
    expect(validateMessage({ text: 'x', blocks: '[{"type":' })?.error).toBe('invalid_blocks');
    expect(validateMessage({ text: 'x', attachments: 'nope' })?.error).toBe('invalid_attachments');
    expect(validateMessage({ attachments: [{ blocks: [section('')] }] })?.reason).toContain(
      '/attachments/0/blocks/0/text/text',
    );
  });
});

describe("the total text of a message's blocks and confirmation dialogs", () => {
  it('refuses more than 12,000 characters of block text with msg_blocks_too_long', () => {
    const blocks = (n: number) => Array.from({ length: 4 }, () => section('x'.repeat(n)));
    expect(validateMessage({ text: 'fallback', blocks: blocks(3000) })).toBeNull();
    expect(validateMessage({ text: 'fallback', blocks: [...blocks(3000), section('x')] })).toEqual({
      error: 'msg_blocks_too_long',
    });
  });

  it('limits a confirm dialog: title 100, text 300, buttons 30', () => {
    const confirm = (extra: Record<string, unknown> = {}) => ({
      title: plain('Delete this deal?'),
      text: { type: 'mrkdwn', text: 't'.repeat(300) },
      confirm: plain('Delete'),
      deny: plain('Keep it'),
      ...extra,
    });
    expect(blockProblem(actions(button({ confirm: confirm() })))).toBeNull();
    expect(blockProblem(actions(button({ confirm: confirm({ text: plain('t'.repeat(301)) }) })))).toMatch(
      /confirm\/text\/text/,
    );
    expect(blockProblem(actions(button({ confirm: confirm({ title: plain('t'.repeat(101)) }) })))).toMatch(
      /confirm\/title/,
    );
    expect(blockProblem(actions(button({ confirm: confirm({ deny: plain('d'.repeat(31)) }) })))).toMatch(
      /confirm\/deny/,
    );
  });
});

describe('validateBlocks', () => {
  it('knows the block types and points at the bad one', () => {
    expect(validateBlocks([{ type: 'divider' }, { type: 'banner' }], 50)).toBe(
      'unknown block type banner [json-pointer:/blocks/1/type]',
    );
    expect(validateBlocks('nope', 50)).toMatch(/must be an array/);
  });

  it('keeps block_id short and unique', () => {
    expect(validateBlocks([{ ...section('a'), block_id: 'x'.repeat(256) }], 50)).toMatch(/at most 255/);
    expect(
      validateBlocks(
        [
          { ...section('a'), block_id: 'same' },
          { ...section('b'), block_id: 'same' },
        ],
        50,
      ),
    ).toBe('block_id same is not unique [json-pointer:/blocks/1/block_id]');
  });

  it('checks sections', () => {
    expect(blockProblem(section('x'.repeat(3000)))).toBeNull();
    expect(blockProblem(section(''))).toMatch(/more than 0 characters.*\/blocks\/0\/text\/text/);
    expect(blockProblem(section('x'.repeat(3001)))).toMatch(/at most 3000/);
    expect(blockProblem({ type: 'section' })).toMatch(/text or fields/);
    expect(blockProblem({ type: 'section', text: { type: 'markdown', text: 'x' } })).toMatch(
      /plain_text or mrkdwn/,
    );
    const fields = (n: number, len = 1) => Array.from({ length: n }, () => plain('f'.repeat(len)));
    expect(blockProblem({ type: 'section', fields: fields(10, 2000) })).toBeNull();
    expect(blockProblem({ type: 'section', fields: fields(11) })).toMatch(/no more than 10/);
    expect(blockProblem({ type: 'section', fields: fields(1, 2001) })).toMatch(/fields\/0\/text/);
    expect(blockProblem({ ...section('x'), accessory: button({ text: plain('x'.repeat(76)) }) })).toMatch(
      /accessory\/text\/text/,
    );
  });

  it('checks headers, context and actions', () => {
    expect(blockProblem({ type: 'header', text: plain('h'.repeat(150)) })).toBeNull();
    expect(blockProblem({ type: 'header', text: plain('h'.repeat(151)) })).toMatch(/at most 150/);
    expect(blockProblem({ type: 'header', text: { type: 'mrkdwn', text: 'h' } })).toMatch(/plain_text/);
    const context = (n: number) => ({
      type: 'context',
      elements: Array.from({ length: n }, () => plain('c')),
    });
    expect(blockProblem(context(10))).toBeNull();
    expect(blockProblem(context(11))).toMatch(/no more than 10/);
    expect(
      blockProblem({ type: 'context', elements: [{ type: 'image', image_url: 'https://x/y.png' }] }),
    ).toMatch(/alt_text/);
    const many = (n: number) =>
      actions(...Array.from({ length: n }, (_, i) => button({ action_id: `a${i}` })));
    expect(blockProblem(many(25))).toBeNull();
    expect(blockProblem(many(26))).toMatch(/no more than 25/);
    expect(blockProblem(actions())).toMatch(/at least 1/);
  });

  it('checks buttons', () => {
    expect(
      blockProblem(actions(button({ value: 'v'.repeat(2000), url: 'https://x', style: 'primary' }))),
    ).toBeNull();
    expect(blockProblem(actions(button({ text: plain('x'.repeat(76)) })))).toMatch(/at most 75/);
    expect(blockProblem(actions(button({ text: { type: 'mrkdwn', text: 'Go' } })))).toMatch(/plain_text/);
    expect(blockProblem(actions(button({ value: 'v'.repeat(2001) })))).toMatch(/value/);
    expect(blockProblem(actions(button({ url: `https://${'u'.repeat(3000)}` })))).toMatch(/url/);
    expect(blockProblem(actions(button({ action_id: 'a'.repeat(256) })))).toMatch(/action_id/);
    expect(blockProblem(actions(button({ style: 'loud' })))).toMatch(/primary or danger/);
    expect(blockProblem(actions({ type: 'slider', action_id: 's' }))).toMatch(/unknown element type slider/);
  });

  it('checks select options', () => {
    const select = (options: unknown) => actions({ type: 'static_select', action_id: 's', options });
    expect(blockProblem(select(opts(100)))).toBeNull();
    expect(blockProblem(select(opts(101)))).toMatch(/no more than 100/);
    expect(blockProblem(select(opts(1, () => 'x'.repeat(76))))).toMatch(/options\/0\/text\/text/);
    expect(blockProblem(select(opts(1, undefined, () => 'v'.repeat(151))))).toMatch(/options\/0\/value/);
    expect(blockProblem(actions({ type: 'static_select', action_id: 's' }))).toMatch(/options/);
    expect(blockProblem(actions({ type: 'overflow', action_id: 'o', options: opts(6) }))).toMatch(
      /no more than 5/,
    );
    const groups = [{ label: plain('Group'), options: opts(3) }];
    expect(
      blockProblem(actions({ type: 'multi_static_select', action_id: 'm', option_groups: groups })),
    ).toBeNull();
  });

  it('checks inputs and images', () => {
    expect(blockProblem(input())).toBeNull();
    expect(blockProblem({ ...input(), label: plain('l'.repeat(2001)) })).toMatch(/label/);
    expect(blockProblem({ type: 'input', label: plain('A') })).toMatch(/element/);
    expect(blockProblem(input({ type: 'plain_text_input', action_id: 'v', max_length: 3001 }))).toMatch(
      /max_length/,
    );
    expect(blockProblem(input(button()))).toMatch(/cannot be an input element/);
    expect(blockProblem(input({ type: 'static_select', action_id: 's', options: opts(101) }))).toMatch(
      /element\/options/,
    );
    const image = { type: 'image', image_url: 'https://x/y.png', alt_text: 'chart' };
    expect(blockProblem(image)).toBeNull();
    expect(blockProblem({ ...image, alt_text: undefined })).toMatch(/alt_text/);
    expect(blockProblem({ ...image, alt_text: 'a'.repeat(2001) })).toMatch(/alt_text/);
    expect(blockProblem({ ...image, image_url: `https://${'u'.repeat(3000)}` })).toMatch(/image_url/);
  });
});

describe('validateView', () => {
  it('accepts a well-formed modal and Home tab', () => {
    expect(validateView(modal(), 'modal')).toBeNull();
    expect(validateView({ type: 'home', blocks: [section('Welcome')] }, 'home')).toBeNull();
  });

  it('checks the modal chrome', () => {
    expect(validateView(modal({ title: plain('x'.repeat(24)) }))).toBeNull();
    expect(validateView(modal({ title: plain('A title that is far too long') }))).toEqual({
      error: 'invalid_arguments',
      reason: 'must be at most 24 characters [json-pointer:/view/title/text]',
    });
    expect(validateView(modal({ title: undefined }))?.error).toBe('invalid_arguments');
    expect(validateView(modal({ submit: plain('x'.repeat(25)) }))?.reason).toMatch(/view\/submit/);
    expect(validateView(modal({ close: plain('x'.repeat(25)) }))?.reason).toMatch(/view\/close/);
    expect(validateView(modal({ submit: undefined }))?.reason).toMatch(/needs submit/);
    expect(validateView(modal({ private_metadata: 'm'.repeat(3001) }))?.reason).toMatch(/private_metadata/);
    expect(validateView(modal({ callback_id: 'c'.repeat(256) }))?.reason).toMatch(/callback_id/);
  });

  it('checks the kind, the block count and the size', () => {
    expect(validateView(undefined)?.error).toBe('invalid_arguments');
    expect(validateView({ type: 'home', blocks: [] }, 'modal')?.reason).toMatch(/must be modal/);
    const blocks = (n: number) => Array.from({ length: n }, (_, i) => section(`${i}`));
    expect(validateView({ type: 'home', blocks: blocks(100) })).toBeNull();
    expect(validateView({ type: 'home', blocks: blocks(101) })?.error).toBe('invalid_arguments');
    expect(validateView(modal({ private_metadata: 'm'.repeat(300_000) }))?.error).toBe('view_too_large');
  });

  it('refuses bad blocks with invalid_blocks', () => {
    expect(validateView(modal({ blocks: [input(), { ...input(), label: plain('') }] }))).toEqual({
      error: 'invalid_blocks',
      reason: 'must be more than 0 characters [json-pointer:/view/blocks/1/label/text]',
    });
  });
});
