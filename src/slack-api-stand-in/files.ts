import type { MethodHandler, MethodResult } from './methods.js';
import { bearerToken } from './request-body.js';

/**
 * Files the way Slack handles them since files.upload was retired (2025): the app asks for an upload
 * URL with the file's name and exact length (files.getUploadURLExternal), POSTs the bytes there, then
 * shares it with files.completeUploadExternal. The stand-in keeps Slack's rules: the bytes must be
 * exactly the length announced, a file is shared only once its bytes arrived, an unknown or already
 * completed file is refused. Members share files too (`share`, for a CSV sent to Pacer's DM); apps read
 * them from url_private_download with their bot token, as in Slack.
 */

export interface StoredFile {
  id: string;
  name: string;
  title: string;
  /** As announced in files.getUploadURLExternal (bytes). */
  length: number;
  bytes: Buffer | null;
  /** The member who shared it, or the bot. */
  user: string;
  completed: boolean;
  /** files.delete was called: Slack then shows it nowhere and answers file_deleted to a second delete. */
  deleted?: boolean;
  channels: string[];
  initialComment?: string;
}

/** What a completed upload looks like to a test. */
export interface SharedFile {
  id: string;
  name: string;
  title: string;
  user: string;
  channels: string[];
  initialComment?: string;
  bytes: Buffer;
}

const mimetype = (name: string) =>
  name.toLowerCase().endsWith('.csv')
    ? 'text/csv'
    : name.toLowerCase().endsWith('.png')
      ? 'image/png'
      : 'application/octet-stream';

const MAX_UPLOAD_BYTES = 1024 * 1024 * 1024; // Slack's 1 GB per file

export class FileStore {
  readonly #files = new Map<string, StoredFile>();
  #counter = 0;

  constructor(
    private readonly origin: () => string,
    private readonly teamId: string,
  ) {}

  nextId(): string {
    this.#counter += 1;
    return `F${String(this.#counter).padStart(10, '0')}`;
  }

  get(id: string): StoredFile | undefined {
    return this.#files.get(id);
  }

  add(file: StoredFile): void {
    this.#files.set(file.id, file);
  }

  remove(id: string): boolean {
    return this.#files.delete(id);
  }

  /** A file Slack can show (in an image block, a download, files.info): completed and not deleted. */
  shown(id: unknown): StoredFile | undefined {
    const file = typeof id === 'string' ? this.#files.get(id) : undefined;
    return file?.completed && !file.deleted ? file : undefined;
  }

  uploadUrl(id: string): string {
    return `${this.origin()}/upload/v1/${id}`;
  }

  downloadUrl(file: StoredFile): string {
    return `${this.origin()}/files-pri/${this.teamId}-${file.id}/download/${encodeURIComponent(file.name)}`;
  }

  /** Slack's file object, as files.info, completeUploadExternal and message events carry it. */
  object(file: StoredFile): Record<string, unknown> {
    const dot = file.name.lastIndexOf('.');
    return {
      id: file.id,
      name: file.name,
      title: file.title,
      user: file.user,
      size: file.length,
      filetype: dot > 0 ? file.name.slice(dot + 1).toLowerCase() : 'binary',
      mimetype: mimetype(file.name),
      url_private: this.downloadUrl(file),
      url_private_download: this.downloadUrl(file),
      channels: file.channels,
    };
  }

  /** Completed uploads in a channel (a DM: the D… id), oldest first. */
  sharedIn(channel: string): SharedFile[] {
    return [...this.#files.values()]
      .filter((f) => f.completed && !f.deleted && f.channels.includes(channel) && f.bytes)
      .map((f) => ({
        id: f.id,
        name: f.name,
        title: f.title,
        user: f.user,
        channels: [...f.channels],
        ...(f.initialComment ? { initialComment: f.initialComment } : {}),
        bytes: Buffer.from(f.bytes!),
      }));
  }

  /** A member shares a file in a channel (e.g. Pacer's DM): returns Slack's file object for the event. */
  share(user: string, channel: string, name: string, bytes: Buffer): Record<string, unknown> {
    const file: StoredFile = {
      id: this.nextId(),
      name,
      title: name,
      length: bytes.length,
      bytes: Buffer.from(bytes),
      user,
      completed: true,
      channels: [channel],
    };
    this.add(file);
    return this.object(file);
  }
}

const fail = (error: string, reason?: string): MethodResult =>
  reason
    ? { ok: false, error, response_metadata: { messages: [`[ERROR] ${reason}`] } }
    : { ok: false, error };

function filesArgument(value: unknown): Array<{ id?: unknown; title?: unknown }> | null {
  let parsed = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      return null;
    }
  }
  return Array.isArray(parsed) && parsed.every((f) => typeof f === 'object' && f !== null) ? parsed : null;
}

