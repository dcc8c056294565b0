import { describe, expect, it } from 'vitest';
import { bearerToken, parseRequestBody } from '../../src/slack-api-stand-in/request-body.js';
import { FailureScript, failureReply } from '../../src/slack-api-stand-in/scripted-failures.js';

const FORM = 'application/x-www-form-urlencoded';

describe('parseRequestBody', () => {
  it('turns JSON-encoded form fields and known flags back into values', () => {
    const raw = new URLSearchParams({
      channel: 'C1',
      text: 'true',
      blocks: JSON.stringify([{ type: 'divider' }]),
      unfurl_links: 'false',
    }).toString();
    expect(parseRequestBody(raw, FORM)).toEqual({
      channel: 'C1',
      text: 'true',
      blocks: [{ type: 'divider' }],
      unfurl_links: false,
    });
  });

  it('keeps a field that does not parse as the string Slack would refuse', () => {
    expect(parseRequestBody('blocks=%5B%7B', FORM)).toEqual({ blocks: '[{' });
  });

  it('reads JSON bodies, with or without a JSON content type', () => {
    expect(parseRequestBody('{"text":"hi","view":"{\\"type\\":\\"home\\"}"}', 'application/json')).toEqual({
      text: 'hi',
      view: { type: 'home' },
    });
    expect(parseRequestBody('{"text":"hi"}', 'text/plain')).toEqual({ text: 'hi' });
    expect(parseRequestBody('{"text":', 'application/json')).toBeUndefined();
    expect(parseRequestBody('', FORM)).toEqual({});
  });

  it('finds the bearer token', () => {
    expect(bearerToken('Bearer xoxb-1')).toBe('xoxb-1');
    expect(bearerToken('Basic abc')).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });
});

describe('scripted failures', () => {
  it('fail the given number of calls after letting some through', () => {
    const script = new FailureScript();
    script.add('chat.postMessage', { error: 'channel_not_found', times: 2, after: 1 });
    const outcomes = Array.from({ length: 4 }, () => script.take('chat.postMessage')?.error ?? 'ok');
    expect(outcomes).toEqual(['ok', 'channel_not_found', 'channel_not_found', 'ok']);
  });

  it('answer like Slack', () => {
    expect(failureReply({ status: 429, retryAfter: 3 })).toEqual({
      status: 429,
      headers: { 'retry-after': '3' },
      body: { ok: false, error: 'ratelimited' },
    });
    expect(failureReply({ status: 503 })).toMatchObject({
      status: 503,
      body: { error: 'service_unavailable' },
    });
    expect(failureReply({ error: 'is_archived' })).toMatchObject({
      status: 200,
      body: { error: 'is_archived' },
    });
  });
});
