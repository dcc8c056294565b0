import type { WebClient } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SlackApiStandIn, startSlackApiStandIn } from '../../src/slack-api-stand-in/index.js';
import { outcomeOf, standInClient } from '../helpers/stand-in-client.js';

const TOKEN = 'xoxb-test-token';
const ANA = { id: 'U1', name: 'ana', real_name: 'Ana A', tz: 'Europe/Berlin', is_admin: true };
const BEN = { id: 'U2', name: 'ben', tz: 'America/New_York' };

let standIn: SlackApiStandIn;
let client: WebClient;

const clientFor = (token: string, extra: ConstructorParameters<typeof WebClient>[1] = {}) =>
  standInClient(standIn, token, extra);

beforeEach(async () => {
  standIn = await startSlackApiStandIn({ users: [ANA, BEN] });
  client = clientFor(TOKEN);
});
afterEach(() => standIn.close());

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${standIn.origin}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text } });
const plain = (text: string) => ({ type: 'plain_text' as const, text });
const modal = (title: string) => ({ type: 'modal' as const, title: plain(title), blocks: [section('Hi')] });

describe('the Web API stand-in', () => {
  it('records calls with their blocks parsed back from the form encoding', async () => {
    const result = await client.chat.postMessage({ channel: 'C1', text: 'hi', blocks: [section('*hi*')] });
    expect(result).toMatchObject({ ok: true, channel: 'C1', message: { text: 'hi' } });
    expect(result.ts).toMatch(/^\d{10}\.\d{6}$/);
    const call = standIn.calls('chat.postMessage')[0]!;
    expect(call).toMatchObject({ token: TOKEN, status: 200, response: { ok: true, ts: result.ts } });
    expect(call.body.blocks).toEqual([section('*hi*')]);
  });

  it('answers auth.test about the workspace and the bot', async () => {
    expect(await client.auth.test()).toMatchObject({
      ok: true,
      team_id: 'T0PACER',
      user_id: 'UPACERBOT',
      bot_id: expect.stringMatching(/^B/),
      url: expect.stringMatching(/^https:\/\//),
    });
  });

  it('keeps history: increasing ts, edits applied, deletions gone, user ids meaning DMs', async () => {
    const first = await client.chat.postMessage({ channel: 'C1', text: 'one' });
    const second = await client.chat.postMessage({ channel: 'C1', text: 'two' });
    expect(Number(second.ts)).toBeGreaterThan(Number(first.ts));
    await client.chat.update({ channel: 'C1', ts: first.ts!, text: 'one, edited' });
    await client.chat.delete({ channel: 'C1', ts: second.ts! });
    expect(standIn.messages('C1').map((m) => m.text)).toEqual(['one, edited']);

    const dm = await client.chat.postMessage({ channel: 'U1', text: 'psst' });
    const opened = await client.conversations.open({ users: 'U1' });
    expect(dm.channel).toBe(opened.channel?.id);
    expect(standIn.messages('U1').map((m) => m.text)).toEqual(['psst']);
    expect(standIn.messages(dm.channel!)).toHaveLength(1);
    expect(standIn.channels().sort()).toEqual(['C1', dm.channel].sort());
    expect(await outcomeOf(client.chat.update({ channel: 'C1', ts: '1.2', text: 'x' }))).toBe(
      'message_not_found',
    );
  });

  it('refuses what Slack refuses, with the reason in response_metadata', async () => {
    const many = Array.from({ length: 51 }, (_, i) => section(`line ${i}`));
    expect(await outcomeOf(client.chat.postMessage({ channel: 'C1', text: 'x', blocks: many }))).toBe(
      'invalid_blocks',
    );
    expect(
      await outcomeOf(client.chat.postMessage({ channel: 'C1', text: 'x', blocks: [section('')] })),
    ).toBe('invalid_blocks');
    const dup = [
      { ...section('a'), block_id: 'same' },
      { ...section('b'), block_id: 'same' },
    ];
    expect(await outcomeOf(client.chat.postMessage({ channel: 'C1', text: 'x', blocks: dup }))).toBe(
      'invalid_blocks',
    );
    expect(await outcomeOf(client.chat.postMessage({ channel: 'C1', text: '' }))).toBe('no_text');
    expect(await outcomeOf(client.chat.postMessage({ channel: 'C1', text: 'x'.repeat(40_001) }))).toBe(
      'msg_too_long',
    );
    expect(await outcomeOf(client.chat.postMessage({ channel: '', text: 'x' }))).toBe('channel_not_found');
    expect(await outcomeOf(client.chat.postEphemeral({ channel: 'C1', text: 'x', user: '' }))).toBe(
      'invalid_arguments',
    );

    const refused = standIn.calls('chat.postMessage')[1]!;
    expect(refused.response).toEqual({
      ok: false,
      error: 'invalid_blocks',
      response_metadata: {
        messages: ['[ERROR] must be more than 0 characters [json-pointer:/blocks/0/text/text]'],
      },
    });
    // Nothing refused reached the channel.
    expect(standIn.messages('C1')).toHaveLength(0);
  });

  it('opens, updates and publishes views, refusing bad ones', async () => {
    expect(
      await outcomeOf(client.views.open({ trigger_id: 't', view: modal('A title that is far too long') })),
    ).toBe('invalid_arguments');
    expect(await outcomeOf(client.views.open({ trigger_id: '', view: modal('Ok') }))).toBe(
      'invalid_trigger_id',
    );

    const opened = await client.views.open({ trigger_id: 't', view: modal('Log a deal') });
    expect(opened.view?.id).toMatch(/^V/);
    expect(opened.view?.hash).toBeTruthy();
    const updated = await client.views.update({ view_id: opened.view!.id!, view: modal('Saved') });
    expect(updated.view?.title?.text).toBe('Saved');
    expect(await outcomeOf(client.views.update({ view_id: 'VNOPE', view: modal('x') }))).toBe('not_found');
    expect(
      await outcomeOf(
        client.views.update({ view_id: opened.view!.id!, hash: opened.view!.hash!, view: modal('x') }),
      ),
    ).toBe('hash_conflict');

    const home = { type: 'home' as const, blocks: [section('Your pace')] };
    await client.views.publish({ user_id: 'U1', view: home });
    expect(standIn.homeView('U1')).toEqual(home);
    expect(await outcomeOf(client.views.publish({ user_id: 'U1', view: modal('Not a home') }))).toBe(
      'invalid_arguments',
    );
  });

  it('checks tokens and knows its methods', async () => {
    expect(await outcomeOf(clientFor('xoxb-wrong').auth.test())).toBe('invalid_auth');
    const anonymous = await post('/api/auth.test', {});
    expect(await anonymous.json()).toEqual({ ok: false, error: 'not_authed' });
    const formToken = await fetch(`${standIn.url}auth.test`, {
      method: 'POST',
      body: new URLSearchParams({ token: TOKEN }),
    });
    expect(await formToken.json()).toMatchObject({ ok: true });
    expect(await outcomeOf(client.apiCall('chat.levitate'))).toBe('unknown_method');
    expect(standIn.calls().map((c) => c.response.error)).toEqual([
      'invalid_auth',
      'not_authed',
      undefined,
      'unknown_method',
    ]);
  });

  it('answers a scripted 429 with Retry-After, then normally', async () => {
    standIn.failNext('chat.postMessage', { status: 429, retryAfter: 7 });
    const first = await post(
      '/api/chat.postMessage',
      { channel: 'C1', text: 'hi' },
      { authorization: `Bearer ${TOKEN}` },
    );
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('7');
    expect(await first.json()).toEqual({ ok: false, error: 'ratelimited' });
    expect((await client.chat.postMessage({ channel: 'C1', text: 'again' })).ok).toBe(true);
    expect(standIn.calls('chat.postMessage').map((c) => c.status)).toEqual([429, 200]);
  });

  it('hands WebClient the Retry-After it needs to back off', async () => {
    standIn.failNext('chat.postMessage', { status: 429, retryAfter: 2 });
    const rejecting = clientFor(TOKEN, { rejectRateLimitedCalls: true });
    await expect(rejecting.chat.postMessage({ channel: 'C1', text: 'hi' })).rejects.toMatchObject({
      code: 'slack_webapi_rate_limited_error',
      retryAfter: 2,
    });
  });

  it('fails as scripted: 503s, error codes, several times', async () => {
    standIn.failNext('users.info', { status: 503 });
    standIn.failNext('conversations.open', { error: 'channel_not_found', times: 2 });
    const unavailable = await post('/api/users.info', { user: 'U1' }, { authorization: `Bearer ${TOKEN}` });
    expect(unavailable.status).toBe(503);
    expect(await outcomeOf(client.conversations.open({ users: 'U1' }))).toBe('channel_not_found');
    expect(await outcomeOf(client.conversations.open({ users: 'U1' }))).toBe('channel_not_found');
    expect(await outcomeOf(client.conversations.open({ users: 'U1' }))).toBe('ok');
    standIn.failNext('auth.test', { error: 'fatal_error' });
    standIn.reset();
    expect(await outcomeOf(client.auth.test())).toBe('ok');
    expect(standIn.calls().map((c) => c.method)).toEqual(['auth.test']);
  });

  it('opens stable DM channels and knows its users', async () => {
    const a = await client.conversations.open({ users: 'U1' });
    const b = await client.conversations.open({ users: 'U1' });
    const c = await client.conversations.open({ users: 'U2' });
    expect(a.channel?.id).toMatch(/^D/);
    expect(a.channel?.id).toBe(b.channel?.id);
    expect(c.channel?.id).not.toBe(a.channel?.id);
    const info = await client.users.info({ user: 'U1' });
    expect(info.user).toMatchObject({ id: 'U1', name: 'ana', tz: 'Europe/Berlin', is_admin: true });
    expect(await outcomeOf(client.users.info({ user: 'UNOBODY' }))).toBe('user_not_found');
    standIn.addUser({ id: 'U3', name: 'cy' });
    const list = await client.users.list({});
    expect(list.members?.map((m) => m.id)).toEqual(['U1', 'U2', 'U3']);
  });

  it('accepts five posts on a response_url, then refuses and records the rest', async () => {
    const url = standIn.responseUrl('five');
    expect(url).toBe(`${standIn.origin}/response/five`);
    const refused = await fetch(url, { method: 'POST', body: JSON.stringify({ text: '' }) });
    expect(await refused.json()).toEqual({ ok: false, error: 'no_text' });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await post('/response/five', { text: `n${i}` })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 404]);
    const posts = standIn.responses('five');
    expect(posts).toHaveLength(7);
    expect(posts[1]?.body).toEqual({ text: 'n0', responseId: 'five' });
    expect(posts.at(-1)?.response).toEqual({ ok: false, error: 'used_url' });
    expect(standIn.responseUrl()).not.toBe(standIn.responseUrl());
  });

  it('can fail a response_url post as scripted', async () => {
    standIn.failNext('response_url', { status: 503 });
    const url = standIn.responseUrl();
    expect((await fetch(url, { method: 'POST', body: JSON.stringify({ text: 'a' }) })).status).toBe(503);
    expect((await fetch(url, { method: 'POST', body: JSON.stringify({ text: 'a' }) })).status).toBe(200);
  });

  it('waits for a call that comes later, and explains a timeout', async () => {
    const waiting = standIn.waitForCall((c) => c.method === 'reactions.add');
    await client.auth.test();
    await client.reactions.add({ channel: 'C1', timestamp: '1.1', name: 'tada' });
    expect((await waiting).body).toMatchObject({ name: 'tada' });
    // Already recorded: resolves at once.
    expect((await standIn.waitForCall((c) => c.method === 'auth.test')).method).toBe('auth.test');
    await outcomeOf(client.users.info({ user: 'UNOBODY' }));
    await expect(standIn.waitForCall((c) => c.method === 'chat.postMessage', 50)).rejects.toThrow(
      'no matching Slack API call within 50 ms; calls so far (3): ' +
        'auth.test, reactions.add, users.info(user_not_found)',
    );
  });

  it('tells listeners about each call', async () => {
    const seen: string[] = [];
    const stop = standIn.onCall((c) => seen.push(c.method));
    await client.auth.test();
    stop();
    await client.auth.test();
    expect(seen).toEqual(['auth.test']);
  });
});