type Json = Record<string, unknown>;

/** Every `slack_file` an image block or an image element (in a context block) of `blocks` names. */
function slackFiles(blocks: unknown): { id?: unknown; url?: unknown }[] {
  if (!Array.isArray(blocks)) return [];
  const found: { id?: unknown; url?: unknown }[] = [];
  const visit = (item: unknown) => {
    if (typeof item !== 'object' || item === null) return;
    const block = item as Json;
    if (block.type === 'image' && typeof block.slack_file === 'object' && block.slack_file !== null)
      found.push(block.slack_file as Json);
    if (Array.isArray(block.elements)) block.elements.forEach(visit);
  };
  blocks.forEach(visit);
  return found;
}

/**
 * Slack refuses a message or view whose image names a file it cannot show (unknown, an upload not
 * completed, or deleted) as invalid blocks. A `slack_file.url` is not checked: Pacer only sends ids.
 */
export function slackFileRefusal(store: FileStore, blocks: unknown): MethodResult | null {
  for (const file of slackFiles(blocks)) {
    if (typeof file.id !== 'string' && typeof file.url === 'string') continue;
    if (!store.shown(file.id))
      return fail('invalid_blocks', `invalid slack file [json-pointer:/blocks] (${String(file.id)})`);
  }
  return null;
}

const MESSAGE_METHODS = ['chat.postMessage', 'chat.postEphemeral', 'chat.update'];
const VIEW_METHODS = ['views.publish', 'views.open', 'views.push', 'views.update'];

/** The message and view methods of `methods`, refusing images of files the store cannot show. */
export function withSlackFileCheck(
  store: FileStore,
  methods: Record<string, MethodHandler>,
): Record<string, MethodHandler> {
  const guarded: Record<string, MethodHandler> = {};
  for (const name of [...MESSAGE_METHODS, ...VIEW_METHODS]) {
    const handler = methods[name];
    if (!handler) continue;
    const blocksOf = (body: Json) =>
      VIEW_METHODS.includes(name) ? (body.view as Json | undefined)?.blocks : body.blocks;
    guarded[name] = (state, body) => slackFileRefusal(store, blocksOf(body)) ?? handler(state, body);
  }
  return guarded;
}

