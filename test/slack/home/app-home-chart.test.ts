import { WebClient } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RecordedCall } from '../../../src/slack-api-stand-in/index.js';
import { pngSize } from '../../helpers/png.js';
import { ADMIN, MANAGER, REP, TestPacer } from '../../helpers/test-pacer.js';

type Block = { type: string; slack_file?: { id: string }; alt_text?: string };
type HomeView = { type: string; blocks: Block[] };

let t: TestPacer;
// Wednesday 25 November 2026 in New York.
beforeEach(async () => {
  t = await TestPacer.start({ now: '2026-11-25T15:00:00Z', env: { PACER_TIMEZONE: 'America/New_York' } });
  await t.command(ADMIN.id, '/pacer', `member <@${MANAGER.id}> role:manager`);
  await t.command(ADMIN.id, '/pacer', `member <@${REP.id}> role:rep manager:<@${MANAGER.id}>`);
  await t.command(ADMIN.id, '/target', `set <@${REP.id}> 2026-11 10,000 stretch +40%`);
  await t.command(REP.id, '/deal', '8,000 Acme Corp');
  await t.settled();
  t.standIn.reset();
});
afterEach(() => t.stop());

const chartOf = (call: RecordedCall) =>
  (call.body.view as HomeView).blocks.find((b) => b.type === 'image' && b.slack_file);
const imagesOf = (call: RecordedCall) =>
  (call.body.view as HomeView).blocks.filter((b) => b.type === 'image' && b.slack_file);
const publishes = () => t.standIn.calls('views.publish').filter((c) => c.body.user_id === REP.id);
/** Uploads of the month chart (the trend's files are named pacer-trend-…). */
const monthUploads = () =>
  t.standIn
    .calls('files.getUploadURLExternal')
    .filter((c) => !String(c.body.filename).startsWith('pacer-trend-'));

async function openHome(): Promise<void> {
  const http = await t.event({ type: 'app_home_opened', user: REP.id, channel: 'D0HOME', tab: 'home' });
  expect(http.status).toBe(200);
  await t.settled();
}

