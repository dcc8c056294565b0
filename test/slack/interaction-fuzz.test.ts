import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, MANAGER, REP, TestPacer } from '../helpers/test-pacer.js';

/**
 * Buttons and forms come back with the values Pacer put in them, but those can be old (a message
 * from before an upgrade, a deal since deleted) or odd. None may end in the unexpected-error answer.
 */
let t: TestPacer;
beforeAll(async () => {
  t = await TestPacer.start({ now: '2026-11-26T20:30:00Z', env: { PACER_TIMEZONE: 'America/New_York' } });
  await t.command(ADMIN.id, '/pacer', `member <@${MANAGER.id}> role:manager`);
  await t.command(ADMIN.id, '/pacer', `member <@${REP.id}> role:rep manager:<@${MANAGER.id}>`);
  await t.command(REP.id, '/deal', '12,500 Acme Corp');
});
afterAll(() => t.stop());

const VALUES = [
  '',
  'abc',
  '-1',
  '0',
  '1',
  '999999',
  '1.5',
  '2026-W48',
  '2026-W99',
  'UREP|2026-11',
  '|',
  'x|y|z',
];
const ACTIONS = ['deal_undo', 'deal_edit', 'deal_delete', 'checkin_start', 'feedback_give'];
const METADATA = ['', '{}', 'not json', '{"roundKey":"2026-W99"}', '{"channelId":5}', 'UREP|2026-13', '|'];
const VIEWS = ['deal_modal', 'checkin_modal', 'feedback_modal', 'checkin_questions_modal'];

describe('old or odd buttons and forms', () => {
  it('are answered, never with the unexpected-error reference', async () => {
    let n = 0;
    for (const user of [REP.id, MANAGER.id, ADMIN.id]) {
      for (const action_id of ACTIONS) {
        for (const value of VALUES) {
          const res = await t.interact({
            type: 'block_actions',
            user: { id: user },
            team: { id: 'T0PACER' },
            trigger_id: `trigger-${n}`,
            response_url: t.standIn.responseUrl(`fuzz-${n++}`),
            actions: [{ type: 'button', action_id, value, block_id: 'b', action_ts: '1' }],
            container: { type: 'message' },
          });
          expect(res.status, `${user} ${action_id} ${value}`).toBe(200);
        }
      }
      for (const callback_id of VIEWS) {
        for (const private_metadata of METADATA) {
          const res = await t.interact({
            type: 'view_submission',
            user: { id: user },
            team: { id: 'T0PACER' },
            view: { id: `V${n++}`, type: 'modal', callback_id, private_metadata, state: { values: {} } },
          });
          expect(res.status, `${user} ${callback_id} ${private_metadata}`).toBe(200);
        }
      }
    }
    // Unexpected errors are answered after the ack, through response_url: wait until every request is done.
    await t.settled();
    const answers = t.standIn.calls().map((c) => JSON.stringify(c.body));
    expect(answers.filter((a) => a.includes('Something went wrong'))).toEqual([]);
    expect(t.logs.filter((l) => l.includes('unhandled error')).map((l) => l.slice(0, 300))).toEqual([]);
  }, 60_000);
});
