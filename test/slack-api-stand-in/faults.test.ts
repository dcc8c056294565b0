import type { WebClient } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SlackApiStandIn, startSlackApiStandIn } from '../../src/slack-api-stand-in/index.js';
import { outcomeOf, standInClient } from '../helpers/stand-in-client.js';

const TOKEN = 'xoxb-test-token';
const ANA = { id: 'U1', name: 'ana' };
const BEN = { id: 'U2', name: 'ben' };
let standIn: SlackApiStandIn;
let client: WebClient;
beforeEach(async () => {
  standIn = await startSlackApiStandIn({ users: [ANA, BEN] });
  client = standInClient(standIn, TOKEN, { rejectRateLimitedCalls: true, timeout: 2_000 });
});
afterEach(() => standIn.close());

const metadata = (key: string) => ({ event_type: 'pacer_delivery', event_payload: { key } });

describe('stand-in history and metadata', () => {
  it('keeps the metadata a post carried and returns it with include_all_metadata, within oldest', async () => {
    standIn.useClock(() => new Date('2026-12-01T10:00:00Z').getTime());
    await client.chat.postMessage({ channel: 'C1', text: 'old', metadata: metadata('a') });
    standIn.useClock(() => new Date('2026-12-01T11:00:00Z').getTime());
    const posted = await client.chat.postMessage({ channel: 'C1', text: 'new', metadata: metadata('b') });
    const since = String(new Date('2026-12-01T10:30:00Z').getTime() / 1000);
    const withMeta = await client.conversations.history({
      channel: 'C1',
      oldest: since,
      include_all_metadata: true,
    });
    expect(withMeta.messages).toEqual([
      expect.objectContaining({
        ts: posted.ts,
        text: 'new',
        metadata: expect.objectContaining(metadata('b')),
      }),
    ]);
    const plain = await client.conversations.history({ channel: 'C1' });
    expect(plain.messages?.map((m) => m.text)).toEqual(['new', 'old']);
    expect(plain.messages?.[0]?.metadata).toBeUndefined();
    expect(
      await outcomeOf(
        client.chat.postMessage({
          channel: 'C1',
          text: 'x',
          metadata: { event_type: 'bad type!', event_payload: {} },
        }),
      ),
    ).toBe('invalid_metadata_format');
  });

  it('pages history with a cursor, newest first', async () => {
    for (let i = 0; i < 5; i++) await client.chat.postMessage({ channel: 'C2', text: `m${i}` });
    const first = await client.conversations.history({ channel: 'C2', limit: 2 });
    expect(first.messages?.map((m) => m.text)).toEqual(['m4', 'm3']);
    expect(first.has_more).toBe(true);
    const second = await client.conversations.history({
      channel: 'C2',
      limit: 2,
      cursor: first.response_metadata?.next_cursor ?? '',
    });
    expect(second.messages?.map((m) => m.text)).toEqual(['m2', 'm1']);
  });
});

describe('stand-in scripted faults', () => {
  it('refuses one recipient for good and leaves the others alone', async () => {
    standIn.failNext('chat.postMessage', {
      user: ANA.id,
      error: 'account_inactive',
      times: Number.POSITIVE_INFINITY,
    });
    expect(await outcomeOf(client.chat.postMessage({ channel: 'D1', text: 'hi' }))).toBe('account_inactive');
    expect(await outcomeOf(client.chat.postMessage({ channel: 'U1', text: 'hi' }))).toBe('account_inactive');
    expect(await outcomeOf(client.chat.postMessage({ channel: 'D2', text: 'hi' }))).toBe('ok');
    expect(await outcomeOf(client.chat.postMessage({ channel: 'D1', text: 'hi' }))).toBe('account_inactive');
    standIn.addUser({ ...BEN, deleted: true });
    expect(await outcomeOf(client.chat.postMessage({ channel: 'D2', text: 'hi' }))).toBe('user_disabled');
  });

  it('carries a call out but loses its answer: dropped connection or a 500', async () => {
    standIn.failNext('chat.postMessage', { lost: 'drop' });
    standIn.failNext('chat.postMessage', { lost: 'status' });
    expect(await outcomeOf(client.chat.postMessage({ channel: 'C1', text: 'one' }))).toBe(
      'slack_webapi_request_error',
    );
    expect(await outcomeOf(client.chat.postMessage({ channel: 'C1', text: 'two' }))).toBe('http_500');
    expect(standIn.messages('C1').map((m) => m.text)).toEqual(['one', 'two']);
    expect(standIn.calls('chat.postMessage').map((c) => c.fault)).toEqual(['lost', 'lost']);
  });

  it('hangs (the caller times out), answers late, and rate-limits posts when asked', async () => {
    standIn.failNext('conversations.open', { hang: true });
    expect(await outcomeOf(client.conversations.open({ users: ANA.id }))).toBe('slack_webapi_request_error');
    standIn.failNext('conversations.open', { delayMs: 100 });
    expect(await outcomeOf(client.conversations.open({ users: ANA.id }))).toBe('ok');
    expect(standIn.calls('conversations.open').map((c) => c.fault)).toEqual(['hang', 'slow']);

    standIn.enforceRateLimits({ perChannel: { perSecond: 1, burst: 2 } });
    const results = [];
    for (let i = 0; i < 3; i++)
      results.push(await outcomeOf(client.chat.postMessage({ channel: 'C9', text: `${i}` })));
    expect(results).toEqual(['ok', 'ok', 'slack_webapi_rate_limited_error']);
    expect(standIn.calls('chat.postMessage').at(-1)).toMatchObject({ status: 429 });
    expect(await outcomeOf(client.chat.postMessage({ channel: 'C10', text: 'other channel' }))).toBe('ok');
  });
});
