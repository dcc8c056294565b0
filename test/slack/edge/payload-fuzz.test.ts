import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postSignedBytes } from '../../helpers/edge-requests.js';
import { ADMIN, MANAGER, REP, SIGNING_SECRET, TestPacer } from '../../helpers/test-pacer.js';

/**
 * Thousands of signed requests of random shapes, over real HTTP to the real app: every one gets a
 * 200 or a 4xx, none a 500, none ends the process (an unhandled rejection would fail this run), and
 * none reaches the receiver's last-resort paths, which would mean a shape its checks let through
 * and Bolt could not read. Seeded: FUZZ_SEED=<n> replays a run, FUZZ_RUNS=<n> sets its size.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const RUNS = Number(process.env.FUZZ_RUNS ?? 3_000);
const PARALLEL = 24;

let t: TestPacer;
beforeAll(async () => {
  t = await TestPacer.start();
  await t.command(ADMIN.id, '/pacer', `member <@${REP.id}> role:rep manager:<@${MANAGER.id}>`);
  await t.command(REP.id, '/deal', '12,500 Acme Corp');
});
afterAll(() => t.stop());

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

// Values of every JSON type, with the ones Bolt trips on (null, arrays, numbers where it wants
// objects or strings) well represented.
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { depthSize: 'small' },
  fc.constant(null),
  fc.constant([]),
  fc.constant({}),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('', 'null', 'T0PACER', 'TOTHER', REP.id, 'deal_undo', 'deal_modal', '/deal'),
  fc.jsonValue({ maxDepth: 3 }),
);

const team = fc.constantFrom('T0PACER', 'T0PACER', 'T0PACER', 'TOTHER');
const user = fc.constantFrom(REP.id, ADMIN.id, MANAGER.id, 'UNOBODY');
const responseUrl = fc.oneof(
  fc.nat(1_000_000).map((n) => `RESPONSE:${n}`),
  fc.constantFrom('not a url', 'http://127.0.0.1:1/closed', ''),
);

/** Payloads as Slack sends them, of every kind Pacer can be sent. */
const template: fc.Arbitrary<{ form: 'fields' | 'payload' | 'json'; body: Record<string, unknown> }> =
  fc.oneof(
    fc.record({
      form: fc.constant('fields' as const),
      body: fc.record({
        command: fc.constantFrom(
          '/deal',
          '/pacer',
          '/target',
          '/leaderboard',
          '/kudos',
          '/csat',
          '/award',
          '/checkin',
          '/nope',
        ),
        text: fc.constantFrom(
          '',
          'help',
          '5,000 Fuzz Co',
          'list',
          'undo',
          'settings',
          'team',
          '<@UREP>',
          'x'.repeat(300),
        ),
        user_id: user,
        team_id: team,
        channel_id: fc.constantFrom('CSALES', 'D123'),
        response_url: responseUrl,
        trigger_id: fc.constant('trigger-fuzz'),
      }),
    }),
    fc.record({
      form: fc.constant('payload' as const),
      body: fc.record({
        type: fc.constant('block_actions'),
        user: fc.record({ id: user, team_id: team }),
        team: fc.record({ id: team }),
        trigger_id: fc.constant('trigger-fuzz'),
        response_url: responseUrl,
        container: fc.constant({ type: 'message' }),
        actions: fc.array(
          fc.record({
            type: fc.constant('button'),
            action_id: fc.constantFrom(
              'deal_undo',
              'deal_edit',
              'deal_delete',
              'checkin_start',
              'feedback_give',
              'nope',
            ),
            value: fc.oneof(
              fc.constantFrom('1', '2', '999', '', 'UREP|2026-11'),
              fc.string({ maxLength: 8 }),
            ),
            block_id: fc.constant('b'),
            action_ts: fc.constant('1'),
          }),
          { minLength: 1, maxLength: 2 },
        ),
      }),
    }),
    fc.record({
      form: fc.constant('payload' as const),
      body: fc.record({
        type: fc.constantFrom('view_submission', 'view_closed'),
        user: fc.record({ id: user }),
        team: fc.record({ id: team }),
        view: fc.record({
          id: fc.constant('VFUZZ'),
          type: fc.constant('modal'),
          callback_id: fc.constantFrom(
            'deal_modal',
            'checkin_modal',
            'feedback_modal',
            'checkin_questions_modal',
            'nope',
          ),
          private_metadata: fc.oneof(
            fc.constantFrom('', '{}', '{"dealId":1}', 'UREP|2026-11'),
            fc.string({ maxLength: 8 }),
          ),
          state: fc.record({
            values: fc.dictionary(
              fc.constantFrom('amount', 'customer', 'closed_on', 'went_well', 'q1'),
              fc.dictionary(
                fc.constantFrom('value', 'input'),
                fc.record({ type: fc.constant('plain_text_input'), value: anyValue }),
              ),
            ),
          }),
        }),
      }),
    }),
    fc.record({
      form: fc.constant('payload' as const),
      body: fc.record({
        type: fc.constantFrom(
          'shortcut',
          'message_action',
          'block_suggestion',
          'interactive_message',
          'dialog_submission',
        ),
        callback_id: fc.constantFrom('pacer', 'nope'),
        trigger_id: fc.constant('trigger-fuzz'),
        user: fc.record({ id: user }),
        team: fc.record({ id: team }),
        channel: fc.record({ id: fc.constant('CSALES') }),
        actions: fc.constant([{ name: 'x', type: 'button' }]),
        submission: fc.constant({}),
        message: fc.constant({ ts: '1.2', text: 'hi' }),
        response_url: responseUrl,
      }),
    }),
    fc.record({
      form: fc.constant('json' as const),
      body: fc.record({
        type: fc.constant('event_callback'),
        team_id: team,
        api_app_id: fc.constant('A0PACER'),
        event_id: fc.nat(1_000_000).map((n) => `EvFuzz${n}`),
        authorizations: fc.constant([
          { team_id: 'T0PACER', enterprise_id: null, is_enterprise_install: false },
        ]),
        event: fc.record({
          type: fc.constantFrom('user_change', 'message', 'app_home_opened', 'reaction_added'),
          user: fc.oneof(
            user,
            fc.record({
              id: user,
              name: fc.string({ maxLength: 8 }),
              tz: fc.constantFrom('Asia/Tokyo', 'Mars/Base'),
              team_id: team,
            }),
          ),
          channel: fc.constantFrom('CSALES', 'D1'),
          item: fc.constant({ type: 'message', channel: 'CSALES', ts: '1.2' }),
        }),
      }),
    }),
    fc.record({
      form: fc.constant('json' as const),
      body: fc.record({
        type: fc.constantFrom('url_verification', 'app_rate_limited'),
        challenge: fc.string(),
        team_id: team,
      }),
    }),
  );

