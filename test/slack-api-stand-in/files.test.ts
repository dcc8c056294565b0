import { WebClient } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SlackApiStandIn, startSlackApiStandIn } from '../../src/slack-api-stand-in/index.js';

const TOKEN = 'xoxb-test-token';
let standIn: SlackApiStandIn;
let client: WebClient;
beforeEach(async () => {
  standIn = await startSlackApiStandIn({ botToken: TOKEN, users: [{ id: 'UANA', name: 'ana' }] });
  client = new WebClient(TOKEN, { slackApiUrl: standIn.url, retryConfig: { retries: 0 } });
});
afterEach(() => standIn.close());

const slackError = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: { data?: { error?: string } }) => error.data?.error,
  );

describe('files in the stand-in (the upload flow after files.upload)', () => {
  it('shares a file only after exactly the announced bytes were posted to its upload URL', async () => {
    const bytes = Buffer.from('\ufeffa,b\r\n1,2\r\n');
    const target = await client.files.getUploadURLExternal({ filename: 'x.csv', length: bytes.length });
    expect(target.upload_url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/upload\//);
    const complete = () =>
      client.files.completeUploadExternal({
        files: [{ id: target.file_id!, title: 'X' }],
        channel_id: 'DANA',
      });
    // Not uploaded yet: Slack knows no such file to complete.
    expect(await slackError(complete())).toBe('file_not_found');
    const short = await fetch(target.upload_url!, { method: 'POST', body: bytes.subarray(1) });
    expect(short.status).toBe(400);
    expect(await slackError(complete())).toBe('file_not_found');
    const posted = await fetch(target.upload_url!, { method: 'POST', body: bytes });
    expect(await posted.text()).toBe(`OK - ${bytes.length}`);
    expect(await slackError(complete())).toBe('ok');
    expect(standIn.files.sharedIn('UANA')).toMatchObject([{ name: 'x.csv', title: 'X', bytes }]);
    // Completed once: a second completion, or more bytes, are refused.
    expect(await slackError(complete())).toBe('file_not_found');
    expect((await fetch(target.upload_url!, { method: 'POST', body: bytes })).status).toBe(404);
  });

  it('refuses a missing length or name and an unknown file id', async () => {
    expect(await slackError(client.apiCall('files.getUploadURLExternal', { filename: 'x.csv' }))).toBe(
      'invalid_arguments',
    );
    expect(await slackError(client.files.getUploadURLExternal({ filename: '', length: 3 }))).toBe(
      'invalid_arguments',
    );
    expect(
      await slackError(
        client.files.completeUploadExternal({ files: [{ id: 'F0NOPE' }], channel_id: 'DANA' }),
      ),
    ).toBe('file_not_found');
  });

  it('serves a shared file at url_private_download to the bot token only', async () => {
    const file = standIn.files.share('UANA', 'DANA', 'deals.csv', Buffer.from('a,b'));
    const url = String(file.url_private_download);
    expect((await fetch(url)).status).toBe(403);
    const ok = await fetch(url, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(await ok.text()).toBe('a,b');
    expect((await client.files.info({ file: String(file.id) })).file).toMatchObject({
      name: 'deals.csv',
      size: 3,
    });
    standIn.files.remove(String(file.id));
    expect(await slackError(client.files.info({ file: String(file.id) }))).toBe('file_not_found');
  });
});
