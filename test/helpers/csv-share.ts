import type { RecordedCall } from '../../src/slack-api-stand-in/index.js';
import type { TestPacer } from './test-pacer.js';

let shareCount = 0;
/** An admin (or anyone) sends a CSV to Pacer's DM: the file_share event Slack delivers. */
export async function sendFile(
  t: TestPacer,
  userId: string,
  name: string,
  bytes: Buffer,
): Promise<RecordedCall> {
  const channel = `D${userId.slice(1)}`;
  const file = t.standIn.files.share(userId, channel, name, bytes);
  const since = t.standIn.calls('chat.postMessage').length;
  await t.event({
    type: 'message',
    subtype: 'file_share',
    channel,
    channel_type: 'im',
    user: userId,
    text: '',
    ts: `1764082800.${String(++shareCount).padStart(6, '0')}`,
    files: [file],
  });
  return t.standIn.waitForCall(
    (c) =>
      c.method === 'chat.postMessage' &&
      c.body.channel === channel &&
      t.standIn.calls('chat.postMessage').indexOf(c) >= since,
    5_000,
  );
}
