import { describe, expect, it } from 'vitest';
import { restartableWorlds, type World } from '../helpers/restartable-world.js';
import { ADMIN, MANAGER, REP, REP2, TestPacer } from '../helpers/test-pacer.js';

const { world, cleanup } = restartableWorlds();

const start = (w: World, now: string) =>
  TestPacer.start({ ...w, now, env: { PACER_TIMEZONE: 'America/New_York' } });

async function setUp(t: TestPacer) {
  await t.command(ADMIN.id, '/pacer', 'channel <#CWINS|wins>');
  await t.command(ADMIN.id, '/pacer', `member <@${MANAGER.id}> role:manager`);
  await t.command(ADMIN.id, '/pacer', `member <@${REP.id}> role:rep manager:<@${MANAGER.id}>`);
  await t.command(ADMIN.id, '/pacer', `member <@${REP2.id}> role:rep manager:<@${MANAGER.id}>`);
  await t.command(ADMIN.id, '/target', `set <@${REP.id}> 2026-11 42,000 stretch +40%`);
  await t.command(ADMIN.id, '/target', `set <@${REP2.id}> 2026-11 21,000`);
}

/** What a DM shows: its blocks' texts (the message `text` is only the notification). */
const shown = (m: { text?: string; blocks?: unknown[] }) =>
  (m.blocks as Array<{ text?: { text?: string } }> | undefined)?.map((b) => b.text?.text ?? '').join('\n') ??
  m.text ??
  '';
const dmText = (t: TestPacer, user: string) => t.standIn.messages(user).map(shown);
// Other jobs DM managers too (the monthly feedback prompt): the digest is the one about the month's risk.
const digestsOf = (t: TestPacer) =>
  dmText(t, MANAGER.id).filter((text) => /at risk this month|有风险/.test(text));

describe('manager Monday digest (with weekly-reminder)', () => {
  it("DMs each manager their reports' week targets, last week, month pace and at-risk flags, once a week", async () => {
    const w = await world();
    // Monday 23 Nov 2026, 09:00 in New York; 15 of November's 21 working days are over.
    const t = await start(w, '2026-11-23T14:00:00Z');
    cleanup(() => t.stop());
    await setUp(t);
    await t.command(REP.id, '/deal', '9,000 Acme Corp date:2026-11-17');
    await t.command(REP2.id, '/deal', '14,500 Globex date:2026-11-18');
    w.standIn.reset();

    const run = await t.command(ADMIN.id, '/pacer', 'run weekly-reminder');
    expect(run.text).toContain('weekly-reminder');
    const digests = digestsOf(t);
    expect(digests).toHaveLength(1);
    const digest = digests[0]!;
    // Rick: $9,000 of the $30,000 expected by today is at risk; Sara: $14,500 of $15,000 on track.
    expect(digest).toContain(':rotating_light: 1 report is at risk this month.');
    expect(digest).toContain(`*<@${REP.id}>* · :rotating_light: at risk`);
    expect(digest).toContain('This week: $10,000, stretch $14,000');
    expect(digest).toContain('Last week: $9,000 of $10,000 (90%)');
    expect(digest).toContain('*This month* — $9,000 of $42,000');
    expect(digest).toContain(`*<@${REP2.id}>* · :white_check_mark: on track`);
    expect(digest).toContain('This week: $5,000');
    expect(digest).toContain('Last week: $14,500 of $5,000 (290%)');
    // Worst first.
    expect(digest.indexOf(REP.id)).toBeLessThan(digest.indexOf(REP2.id));
    // Reps are not sent anyone's digest.
    expect(dmText(t, REP.id).join('\n')).not.toContain(REP2.id);

    await t.command(ADMIN.id, '/pacer', 'run weekly-reminder');
    await t.stop();
    const again = await start(w, '2026-11-23T16:00:00Z');
    cleanup(() => again.stop());
    expect((await again.command(ADMIN.id, '/pacer', 'run weekly-reminder')).text).toContain('already ran');
    expect(digestsOf(again)).toHaveLength(1);
  });

  it("is written in the manager's own language", async () => {
    const w = await world();
    const t = await start(w, '2026-11-23T14:00:00Z');
    cleanup(() => t.stop());
    await setUp(t);
    await t.command(MANAGER.id, '/pacer', 'my-language zh-CN');
    await t.command(ADMIN.id, '/pacer', 'run weekly-reminder');
    const digest = digestsOf(t).at(-1)!;
    expect(digest).toContain('本月有 2 名下属有风险。');
    expect(digest).toContain('本周目标：US$10,000，冲刺目标 US$14,000');
  });

  it('shows a chart of the reports’ month in the digest, uploaded in three steps', async () => {
    const t = await digestWithOneDeal();
    await t.command(ADMIN.id, '/pacer', 'run weekly-reminder');
    const digest = digestMessages(t);
    expect(digest).toHaveLength(1);
    const image = imageOf(digest[0]!);
    const fileId = String(t.standIn.calls('files.getUploadURLExternal')[0]?.response.file_id);
    expect(image?.slack_file).toEqual({ id: fileId });
    expect(t.standIn.calls('upload')).toHaveLength(1);
    expect(t.standIn.calls('files.completeUploadExternal')[0]?.response.ok).toBe(true);
    expect(image?.alt_text).toContain('$9,000 of $42,000');
  });

  it('still sends the digest, once and without a chart, when the upload fails', async () => {
    const t = await digestWithOneDeal();
    t.standIn.failNext('files.completeUploadExternal', { error: 'internal_error' });
    await t.command(ADMIN.id, '/pacer', 'run weekly-reminder');
    await t.command(ADMIN.id, '/pacer', 'run weekly-reminder');
    const digest = digestMessages(t);
    expect(digest).toHaveLength(1);
    expect(imageOf(digest[0]!)).toBeUndefined();
    expect(shown(digest[0]!)).toContain('*This month* — $9,000 of $42,000');
    expect(t.logs.some((line) => line.includes('could not draw or upload the digest chart'))).toBe(true);
  });
});

type Image = { type: string; slack_file?: { id: string }; alt_text?: string };
const digestMessages = (t: TestPacer) =>
  t.standIn.messages(MANAGER.id).filter((m) => /at risk this month|有风险/.test(shown(m)));
const imageOf = (m: { blocks?: unknown[] }) =>
  (m.blocks as Image[] | undefined)?.find((b) => b.type === 'image' && b.slack_file);

/** Monday 23 Nov 2026 with the team set up and Rick's $9,000 in, the stand-in's log cleared. */
async function digestWithOneDeal(): Promise<TestPacer> {
  const w = await world();
  const t = await start(w, '2026-11-23T14:00:00Z');
  cleanup(() => t.stop());
  await setUp(t);
  await t.command(REP.id, '/deal', '9,000 Acme Corp date:2026-11-17');
  w.standIn.reset();
  return t;
}
