import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { payloadForm, postSignedBytes } from '../../helpers/edge-requests.js';
import { formBody } from '../../helpers/signed-requests.js';
import { REP, SIGNING_SECRET, TestPacer } from '../../helpers/test-pacer.js';

/**
 * Signed requests Slack would never send, each answered with a 4xx and a log line: the process
 * stays up and still answers a real command afterwards.
 */
let t: TestPacer;
beforeAll(async () => {
  t = await TestPacer.start();
});
afterAll(() => t.stop());

const send = (body: Buffer | string, contentType?: string) =>
  postSignedBytes(t.url, body, {
    secret: SIGNING_SECRET,
    ...(contentType !== undefined ? { contentType } : {}),
  });

const CASES: Array<[string, Buffer | string, string?]> = [
  ['payload=null', payloadForm('null')],
  ['payload=5', payloadForm('5')],
  ['payload="text"', payloadForm('"text"')],
  ['payload=[]', payloadForm('[]')],
  ['payload={}', payloadForm('{}')],
  ['payload not JSON', payloadForm('{nope')],
  ['two payload fields', 'payload=%7B%7D&payload=%7B%7D'],
  [
    'block_actions without user',
    payloadForm(JSON.stringify({ type: 'block_actions', actions: [{ action_id: 'deal_undo' }] })),
  ],
  [
    'block_actions with actions a number',
    payloadForm(
      JSON.stringify({ type: 'block_actions', user: { id: REP.id }, team: { id: 'T0PACER' }, actions: 5 }),
    ),
  ],
  [
    'block_actions with no actions',
    payloadForm(
      JSON.stringify({ type: 'block_actions', user: { id: REP.id }, team: { id: 'T0PACER' }, actions: [] }),
    ),
  ],
  [
    'view_submission without view',
    payloadForm(JSON.stringify({ type: 'view_submission', user: { id: REP.id }, team: { id: 'T0PACER' } })),
  ],
  [
    'view_submission with view null',
    payloadForm(
      JSON.stringify({ type: 'view_submission', user: { id: REP.id }, team: { id: 'T0PACER' }, view: null }),
    ),
  ],
  [
    'view_closed with callback_id a number',
    payloadForm(
      JSON.stringify({
        type: 'view_closed',
        user: { id: REP.id },
        team: { id: 'T0PACER' },
        view: { id: 'V1', callback_id: 7 },
      }),
    ),
  ],
  [
    'shortcut with user a string',
    payloadForm(JSON.stringify({ type: 'shortcut', callback_id: 'x', user: 'U1' })),
  ],
  [
    'message_action with channel null',
    payloadForm(
      JSON.stringify({
        type: 'message_action',
        callback_id: 'x',
        user: { id: REP.id },
        team: { id: 'T0PACER' },
        channel: null,
      }),
    ),
  ],
  [
    'command with user_id missing',
    formBody({
      command: '/deal',
      text: '5 Acme',
      team_id: 'T0PACER',
      channel_id: 'C1',
      response_url: 'http://127.0.0.1:1/r',
    }),
  ],
  ['command as JSON with numbers', JSON.stringify({ command: 5, user_id: 6 }), 'application/json'],
  [
    'event with event null',
    JSON.stringify({ type: 'event_callback', event_id: 'Ev1', team_id: 'T0PACER', event: null }),
    'application/json',
  ],
  [
    'event with channel a number',
    JSON.stringify({
      type: 'event_callback',
      event_id: 'Ev2',
      team_id: 'T0PACER',
      event: { type: 'message', channel: 5 },
    }),
    'application/json',
  ],
  [
    'user_change with user a string',
    JSON.stringify({
      type: 'event_callback',
      event_id: 'Ev3',
      team_id: 'T0PACER',
      event: { type: 'user_change', user: 'U1' },
    }),
    'application/json',
  ],
  ['url_verification without challenge', JSON.stringify({ type: 'url_verification' }), 'application/json'],
  ['JSON null body', 'null', 'application/json'],
  ['JSON number body', '42', 'application/json'],
  ['JSON array body', '[1,2]', 'application/json'],
  ['empty JSON body', '', 'application/json'],
  ['no content type, form body', formBody({ command: '/pacer' }), ''],
  ['text/plain', 'hello', 'text/plain'],
  ['invalid UTF-8', Buffer.from([0x70, 0x61, 0x79, 0x6c, 0x6f, 0x61, 0x64, 0x3d, 0xff, 0xfe, 0xc3])],
  ['deeply nested', payloadForm(`${'['.repeat(50_000)}${']'.repeat(50_000)}`)],
  ['unknown type', payloadForm(JSON.stringify({ type: 'something_new', user: { id: REP.id } }))],
];

describe('signed payloads of shapes Slack never sends', () => {
  it.each(CASES)('%s: a 4xx and a log line, not a 500', async (_name, body, contentType) => {
    const before = t.logs.length;
    const res = await send(body, contentType);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(t.logs.length).toBeGreaterThan(before);
  });

  it('a body over the limit is answered 413', async () => {
    const res = await send(
      payloadForm(JSON.stringify({ type: 'block_actions', pad: 'x'.repeat(5 * 1024 * 1024) })),
    );
    expect(res.status).toBe(413);
  });

  it('the process is still up and answers a real command afterwards', async () => {
    const { text } = await t.command(REP.id, '/pacer', 'help');
    expect(text).toContain('/pacer channel');
    expect(t.logs.filter((l) => l.includes('unhandled error'))).toEqual([]);
  });

  it('answers url_verification with the challenge and ssl_check with 200', async () => {
    const verify = await send(
      JSON.stringify({ type: 'url_verification', challenge: 'abc123' }),
      'application/json',
    );
    expect(verify.status).toBe(200);
    expect(JSON.parse(verify.body)).toEqual({ challenge: 'abc123' });
    const ssl = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'ssl_check=1&token=x',
    });
    expect(ssl.status).toBe(200);
  });

  it('answers a shortcut no listener takes with 404 at once, not after 3 seconds', async () => {
    const res = await send(
      payloadForm(
        JSON.stringify({
          type: 'shortcut',
          callback_id: 'nobody',
          trigger_id: 't',
          user: { id: REP.id },
          team: { id: 'T0PACER' },
        }),
      ),
    );
    expect(res.status).toBe(404);
  });
});