type Path = Array<string | number>;

function paths(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
}

function mutate(
  body: Record<string, unknown>,
  picks: number[],
  values: unknown[],
  deletes: boolean[],
): unknown {
  let copy: unknown = structuredClone(body);
  picks.forEach((pick, i) => {
    const all = paths(copy);
    const path = all[pick % all.length]!;
    if (path.length === 0) {
      copy = values[i];
      return;
    }
    let parent = copy as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const last = path.at(-1)!;
    if (deletes[i] && !Array.isArray(parent)) delete parent[last];
    else parent[last] = values[i];
  });
  return copy;
}

interface Sample {
  what: string;
  body: Buffer;
  contentType: string;
  skewS: number;
}

function encode(form: 'fields' | 'payload' | 'json', body: unknown): { body: string; contentType: string } {
  const json = JSON.stringify(body) ?? 'null';
  if (form === 'json') return { body: json, contentType: JSON_TYPE };
  if (form === 'payload')
    return { body: new URLSearchParams({ payload: json }).toString(), contentType: FORM };
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { body: new URLSearchParams({ payload: json }).toString(), contentType: FORM };
  }
  const fields = Object.entries(body).map(([k, v]): [string, string] => [
    k,
    typeof v === 'string' ? v : (JSON.stringify(v) ?? ''),
  ]);
  return { body: new URLSearchParams(fields).toString(), contentType: FORM };
}

const nearValid: fc.Arbitrary<Sample> = fc
  .record({
    template,
    picks: fc.array(fc.nat(), { maxLength: 3 }),
    values: fc.array(anyValue, { minLength: 3, maxLength: 3 }),
    deletes: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
    asJson: fc.boolean(),
  })
  .map(({ template: tpl, picks, values, deletes, asJson }) => {
    const mutated = mutate(tpl.body, picks, values, deletes);
    const form = asJson && tpl.form !== 'json' ? 'json' : tpl.form;
    const encoded = encode(form, mutated);
    return {
      what: `${form} ${JSON.stringify(mutated)?.slice(0, 400)}`,
      body: Buffer.from(encoded.body),
      contentType: encoded.contentType,
      skewS: 0,
    };
  });