describe('App Home month chart', () => {
  it('publishes at once, then again with the chart after the three-step upload', async () => {
    await openHome();
    const [first, second] = publishes();
    // The tab is there before any chart work: the first publish has no image.
    expect(first && chartOf(first)).toBeUndefined();
    const steps = t.standIn
      .calls()
      .map((c) => c.method)
      .filter((m) => ['files.getUploadURLExternal', 'upload', 'files.completeUploadExternal'].includes(m));
    // The month chart, then the weekly trend: three steps each.
    const threeSteps = ['files.getUploadURLExternal', 'upload', 'files.completeUploadExternal'];
    expect(steps).toEqual([...threeSteps, ...threeSteps]);
    const upload = t.standIn.calls('files.getUploadURLExternal')[0]!;
    const fileId = String(upload.response.file_id);
    const complete = t.standIn.calls('files.completeUploadExternal')[0]!;
    expect(complete.response.ok).toBe(true);
    // A private upload: shared in no channel.
    expect(complete.body.channel_id).toBeUndefined();
    expect(second?.response.ok).toBe(true);
    const image = chartOf(second!);
    expect(image?.slack_file).toEqual({ id: fileId });
    expect(image?.alt_text).toBe(
      'This month · November 2026: cumulative revenue by day, $8,000 so far against a target of $10,000 and a stretch of $14,000.',
    );
    // The file is a completed 800×400 PNG.
    const client = new WebClient('xoxb-test-token', { slackApiUrl: t.standIn.url });
    const info = await client.files.info({ file: fileId });
    const bytes = await fetch(String(info.file?.url_private_download), {
      headers: { authorization: 'Bearer xoxb-test-token' },
    });
    expect(pngSize(Buffer.from(await bytes.arrayBuffer()))).toEqual({ width: 800, height: 400 });
    // Under it, the last eight weeks against each week's target, this week (ISO 48) last.
    const trend = imagesOf(second!)[1];
    expect(trend?.alt_text).toMatch(
      /^Your last 8 weeks: revenue each week against the week’s target\. W41: /,
    );
    // The month target ($10,000) is shared over November's working days; October had none.
    expect(trend?.alt_text).toContain('W44: $0, no target. W45: $0 of $2,380.96.');
    expect(trend?.alt_text).toMatch(/W48: \$8,000 of \$2,380\.95\.$/);
    expect(t.standIn.files.image(trend!.slack_file!.id)?.name).toBe('pacer-trend-2026-W48.png');
  });

  it('shows the uploaded chart at once on the next open, and draws a new one only when the figures change', async () => {
    await openHome();
    await openHome();
    const third = publishes()[2]!;
    expect(chartOf(third)?.slack_file?.id).toBe(String(monthUploads()[0]!.response.file_id));
    expect(imagesOf(third)).toHaveLength(2);
    expect(publishes()).toHaveLength(3);
    expect(t.standIn.calls('files.getUploadURLExternal')).toHaveLength(2);
    await t.command(REP.id, '/deal', '1,000 Initech');
    // The deal refreshes the open tab; its figures changed, so a new chart is drawn and shown.
    const shown = await t.standIn.waitForCall(
      (c) => c.method === 'views.publish' && Boolean(chartOf(c)?.alt_text?.includes('$9,000 so far')),
    );
    expect(shown.response.ok).toBe(true);
    // This week's bar changed too: both charts are new.
    expect(t.standIn.calls('files.getUploadURLExternal')).toHaveLength(4);
  });

  it('deletes the chart it replaced once the tab shows the new one, and only that one', async () => {
    await openHome();
    const oldIds = t.standIn.calls('files.getUploadURLExternal').map((c) => String(c.response.file_id));
    const oldId = String(monthUploads()[0]!.response.file_id);
    await t.command(REP.id, '/deal', '1,000 Initech');
    const deleted = await t.standIn.waitForCall((c) => c.method === 'files.delete' && c.body.file === oldId);
    expect(deleted.response.ok).toBe(true);
    // The trend's old file goes too, and nothing else.
    const trendDeleted = await t.standIn.waitForCall(
      (c) => c.method === 'files.delete' && c.body.file !== oldId,
    );
    expect(oldIds).toContain(trendDeleted.body.file);
    // The new chart went up before the old one went: the tab never showed a deleted file.
    const newId = String(monthUploads()[1]!.response.file_id);
    const withNew = t.standIn
      .calls()
      .findIndex((c) => c.method === 'views.publish' && chartOf(c)?.slack_file?.id === newId);
    expect(withNew).toBeGreaterThanOrEqual(0);
    expect(withNew).toBeLessThan(t.standIn.calls().indexOf(deleted));
    expect(t.standIn.files.image(oldId)).toBeNull();
    expect(t.standIn.files.image(newId)).not.toBeNull();
    // An unchanged chart is neither uploaded nor deleted again.
    await openHome();
    expect(t.standIn.calls('files.delete')).toHaveLength(2);
    expect(chartOf(publishes().at(-1)!)?.slack_file?.id).toBe(newId);
  });

  it('keeps showing the new chart when deleting the old one fails, and logs it', async () => {
    await openHome();
    t.standIn.failNext('files.delete', { error: 'internal_error' });
    await t.command(REP.id, '/deal', '1,000 Initech');
    await t.standIn.waitForCall((c) => c.method === 'files.delete');
    // The refresh after a deal runs on its own: its log line comes once Slack's answer is read.
    await vi.waitFor(() =>
      expect(t.logs.some((line) => line.includes('could not delete the old Home chart'))).toBe(true),
    );
    expect(chartOf(publishes().at(-1)!)?.alt_text).toContain('$9,000 so far');
  });

  it('publishes the tab without a chart when the upload fails, logs it, and tries again on the next open', async () => {
    t.standIn.failNext('upload', { status: 500 });
    await openHome();
    expect(publishes()[0]!.response.ok).toBe(true);
    expect(chartOf(publishes()[0]!)).toBeUndefined();
    // The month chart's upload failed; the trend's went through and is shown alone.
    expect(imagesOf(publishes().at(-1)!).map((i) => i.alt_text?.split(':')[0])).toEqual([
      'Your last 8 weeks',
    ]);
    expect(t.standIn.calls('files.completeUploadExternal')).toHaveLength(1);
    expect(t.logs.some((line) => line.includes('could not draw or upload the Home chart (month)'))).toBe(
      true,
    );
    await openHome();
    expect(imagesOf(publishes().at(-1)!).map((i) => i.alt_text?.split(':')[0])).toEqual([
      'This month · November 2026',
      'Your last 8 weeks',
    ]);
  });
});
