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

describe('images of uploaded files in blocks (slack_file)', () => {
  const png = Buffer.from('\x89PNG fake chart bytes', 'latin1');
  const image = (id: string) => ({ type: 'image', slack_file: { id }, alt_text: 'Revenue this month' });
  const pending = async () => {
    const target = await client.files.getUploadURLExternal({ filename: 'c.png', length: png.length });
    return target;
  };
  const completed = async () => {
    const target = await pending();
    await fetch(target.upload_url!, { method: 'POST', body: png });
    // A bot upload completed without a channel: private to the app, yet an image block may show it.
    await client.files.completeUploadExternal({ files: [{ id: target.file_id!, title: 'Chart' }] });
    return target.file_id!;
  };
  const everywhere = (blocks: unknown[]) => ({
    post: slackError(client.chat.postMessage({ channel: 'UANA', text: 'chart', blocks: blocks as never })),
    ephemeral: slackError(
      client.chat.postEphemeral({ channel: 'C1', user: 'UANA', text: 'chart', blocks: blocks as never }),
    ),
    publish: slackError(
      client.views.publish({ user_id: 'UANA', view: { type: 'home', blocks: blocks as never } }),
    ),
    open: slackError(
      client.views.open({
        trigger_id: 't1',
        view: { type: 'modal', title: { type: 'plain_text', text: 'Chart' }, blocks: blocks as never },
      }),
    ),
  });
  const outcomes = async (blocks: unknown[]) => {
    const calls = everywhere(blocks);
    return {
      post: await calls.post,
      ephemeral: await calls.ephemeral,
      publish: await calls.publish,
      open: await calls.open,
    };
  };

  it('shows a completed upload, even one shared in no channel', async () => {
    const id = await completed();
    expect(await outcomes([image(id)])).toEqual({ post: 'ok', ephemeral: 'ok', publish: 'ok', open: 'ok' });
    expect(standIn.files.sharedIn('UANA')).toEqual([]);
    // Served as a PNG to the bot token (the playground shows it from there).
    const info = await client.files.info({ file: id });
    expect(info.file).toMatchObject({ mimetype: 'image/png', channels: [] });
  });

  it('refuses an unknown file or an upload not completed as invalid_blocks, in messages and views', async () => {
    const refusedEverywhere = {
      post: 'invalid_blocks',
      ephemeral: 'invalid_blocks',
      publish: 'invalid_blocks',
      open: 'invalid_blocks',
    };
    expect(await outcomes([image('F0NOPE')])).toEqual(refusedEverywhere);
    const notYet = await pending();
    expect(await outcomes([image(notYet.file_id!)])).toEqual(refusedEverywhere);
    await fetch(notYet.upload_url!, { method: 'POST', body: png });
    // Bytes arrived but never completed: still no file Slack can show.
    expect(await outcomes([image(notYet.file_id!)])).toEqual(refusedEverywhere);
    // An image element in a context block is checked too.
    const context = [{ type: 'context', elements: [image('F0NOPE')] }];
    expect((await outcomes(context)).post).toBe('invalid_blocks');
  });

  it('deletes the bot its own files only (files.delete), and a deleted file is shown nowhere', async () => {
    const id = await completed();
    const remove = (file: string) => slackError(client.files.delete({ file }));
    expect(await remove('F0NOPE')).toBe('file_not_found');
    const notYet = await pending();
    expect(await remove(notYet.file_id!)).toBe('file_not_found');
    // A member's file: a bot token cannot delete it.
    const members = standIn.files.share('UANA', 'DANA', 'deals.csv', Buffer.from('a,b'));
    expect(await remove(String(members.id))).toBe('cant_delete_file');
    expect((await client.files.info({ file: String(members.id) })).ok).toBe(true);
    expect(await remove(id)).toBe('ok');
    expect(await remove(id)).toBe('file_deleted');
    expect(await slackError(client.files.info({ file: id }))).toBe('file_deleted');
    expect(standIn.files.image(id)).toBeNull();
    // Refused like an unknown file wherever an image would show it.
    expect(await outcomes([image(id)])).toEqual({
      post: 'invalid_blocks',
      ephemeral: 'invalid_blocks',
      publish: 'invalid_blocks',
      open: 'invalid_blocks',
    });
  });

  it('refuses chat.update and views.update to an image of an unknown file, keeping what was there', async () => {
    const id = await completed();
    const posted = await client.chat.postMessage({
      channel: 'C1',
      text: 'chart',
      blocks: [image(id)] as never,
    });
    expect(
      await slackError(
        client.chat.update({ channel: 'C1', ts: posted.ts!, text: 'x', blocks: [image('F0NOPE')] as never }),
      ),
    ).toBe('invalid_blocks');
    expect(standIn.messages('C1')[0]?.blocks).toEqual([image(id)]);
    const opened = await client.views.open({
      trigger_id: 't1',
      view: { type: 'modal', title: { type: 'plain_text', text: 'Chart' }, blocks: [image(id)] as never },
    });
    expect(
      await slackError(
        client.views.update({
          view_id: opened.view!.id!,
          view: {
            type: 'modal',
            title: { type: 'plain_text', text: 'Chart' },
            blocks: [image('F0NOPE')] as never,
          },
        }),
      ),
    ).toBe('invalid_blocks');
  });
});
