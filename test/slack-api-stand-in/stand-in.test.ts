import { WebClient } from '@slack/web-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type SlackApiStandIn,
  startSlackApiStandIn,
  validateMessage,
  validateView,
} from '../../src/slack-api-stand-in/index.js';

let standIn: SlackApiStandIn;
let client: WebClient;
beforeAll(async () => {
  standIn = await startSlackApiStandIn({
    users: [{ id: 'U1', name: 'ana', tz: 'Europe/Berlin', is_admin: true }],
  });
  client = new WebClient('xoxb-test-token', { slackApiUrl: standIn.url, retryConfig: { retries: 0 } });
});
afterAll(() => standIn.close());

const errorOf = async (call: Promise<unknown>) => {
  try {
    await call;
    return 'ok';
  } catch (error) {
    return (error as { data?: { error?: string } }).data?.error ?? String(error);
  }
};

const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text } });

describe('the Web API stand-in', () => {
  it('records calls with their blocks parsed back from the form encoding', async () => {
    const result = await client.chat.postMessage({ channel: 'C1', text: 'hi', blocks: [section('*hi*')] });
    expect(result.ts).toMatch(/^\d+\.\d{6}$/);
    const call = standIn.calls('chat.postMessage').at(-1)!;
    expect(call.token).toBe('xoxb-test-token');
    expect(call.body.blocks).toEqual([section('*hi*')]);
    expect(standIn.messages('C1').at(-1)?.text).toBe('hi');
  });

  it('refuses what Slack refuses', async () => {
    const many = Array.from({ length: 51 }, (_, i) => section(`line ${i}`));
    expect(await errorOf(client.chat.postMessage({ channel: 'C1', text: 'x', blocks: many }))).toBe(
      'invalid_blocks',
    );
    expect(await errorOf(client.chat.postMessage({ channel: 'C1', text: 'x', blocks: [section('')] }))).toBe(
      'invalid_blocks',
    );
    expect(await errorOf(client.chat.postMessage({ channel: 'C1', text: '' }))).toBe('no_text');
    expect(await errorOf(client.chat.postMessage({ channel: 'C1', text: 'x'.repeat(40_001) }))).toBe(
      'msg_too_long',
    );
    const dup = [
      { ...section('a'), block_id: 'same' },
      { ...section('b'), block_id: 'same' },
    ];
    expect(await errorOf(client.chat.postMessage({ channel: 'C1', text: 'x', blocks: dup }))).toBe(
      'invalid_blocks',
    );
    const modal = {
      type: 'modal' as const,
      title: { type: 'plain_text' as const, text: 'A title that is far too long' },
      blocks: [],
    };
    expect(await errorOf(client.views.open({ trigger_id: 't', view: modal }))).toBe('invalid_arguments');
    expect(
      await errorOf(
        client.views.open({ trigger_id: '', view: { ...modal, title: { type: 'plain_text', text: 'Ok' } } }),
      ),
    ).toBe('invalid_trigger_id');
  });

  it('checks tokens', async () => {
    const stranger = new WebClient('xoxb-wrong', { slackApiUrl: standIn.url, retryConfig: { retries: 0 } });
    expect(await errorOf(stranger.auth.test())).toBe('invalid_auth');
  });

  it('answers a scripted 429 with Retry-After, then normally', async () => {
    standIn.failNext('chat.postMessage', { status: 429, retryAfter: 7 });
    const first = await fetch(`${standIn.url}chat.postMessage`, {
      method: 'POST',
      headers: { authorization: 'Bearer xoxb-test-token', 'content-type': 'application/json' },
      body: JSON.stringify({ channel: 'C1', text: 'hi' }),
    });
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('7');
    expect((await client.chat.postMessage({ channel: 'C1', text: 'again' })).ok).toBe(true);
  });

  it('opens stable DM channels and knows its users', async () => {
    const a = await client.conversations.open({ users: 'U1' });
    const b = await client.conversations.open({ users: 'U1' });
    expect(a.channel?.id).toBe(b.channel?.id);
    const info = await client.users.info({ user: 'U1' });
    expect(info.user).toMatchObject({ id: 'U1', tz: 'Europe/Berlin', is_admin: true });
    expect(await errorOf(client.users.info({ user: 'UNOBODY' }))).toBe('user_not_found');
  });

  it('accepts five posts on a response_url, then refuses', async () => {
    const url = standIn.responseUrl('five');
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: `n${i}` }),
      });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 404]);
    expect(standIn.responses('five')).toHaveLength(6);
  });

  it('waits for a call that comes later, and explains a timeout', async () => {
    const waiting = standIn.waitForCall((c) => c.method === 'reactions.add');
    await client.reactions.add({ channel: 'C1', timestamp: '1.1', name: 'tada' });
    expect((await waiting).method).toBe('reactions.add');
    await expect(standIn.waitForCall((c) => c.method === 'never.called', 50)).rejects.toThrow(
      /calls so far: .*auth\.test/,
    );
  });
});

describe('Block Kit rules', () => {
  it('accepts a well-formed message and view', () => {
    expect(validateMessage({ text: 'ok', blocks: [section('ok')] })).toBeNull();
    expect(
      validateView({
        type: 'modal',
        title: { type: 'plain_text', text: 'Log a deal' },
        submit: { type: 'plain_text', text: 'Save' },
        blocks: [
          {
            type: 'input',
            label: { type: 'plain_text', text: 'Amount' },
            element: { type: 'plain_text_input' },
          },
        ],
      }),
    ).toBeNull();
  });

  it('names what is wrong', () => {
    expect(
      validateMessage({ text: 'x', blocks: [{ type: 'header', text: { type: 'mrkdwn', text: 'h' } }] })
        ?.reason,
    ).toMatch(/plain_text/);
    const button = { type: 'button', text: { type: 'plain_text', text: 'x'.repeat(76) }, action_id: 'a' };
    expect(validateMessage({ text: 'x', blocks: [{ type: 'actions', elements: [button] }] })?.reason).toMatch(
      /75/,
    );
    const options = Array.from({ length: 101 }, (_, i) => ({
      text: { type: 'plain_text', text: `o${i}` },
      value: `${i}`,
    }));
    const select = {
      type: 'section',
      text: { type: 'mrkdwn', text: 'pick' },
      accessory: { type: 'static_select', options },
    };
    expect(validateMessage({ text: 'x', blocks: [select] })?.reason).toMatch(/100/);
    expect(
      validateView({
        type: 'modal',
        title: { type: 'plain_text', text: 'T' },
        blocks: [
          { type: 'input', label: { type: 'plain_text', text: 'A' }, element: { type: 'plain_text_input' } },
        ],
      })?.reason,
    ).toMatch(/needs submit/);
  });
});
