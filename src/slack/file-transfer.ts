import type { WebClient } from '@slack/web-api';
import type { ImageUploader } from '../charts/chart-inputs.js';

/**
 * Files to and from Slack. Uploads go the current way (files.upload was retired): ask for an upload
 * URL for the exact length, POST the bytes there, then share the file in the channel with
 * files.completeUploadExternal. Downloads read url_private_download with the bot token (files:read).
 */

export class FileTransferError extends Error {
  constructor(
    /** Slack's error code, an HTTP status, or `too_large`. */
    readonly reason: string,
  ) {
    super(`file transfer failed: ${reason}`);
    this.name = 'FileTransferError';
  }
}

const slackError = (error: unknown): string =>
  (error as { data?: { error?: string } }).data?.error ??
  (error instanceof Error ? error.message : String(error));

/**
 * The three steps: an upload URL for the exact length, the bytes POSTed there, then
 * files.completeUploadExternal, which shares the file in `share.channel` when given. Without a
 * channel the file stays private to Pacer, which is what an image block (`slack_file`) shows.
 */
async function uploadFile(
  client: WebClient,
  file: { fileName: string; content: Buffer; title: string; altText?: string },
  share?: { channel: string; comment: string },
): Promise<string> {
  try {
    const target = await client.files.getUploadURLExternal({
      filename: file.fileName,
      length: file.content.length,
      ...(file.altText ? { alt_text: file.altText } : {}),
    });
    if (!target.upload_url || !target.file_id) throw new FileTransferError('no_upload_url');
    const posted = await fetch(target.upload_url, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: file.content,
      signal: AbortSignal.timeout(30_000),
    });
    if (!posted.ok) throw new FileTransferError(`upload HTTP ${posted.status}`);
    await client.files.completeUploadExternal({
      files: [{ id: target.file_id, title: file.title }],
      ...(share ? { channel_id: share.channel, initial_comment: share.comment } : {}),
    });
    return target.file_id;
  } catch (error) {
    if (error instanceof FileTransferError) throw error;
    throw new FileTransferError(slackError(error));
  }
}

/** Sends a file to a member's DM with Pacer; resolves once Slack has shared it. */
export async function sendFileByDm(
  client: WebClient,
  userId: string,
  file: { fileName: string; content: Buffer; comment: string },
): Promise<void> {
  let channel: string | undefined;
  try {
    const opened = await client.conversations.open({ users: userId });
    channel = opened.channel?.id;
  } catch (error) {
    throw new FileTransferError(slackError(error));
  }
  if (!channel) throw new FileTransferError('channel_not_found');
  await uploadFile(
    client,
    { fileName: file.fileName, content: file.content, title: file.fileName },
    { channel, comment: file.comment },
  );
}

/** Uploads chart PNGs for image blocks (`slack_file: { id }`); rejects with FileTransferError. */
export function slackImageUploader(client: WebClient): ImageUploader {
  return {
    async uploadImage(image) {
      const fileId = await uploadFile(client, {
        fileName: image.fileName,
        content: image.png,
        title: image.title,
        altText: image.altText,
      });
      return { fileId };
    },
    async deleteImage(fileId) {
      try {
        await client.files.delete({ file: fileId });
      } catch (error) {
        const reason = slackError(error);
        // Deleted already (by an admin, or a retry whose answer was lost): what was asked is done.
        if (reason === 'file_not_found' || reason === 'file_deleted') return;
        throw new FileTransferError(reason);
      }
    },
  };
}

/** A file someone shared, as Slack describes it in a message event or files.info. */
export interface SharedFileInfo {
  id: string;
  name: string;
  size: number;
  filetype?: string;
  url_private_download?: string;
}

/** The file's bytes; refused (`too_large`) past `maxBytes`, without reading the rest. */
export async function downloadFile(url: string, botToken: string, maxBytes: number): Promise<Buffer> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { authorization: `Bearer ${botToken}` },
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    throw new FileTransferError(slackError(error));
  }
  if (!response.ok || !response.body) throw new FileTransferError(`HTTP ${response.status}`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response.body) {
    size += chunk.length;
    // Leaving the loop by throwing cancels the stream: the rest is never downloaded.
    if (size > maxBytes) throw new FileTransferError('too_large');
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

/** files.info for a file id (the button on an import preview keeps only the id). */
export async function fileInfo(client: WebClient, id: string): Promise<SharedFileInfo | null> {
  try {
    const info = await client.files.info({ file: id });
    const f = info.file;
    if (!f?.id || !f.name) return null;
    return {
      id: f.id,
      name: f.name,
      size: f.size ?? 0,
      ...(f.filetype ? { filetype: f.filetype } : {}),
      ...(f.url_private_download ? { url_private_download: f.url_private_download } : {}),
    };
  } catch (error) {
    if (slackError(error) === 'file_not_found') return null;
    throw new FileTransferError(slackError(error));
  }
}
