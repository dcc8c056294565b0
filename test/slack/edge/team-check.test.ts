import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../../src/i18n/catalog.js';
import { foreignCommandReply } from '../../../src/slack/receiver/edge-gate.js';
import { postSigned } from '../../helpers/signed-requests.js';
import { ADMIN, REP, SIGNING_SECRET, TestPacer } from '../../helpers/test-pacer.js';

// The test team speaks English: so does the answer to a stranger.
const FOREIGN_COMMAND_REPLY = foreignCommandReply(messages.en['failure.foreignWorkspace']!);

/**
 * The signing secret is the app's, not the workspace's: the same app installed in a second workspace
 * sends requests that are signed just as well. Only the workspace from auth.test is served.
 */
const OTHER_ADMIN = { id: 'UEVE', name: 'eve', real_name: 'Eve Elsewhere', is_admin: true, is_owner: true };

let t: TestPacer;
beforeAll(async () => {
  t = await TestPacer.start();
  t.standIn.addUser(OTHER_ADMIN);
});
afterAll(() => t.stop());

let n = 0;
const dealCount = () =>
  (t.deps.db.prepare('SELECT COUNT(*) AS n FROM deals WHERE deleted_at IS NULL').get() as { n: number }).n;
const refusals = () => t.logs.filter((l) => l.includes('refused this'));

describe('a request from another workspace', () => {
  it("is answered as refused, and that workspace's admin does not become a Pacer admin", async () => {
    const regions = t.deps.regions.list().length;
    const { http, reply } = await t.command(OTHER_ADMIN.id, '/pacer', 'region add Atlantis', {
      team_id: 'TOTHER',
      team_domain: 'elsewhere',
    });
    expect(http.status).toBe(200);
    expect(reply).toEqual(FOREIGN_COMMAND_REPLY);
    expect(t.deps.regions.list()).toHaveLength(regions);
    expect(t.deps.members.get(OTHER_ADMIN.id)).toBeUndefined();
    // Not even looked up: nothing of the other workspace reaches Pacer's member table.
    expect(t.standIn.calls('users.info').filter((c) => c.body.user === OTHER_ADMIN.id)).toEqual([]);
    expect(refusals().at(-1)).toContain('refused this command: it is from workspace TOTHER (user UEVE');
  });

  it('logs no deal, even from a member of ours whose request names another enterprise', async () => {
    const before = dealCount();
    const { reply } = await t.command(REP.id, '/deal', '9,000 Acme', { enterprise_id: 'EOTHER' });
    expect(reply).toEqual(FOREIGN_COMMAND_REPLY);
    expect(dealCount()).toBe(before);
  });

  it('cannot press a button: the deal stays, and the answer is an empty 200', async () => {
    await t.command(REP.id, '/deal', '12,500 Keep Co');
    const { id } = t.deps.db.prepare('SELECT MAX(id) AS id FROM deals').get() as { id: number };
    const before = dealCount();
    const press = (team: Record<string, unknown>, user: Record<string, unknown>) =>
      t.interact({
        type: 'block_actions',
        user,
        ...team,
        trigger_id: 'trigger-x',
        response_url: t.standIn.responseUrl(`undo-${n++}`),
        actions: [
          { type: 'button', action_id: 'deal_undo', value: String(id), block_id: 'b', action_ts: '1' },
        ],
        container: { type: 'message' },
      });
    for (const [team, user] of [
      [{ team: { id: 'TOTHER' } }, { id: REP.id }],
      [{ team: { id: 'T0PACER' } }, { id: REP.id, team_id: 'TOTHER' }],
      [{ team: null }, { id: REP.id }],
      [{}, { id: REP.id }],
    ] as const) {
      const res = await press(team, user);
      expect(res).toEqual({ status: 200, body: '' });
    }
    expect(dealCount()).toBe(before);
    // The same button from our workspace still works.
    expect((await press({ team: { id: 'T0PACER' } }, { id: REP.id, team_id: 'T0PACER' })).status).toBe(200);
    await t.standIn.waitForCall(
      (c) => c.method === 'response_url' && String(c.body.text).startsWith('Undone'),
    );
    expect(dealCount()).toBe(before - 1);
  });

  it('cannot submit a form opened in another workspace', async () => {
    const res = await t.interact({
      type: 'view_submission',
      user: { id: REP.id },
      team: { id: 'T0PACER' },
      view: {
        id: 'VX',
        type: 'modal',
        callback_id: 'deal_modal',
        private_metadata: '',
        app_installed_team_id: 'TOTHER',
        state: { values: {} },
      },
    });
    expect(res).toEqual({ status: 200, body: '' });
    expect(refusals().at(-1)).toContain('refused this view: it is from workspace TOTHER');
  });

  it("does not take another workspace's user_change, nor one for a person of another organization", async () => {
    await t.command(ADMIN.id, '/pacer', 'help');
    const user = { id: ADMIN.id, name: 'ada', real_name: 'Ada Admin', tz: 'Asia/Tokyo', team_id: 'T0PACER' };
    const deliver = (envelope: Record<string, unknown>, event: Record<string, unknown>) =>
      postSigned(
        t.url,
        JSON.stringify({
          type: 'event_callback',
          api_app_id: 'A0PACER',
          event_id: `Ev${Math.random()}`,
          ...envelope,
          event,
        }),
        { secret: SIGNING_SECRET, contentType: 'application/json' },
      );
    const foreignUser = await deliver(
      { team_id: 'T0PACER' },
      { type: 'user_change', user: { ...user, team_id: 'TOTHER' } },
    );
    const foreignInstall = await deliver(
      {
        team_id: 'T0PACER',
        authorizations: [{ team_id: 'TOTHER', enterprise_id: null, is_enterprise_install: false }],
      },
      { type: 'user_change', user },
    );
    expect([foreignUser.status, foreignInstall.status]).toEqual([200, 200]);
    expect(t.deps.members.get(ADMIN.id)?.tz).toBe('Europe/Berlin');
    expect(
      refusals()
        .slice(-2)
        .every((l) => l.includes('refused this event: it is from workspace TOTHER')),
    ).toBe(true);
    // Slack Connect: the outer team_id may be the other organization's; the installation is ours.
    const shared = await deliver(
      {
        team_id: 'TOTHER',
        authorizations: [{ team_id: 'T0PACER', enterprise_id: null, is_enterprise_install: false }],
      },
      { type: 'user_change', user },
    );
    expect(shared.status).toBe(200);
    expect(t.deps.members.get(ADMIN.id)?.tz).toBe('Asia/Tokyo');
  });
});
