import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postSignedBytes } from '../../helpers/edge-requests.js';
import { formBody } from '../../helpers/signed-requests.js';
import { ADMIN, REP, SIGNING_SECRET, TestPacer } from '../../helpers/test-pacer.js';

let t: TestPacer;
beforeAll(async () => {
  t = await TestPacer.start();
});
afterAll(() => t.stop());

let n = 0;
const dealCount = () =>
  (t.deps.db.prepare('SELECT COUNT(*) AS n FROM deals WHERE deleted_at IS NULL').get() as { n: number }).n;
const dealBody = (text: string) =>
  formBody({
    command: '/deal',
    text,
    user_id: REP.id,
    user_name: 'rick',
    team_id: 'T0PACER',
    channel_id: 'CSALES',
    response_url: t.standIn.responseUrl(`deal-${n++}`),
    trigger_id: `trigger-${n}`,
  });
// Slack stamps requests with real time; the app's pinned clock is for its domain, not for this.
const nowS = () => Math.floor(Date.now() / 1000);
const post = (body: string, timestamp: number, headers: Record<string, string> = {}) =>
  postSignedBytes(t.url, body, { secret: SIGNING_SECRET, timestamp, headers });

describe('timestamps', () => {
  it.each([
    ['6 minutes ahead', 6 * 60],
    ['a day ahead', 86_400],
    ['ten years ahead', 10 * 365 * 86_400],
    ['6 minutes old', -6 * 60],
    ['a year old', -365 * 86_400],
  ])('a signed /deal stamped %s is refused with 401 and stores nothing', async (_name, offset) => {
    const before = dealCount();
    const res = await post(dealBody('1,000 Future Co'), nowS() + offset);
    expect(res.status).toBe(401);
    expect(dealCount()).toBe(before);
    expect(t.logs.at(-1)).toMatch(/refused a request \(401\): timestamp \d+ s (old|in the future)/);
  });

  it('a stamp within 5 minutes either way (clock skew) is taken', async () => {
    const before = dealCount();
    expect((await post(dealBody('1,000 Ahead Co'), nowS() + 4 * 60)).status).toBe(200);
    expect((await post(dealBody('1,000 Behind Co'), nowS() - 4 * 60)).status).toBe(200);
    expect(dealCount()).toBe(before + 2);
  });
});

describe('replays', () => {
  it('the same signed /deal sent three times logs one deal; the repeats get an empty 200', async () => {
    const before = dealCount();
    const body = dealBody('12,500 Replay Co');
    const ts = nowS();
    const first = await post(body, ts);
    expect(first.status).toBe(200);
    expect(first.body).toContain('Replay Co');
    expect(await post(body, ts)).toEqual({ status: 200, body: '' });
    expect(await post(body, ts)).toEqual({ status: 200, body: '' });
    expect(dealCount()).toBe(before + 1);
    expect(t.logs.at(-1)).toContain('ignored a replayed request');
  });

  it('also when the copies arrive at the same moment', async () => {
    const before = dealCount();
    const body = dealBody('7,000 Burst Co');
    const ts = nowS();
    const answers = await Promise.all([post(body, ts), post(body, ts), post(body, ts), post(body, ts)]);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
    expect(answers.filter((a) => a.body.includes('Burst Co'))).toHaveLength(1);
    expect(dealCount()).toBe(before + 1);
  });

  it('the same words sent again as a new request (new timestamp, new signature) are a new deal', async () => {
    const before = dealCount();
    await post(dealBody('3,000 Twice Co'), nowS() - 1);
    await post(dealBody('3,000 Twice Co'), nowS());
    expect(dealCount()).toBe(before + 2);
  });

  it("Slack's retry of an event (new stamp, same event_id) does not act again", async () => {
    await t.command(ADMIN.id, '/pacer', 'help');
    const change = (eventId: string, tz: string) =>
      JSON.stringify({
        type: 'event_callback',
        team_id: 'T0PACER',
        api_app_id: 'A0PACER',
        event_id: eventId,
        event: { type: 'user_change', user: { id: ADMIN.id, name: 'ada', tz, team_id: 'T0PACER' } },
      });
    const send = (body: string, ts: number, headers: Record<string, string> = {}) =>
      postSignedBytes(t.url, body, {
        secret: SIGNING_SECRET,
        timestamp: ts,
        contentType: 'application/json',
        headers,
      });
    expect((await send(change('EvTokyo', 'Asia/Tokyo'), nowS() - 2)).status).toBe(200);
    expect((await send(change('EvLima', 'America/Lima'), nowS() - 1)).status).toBe(200);
    // The first one again, as Slack retries it when it thought the answer was lost.
    const retry = await send(change('EvTokyo', 'Asia/Tokyo'), nowS(), {
      'x-slack-retry-num': '1',
      'x-slack-retry-reason': 'http_timeout',
    });
    expect(retry).toEqual({ status: 200, body: '' });
    expect(t.deps.members.get(ADMIN.id)?.tz).toBe('America/Lima');
  });
});
