import { describe, expect, it } from 'vitest';
import type { RecordedCall } from '../../../src/slack-api-stand-in/index.js';
import { restartableWorlds } from '../../helpers/restartable-world.js';
import { ADMIN, MANAGER, REP, TestPacer } from '../../helpers/test-pacer.js';

type Block = { type: string; slack_file?: { id: string }; alt_text?: string };

const { world, cleanup } = restartableWorlds();
const NOW = '2026-11-25T15:00:00Z';
const start = (w: Awaited<ReturnType<typeof world>>) =>
  TestPacer.start({ ...w, now: NOW, env: { PACER_TIMEZONE: 'America/New_York' } });

const imagesOf = (call: RecordedCall) =>
  (call.body.view as { blocks: Block[] }).blocks.filter((b) => b.type === 'image' && b.slack_file);

async function openHome(t: TestPacer): Promise<void> {
  expect(
    (await t.event({ type: 'app_home_opened', user: REP.id, channel: 'D0HOME', tab: 'home' })).status,
  ).toBe(200);
  await t.settled();
}

/** A first Pacer where the rep opened their tab: the file ids of its month chart and weekly trend. */
async function firstRun(w: Awaited<ReturnType<typeof world>>): Promise<string[]> {
  const first = await start(w);
  await first.command(ADMIN.id, '/pacer', `member <@${MANAGER.id}> role:manager`);
  await first.command(ADMIN.id, '/pacer', `member <@${REP.id}> role:rep manager:<@${MANAGER.id}>`);
  await first.command(ADMIN.id, '/target', `set <@${REP.id}> 2026-11 10,000 stretch +40%`);
  await first.command(REP.id, '/deal', '8,000 Acme Corp');
  await openHome(first);
  const ids = w.standIn.calls('files.getUploadURLExternal').map((c) => String(c.response.file_id));
  await first.stop();
  return ids;
}

describe('App Home chart across a restart', () => {
  it('shows the chart uploaded before the restart at once, without uploading it again, until the figures change', async () => {
    const w = await world();
    const [fileId, trendId] = await firstRun(w);

    w.standIn.reset();
    const second = await start(w);
    cleanup(() => second.stop());
    await openHome(second);
    const publishes = w.standIn.calls('views.publish').filter((c) => c.body.user_id === REP.id);
    // One publish, with the chart from before the restart: nothing drawn, nothing uploaded.
    expect(publishes).toHaveLength(1);
    expect(imagesOf(publishes[0]!).map((b) => b.slack_file?.id)).toEqual([fileId, trendId]);
    expect(w.standIn.calls('files.getUploadURLExternal')).toHaveLength(0);

    // New figures after the restart: new charts, and the files from before the restart are deleted.
    await second.command(REP.id, '/deal', '1,000 Initech');
    for (const old of [fileId, trendId])
      await w.standIn.waitForCall(
        (c) => c.method === 'files.delete' && c.body.file === old && c.response.ok === true,
      );
    expect(w.standIn.calls('files.getUploadURLExternal')).toHaveLength(2);
  }, 40_000);
});

describe('App Home chart whose cached file Slack no longer has', () => {
  it('after a backup restore or a retention purge, shows the current figures at once and fresh charts, and keeps refreshing', async () => {
    const w = await world();
    const [fileId, trendId] = await firstRun(w);
    // The workspace's retention purge removed the month chart; the database still names it.
    expect(w.standIn.files.remove(fileId!)).toBe(true);

    w.standIn.reset();
    const second = await start(w);
    cleanup(() => second.stop());
    await openHome(second);
    const publishes = () => w.standIn.calls('views.publish').filter((c) => c.body.user_id === REP.id);
    const [refused, plain, withCharts] = publishes();
    // Slack refuses the tab naming the purged file; Pacer publishes it again without pictures at once…
    expect(refused?.response.error).toBe('invalid_blocks');
    expect(plain?.response.ok).toBe(true);
    expect(imagesOf(plain!)).toEqual([]);
    expect(JSON.stringify(plain!.body.view)).toContain('$8,000');
    // …then with both charts drawn and uploaded afresh.
    expect(withCharts?.response.ok).toBe(true);
    const fresh = imagesOf(withCharts!).map((b) => b.slack_file!.id);
    expect(fresh).toHaveLength(2);
    expect(fresh).not.toContain(fileId);
    expect(fresh).not.toContain(trendId);
    for (const id of fresh) expect(w.standIn.files.image(id)).not.toBeNull();
    // The trend file that still existed is not left behind.
    expect(w.standIn.files.image(trendId!)).toBeNull();

    // The next open shows the fresh charts at once, with one publish and nothing uploaded.
    w.standIn.reset();
    await openHome(second);
    expect(publishes()).toHaveLength(1);
    expect(publishes()[0]!.response.ok).toBe(true);
    expect(imagesOf(publishes()[0]!).map((b) => b.slack_file?.id)).toEqual(fresh);
    expect(w.standIn.calls('files.getUploadURLExternal')).toHaveLength(0);
  }, 40_000);
});