/** files.getUploadURLExternal, files.completeUploadExternal, files.info and files.delete over a FileStore. */
export function fileMethods(store: FileStore, botUserId: string): Record<string, MethodHandler> {
  return {
    'files.getUploadURLExternal': (_state, body) => {
      const filename = typeof body.filename === 'string' ? body.filename.trim() : '';
      const length = Number(body.length);
      if (!filename) return fail('invalid_arguments', 'missing required field: filename');
      if (body.length === undefined || body.length === '')
        return fail('invalid_arguments', 'missing required field: length');
      if (!Number.isSafeInteger(length) || length <= 0)
        return fail('invalid_arguments', 'length must be a positive integer');
      if (length > MAX_UPLOAD_BYTES) return fail('file_upload_size_restricted');
      const id = store.nextId();
      store.add({
        id,
        name: filename,
        title: filename,
        length,
        bytes: null,
        user: botUserId,
        completed: false,
        channels: [],
      });
      return { ok: true, upload_url: store.uploadUrl(id), file_id: id };
    },
    'files.completeUploadExternal': (state, body) => {
      const files = filesArgument(body.files);
      if (!files || files.length === 0)
        return fail('invalid_arguments', 'files must be a JSON array of {id, title}');
      const channel = typeof body.channel_id === 'string' ? state.resolveChannel(body.channel_id) : '';
      const stored: StoredFile[] = [];
      for (const f of files) {
        const file = typeof f.id === 'string' ? store.get(f.id) : undefined;
        // Never uploaded, not all its bytes arrived, or shared already: Slack knows no such pending file.
        if (!file?.bytes || file.completed) return fail('file_not_found');
        stored.push(file);
      }
      for (const [i, file] of stored.entries()) {
        const title = files[i]!.title;
        if (typeof title === 'string' && title) file.title = title;
        file.completed = true;
        if (channel) file.channels.push(channel);
        if (typeof body.initial_comment === 'string') file.initialComment = body.initial_comment;
      }
      return { ok: true, files: stored.map((f) => ({ id: f.id, title: f.title })) };
    },
    'files.info': (_state, body) => {
      const file = typeof body.file === 'string' ? store.get(body.file) : undefined;
      if (file?.deleted) return fail('file_deleted');
      if (!file?.completed) return fail('file_not_found');
      return { ok: true, file: store.object(file) };
    },
    // Slack's rules for a bot token: only the bot's own files (a member's is cant_delete_file), an
    // unknown or never completed one is file_not_found, a second delete is file_deleted.
    'files.delete': (_state, body) => {
      if (typeof body.file !== 'string' || !body.file)
        return fail('invalid_arguments', 'missing required field: file');
      const file = store.get(body.file);
      if (!file?.completed) return fail('file_not_found');
      if (file.deleted) return fail('file_deleted');
      if (file.user !== botUserId) return fail('cant_delete_file');
      file.deleted = true;
      return { ok: true };
    },
  };
}

export interface FileRouteReply {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

const text = (status: number, body: string): FileRouteReply => ({
  status,
  headers: { 'content-type': 'text/plain; charset=utf-8' },
  body: Buffer.from(body),
});

/**
 * The upload URL (POST the bytes) and the private download URL (GET with the bot token); null for
 * any other path. Slack answers an upload with `OK - <bytes>`.
 */
export function fileRoute(
  store: FileStore,
  request: { httpMethod: string; path: string; authorization?: string | undefined; raw: Buffer },
  botToken: string,
): FileRouteReply | null {
  const upload = /^\/upload\/v1\/(F\w+)$/.exec(request.path);
  if (upload) {
    if (request.httpMethod !== 'POST') return text(405, 'method not allowed');
    const file = store.get(upload[1]!);
    if (!file || file.completed) return text(404, 'file not found');
    const bytes = multipartFile(request.raw) ?? request.raw;
    if (bytes.length !== file.length)
      return text(400, `length mismatch: announced ${file.length}, got ${bytes.length}`);
    file.bytes = Buffer.from(bytes);
    return text(200, `OK - ${bytes.length}`);
  }
  const download = /^\/files-pri\/[\w]+-(F\w+)\/download\/[^/]+$/.exec(request.path);
  if (download) {
    if (request.httpMethod !== 'GET') return text(405, 'method not allowed');
    if (bearerToken(request.authorization) !== botToken) return text(403, 'forbidden');
    const file = store.shown(download[1]!);
    if (!file?.bytes) return text(404, 'file not found');
    return { status: 200, headers: { 'content-type': mimetype(file.name) }, body: file.bytes };
  }
  return null;
}

/** The bytes of the one file in a multipart/form-data body (Slack's SDKs send that), or null. */
function multipartFile(raw: Buffer): Buffer | null {
  if (!raw.subarray(0, 2).equals(Buffer.from('--'))) return null;
  const lineEnd = raw.indexOf('\r\n');
  if (lineEnd < 0) return null;
  const boundary = raw.subarray(0, lineEnd);
  const headersEnd = raw.indexOf('\r\n\r\n', lineEnd);
  const closing = raw.indexOf(Buffer.concat([Buffer.from('\r\n'), boundary]), headersEnd);
  if (headersEnd < 0 || closing < 0) return null;
  return raw.subarray(headersEnd + 4, closing);
}