const wild: fc.Arbitrary<Sample> = fc.oneof(
  fc.record({ v: anyValue, type: fc.constantFrom(FORM, JSON_TYPE) }).map(({ v, type }) => {
    const json = JSON.stringify(v) ?? 'null';
    const body = type === FORM ? new URLSearchParams({ payload: json }).toString() : json;
    return { what: `${type} ${json.slice(0, 200)}`, body: Buffer.from(body), contentType: type, skewS: 0 };
  }),
  fc
    .record({
      bytes: fc.uint8Array({ maxLength: 300 }),
      type: fc.constantFrom(
        FORM,
        JSON_TYPE,
        'text/plain',
        '',
        'application/json; charset=utf-8',
        `${FORM}; charset=utf-8`,
      ),
    })
    .map(({ bytes, type }) => ({
      what: `bytes as ${type}`,
      body: Buffer.from(bytes),
      contentType: type,
      skewS: 0,
    })),
  fc
    .dictionary(
      fc.constantFrom(
        'payload',
        'command',
        'text',
        'user_id',
        'team_id',
        'channel_id',
        'response_url',
        'ssl_check',
        'type',
      ),
      fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('null', '[]', '{}', '5', '/deal', 'T0PACER')),
    )
    .map((fields) => ({
      what: `fields ${JSON.stringify(fields)}`,
      body: Buffer.from(new URLSearchParams(fields).toString()),
      contentType: FORM,
      skewS: 0,
    })),
  fc.nat(5).map((depth) => {
    const nested = `${'{"a":'.repeat(10 ** depth / 10 + 1)}null${'}'.repeat(10 ** depth / 10 + 1)}`;
    return { what: `nested ${depth}`, body: Buffer.from(nested), contentType: JSON_TYPE, skewS: 0 };
  }),
);

const sample: fc.Arbitrary<Sample> = fc
  .tuple(
    fc.oneof({ weight: 4, arbitrary: nearValid }, { weight: 1, arbitrary: wild }),
    fc.integer({ min: -700, max: 700 }),
    fc.nat(9),
  )
  // Most are stamped now; one in ten somewhere within ±11 minutes.
  .map(([s, skew, roll]) => ({ ...s, skewS: roll === 0 ? skew : 0 }));

describe('signed requests of random shapes', () => {
  it(`${RUNS.toLocaleString('en-US')} of them: no 500, no exit, no gap in the receiver's checks`, async () => {
    const samples = fc.sample(sample, { seed: SEED, numRuns: RUNS });
    const statuses = new Map<number, number>();
    const bad: string[] = [];
    for (let i = 0; i < samples.length; i += PARALLEL) {
      await Promise.all(
        samples.slice(i, i + PARALLEL).map(async (s, j) => {
          // Each response URL is a real one on the stand-in, unique per request.
          const body = Buffer.from(
            s.body
              .toString('latin1')
              .replace(/RESPONSE(%3A|:)(\d+)/g, (_m, _c, n) =>
                encodeURIComponent(t.standIn.responseUrl(`fuzz-${i + j}-${n}`)),
              ),
            'latin1',
          );
          const res = await postSignedBytes(t.url, body, {
            secret: SIGNING_SECRET,
            timestamp: Math.floor(Date.now() / 1000) + s.skewS,
            contentType: s.contentType,
          });
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          if (res.status >= 500 || res.status < 200) bad.push(`${res.status} ${s.what}`);
        }),
      );
    }
    expect(bad).toEqual([]);
    const gaps = t.logs.filter(
      (l) => l.includes('Bolt could not process') || l.includes('request to /slack/events failed'),
    );
    expect(gaps.map((l) => l.slice(0, 600))).toEqual([]);
    // Still serving, and the mix reached every outcome: acted on, refused for shape, for signature.
    expect((await t.command(REP.id, '/pacer', 'help')).text).toContain('/pacer channel');
    expect([...statuses.keys()].sort()).toEqual(expect.arrayContaining([200, 400, 401]));
    console.warn(`payload fuzz (seed ${SEED}): ${JSON.stringify(Object.fromEntries(statuses))}`);
  }, 120_000);
});
