import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateMessage } from '../../src/slack/block-kit-limits.js';
import { pacerSubcommands } from '../../src/slack/listeners/commands/pacer/index.js';
import { formBody, postSigned } from '../helpers/signed-requests.js';
import { ADMIN, REP, SIGNING_SECRET, TestPacer } from '../helpers/test-pacer.js';

let t: TestPacer;
beforeAll(async () => {
  t = await TestPacer.start();
});
afterAll(async () => {
  await t.stop();
});

const helpBody = () =>
  formBody({
    command: '/pacer',
    text: 'help',
    user_id: REP.id,
    channel_id: 'CSALES',
    response_url: t.standIn.responseUrl(),
  });

describe('requests from Slack', () => {
  it('refuses a request with a wrong signature', async () => {
    const res = await postSigned(t.url, helpBody(), { secret: 'not-the-secret' });
    expect(res.status).toBe(401);
  });

  it('refuses an unsigned request', async () => {
    const res = await postSigned(t.url, helpBody(), { secret: SIGNING_SECRET, signatureOverride: null });
    expect(res.status).toBe(401);
  });

  it('refuses a correctly signed but stale request (replay)', async () => {
    const tenMinutesAgo = Math.floor(Date.now() / 1000) - 600;
    const res = await postSigned(t.url, helpBody(), { secret: SIGNING_SECRET, timestamp: tenMinutesAgo });
    expect(res.status).toBe(401);
  });

  it('answers /healthz while the database answers', async () => {
    const res = await fetch(t.url.replace('/slack/events', '/healthz'));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok' });
  });
});

describe('/pacer', () => {
  it('lists every command with an example', async () => {
    const { http, text, reply } = await t.command(REP.id, '/pacer', 'help');
    expect(http.status).toBe(200);
    expect(reply.response_type).toBe('ephemeral');
    expect(text).toContain('/pacer channel');
    expect(text).toContain('e.g. `/pacer region add North`');
    const again = await t.command(REP.id, '/pacer', '');
    expect(again.text).toContain('/pacer settings');
  });

  it('has a help entry for every /pacer subcommand, in an answer Slack accepts', async () => {
    const { reply, text } = await t.command(ADMIN.id, '/pacer', 'help');
    for (const name of pacerSubcommands) expect(text).toContain(`/pacer ${name}`);
    // The answer travels in the ack, where the stand-in does not see it: check it as Slack would.
    expect(validateMessage({ text, blocks: reply.blocks ?? [] } as never)).toBeNull();
  });

  it('learns the caller from users.info on first contact', async () => {
    await t.command(REP.id, '/pacer', 'help');
    const member = t.deps.members.get(REP.id);
    expect(member).toMatchObject({ name: expect.any(String), tz: 'America/New_York', role: 'rep' });
    expect(t.standIn.calls('users.info').length).toBeGreaterThan(0);
  });

  it('refuses admin commands from a rep and changes nothing', async () => {
    const before = t.deps.regions.list().length;
    const { text } = await t.command(REP.id, '/pacer', 'region add Atlantis');
    expect(text).toMatch(/Only admins can add regions/);
    expect(t.deps.regions.list()).toHaveLength(before);
    const channel = await t.command(REP.id, '/pacer', 'channel <#CWINS|wins>');
    expect(channel.text).toMatch(/Only admins can set the announce channel/);
  });

  it('lets an admin set the announce channel, timezone and currency, and everyone read them', async () => {
    expect((await t.command(ADMIN.id, '/pacer', 'channel <#CWINS|sales-wins>')).text).toContain('<#CWINS>');
    expect((await t.command(ADMIN.id, '/pacer', 'timezone America/Los_Angeles')).text).toContain(
      'from UTC to America/Los_Angeles',
    );
    expect((await t.command(ADMIN.id, '/pacer', 'currency eur')).text).toContain('to EUR');
    const { text } = await t.command(REP.id, '/pacer', 'settings');
    expect(text).toContain('<#CWINS>');
    expect(text).toContain('America/Los_Angeles');
    expect(text).toContain('EUR');
    const audit = t.deps.audit.forEntity('setting', 'timezone');
    expect(audit.at(-1)).toMatchObject({ actor: ADMIN.id, after_json: '"America/Los_Angeles"' });
  });

  it('explains bad settings with an example', async () => {
    expect((await t.command(ADMIN.id, '/pacer', 'timezone Mars/Olympus')).text).toMatch(
      /pacer timezone Europe\/Berlin/,
    );
    expect((await t.command(ADMIN.id, '/pacer', 'currency bitcoin')).text).toMatch(/pacer currency EUR/);
    expect((await t.command(ADMIN.id, '/pacer', 'channel sales')).text).toMatch(/pacer channel #sales-wins/);
    expect((await t.command(ADMIN.id, '/pacer', 'frobnicate')).text).toMatch(/pacer help/);
  });

  it('manages regions and product lines case-insensitively', async () => {
    expect((await t.command(ADMIN.id, '/pacer', 'region add North')).text).toContain('Added region *North*');
    expect((await t.command(ADMIN.id, '/pacer', 'region add  NORTH ')).text).toContain('already exists');
    await t.command(ADMIN.id, '/pacer', 'product add "Cloud Suite"');
    expect((await t.command(REP.id, '/pacer', 'product list')).text).toContain('Cloud Suite');
    expect((await t.command(ADMIN.id, '/pacer', 'region remove Atlantis')).text).toMatch(
      /don't know the region.*North/,
    );
    expect((await t.command(ADMIN.id, '/pacer', 'region remove north')).text).toContain(
      'Removed region *North*',
    );
    expect((await t.command(REP.id, '/pacer', 'region list')).text).toMatch(/No regions yet/);
  });

  it('sets a member structure from mentions in both escaped forms', async () => {
    await t.command(ADMIN.id, '/pacer', 'region add South');
    const { text } = await t.command(
      ADMIN.id,
      '/pacer',
      `member <@${REP.id}|rick> role:rep region:south manager:<@UMANAGER>`,
    );
    expect(text).toContain('region *South*');
    expect(text).toContain('manager <@UMANAGER>');
    expect(t.deps.members.get(REP.id)).toMatchObject({ role: 'rep', managerId: 'UMANAGER' });
    expect(t.deps.members.reportsOf('UMANAGER').map((m) => m.userId)).toEqual([REP.id]);
    expect((await t.command(ADMIN.id, '/pacer', `member <@${REP.id}> role:boss`)).text).toMatch(
      /admin, manager or rep/,
    );
    expect((await t.command(ADMIN.id, '/pacer', 'member @rick role:rep')).text).toMatch(
      /Name one member with @/,
    );
    expect((await t.command(ADMIN.id, '/pacer', `member <@${REP.id}> region:Atlantis`)).text).toMatch(
      /Known: South/,
    );
    expect(t.deps.members.get(REP.id)?.role).toBe('rep');
  });

  it('answers an unexpected failure with a reference id and logs it without secrets', async () => {
    // users.info failing hard for an unknown user is an unexpected error, not bad input.
    t.standIn.failNext('users.info', { status: 500, times: 10 });
    const { text } = await t.command('UNEWCOMER', '/pacer', 'help');
    expect(text).toMatch(/reference: `ERR-[0-9A-F]{8}`/);
    const reference = /ERR-[0-9A-F]{8}/.exec(text)?.[0];
    expect(t.logs.some((line) => line.includes(reference!))).toBe(true);
    expect(t.logs.join('\n')).not.toContain(SIGNING_SECRET);
    expect(t.logs.join('\n')).not.toMatch(/xoxb-test-token/);
  });
});
