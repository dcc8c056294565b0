import type { Clock } from '../clock.js';
import type { RecordedCall } from '../slack-api-stand-in/index.js';
import { dmChannelOf } from './people.js';

type Json = Record<string, unknown>;

/** A message as the page shows it: what Pacer sent, with Slack's edits, deletions and replacements applied. */
export interface ShownMessage {
  /** Unique in the page: the ts for channel messages, `e…` for ephemeral ones. */
  id: string;
  channel: string;
  ts: string;
  text: string;
  blocks?: unknown[];
  /** Set for "Only visible to you" messages: who sees it. */
  ephemeralFor?: string;
  edited?: boolean;
  /** Files shared with the message (files.completeUploadExternal), as Slack shows them under it. */
  files?: ShownFile[];
  /** Simulated time it arrived (ISO). */
  at: string;
}

export interface ShownFile {
  id: string;
  name: string;
  title: string;
  /** Bytes, as announced in files.getUploadURLExternal. */
  size: number;
}

export interface OpenView {
  id: string;
  hash: string;
  view: Json;
  /** `response_action: errors` from the last submission, by block_id. */
  errors: Record<string, string>;
}

/** One row of the "Slack calls" panel: a Web API call, a response_url post or an ack body. */
export interface PanelCall {
  n: number;
  at: string;
  method: string;
  args: Json;
  answer: Json;
  ok: boolean;
}

/** Where a response_url points: who clicked or typed, in which channel, on which message. */
export interface ResponseContext {
  user: string;
  channel: string;
  sourceId?: string;
}

const MAX_EPHEMERAL_PER_USER = 60;
const MAX_CALLS = 400;

/**
 * What the page shows, built only from what Pacer sent: stand-in calls (chat.*, views.*,
 * response_url posts) and the bodies Pacer answered requests with (slash-command acks, modal
 * response_action). The page never asks Pacer's modules for anything.
 */
export class WorkspaceView {
  readonly #messages: ShownMessage[] = [];
  readonly #views = new Map<string, OpenView[]>();
  readonly #home = new Map<string, Json>();
  /** Uploads asked for (files.getUploadURLExternal) and not shared yet, by file id. */
  readonly #uploads = new Map<string, ShownFile>();
  readonly #calls: PanelCall[] = [];
  readonly #responses = new Map<string, ResponseContext>();
  readonly #triggers = new Map<string, string>();
  readonly #listeners = new Set<(kind: 'state' | 'call', call?: PanelCall) => void>();
  #callCounter = 0;
  #homeSeq = 0;
  #ephemeralCounter = 0;

  constructor(private readonly clock: Clock) {}

  onChange(listener: (kind: 'state' | 'call', call?: PanelCall) => void): () => void {
    this.#listeners.add(listener);
    return () => void this.#listeners.delete(listener);
  }

  #changed(): void {
    for (const l of this.#listeners) l('state');
  }

  #logCall(method: string, args: Json, answer: Json): void {
    const call: PanelCall = {
      n: ++this.#callCounter,
      at: this.clock.now().toISOString(),
      method,
      args,
      answer,
      ok: answer.ok !== false,
    };
    this.#calls.push(call);
    if (this.#calls.length > MAX_CALLS) this.#calls.splice(0, this.#calls.length - MAX_CALLS);
    for (const l of this.#listeners) l('call', call);
  }

  registerResponseUrl(id: string, context: ResponseContext): void {
    this.#responses.set(id, context);
  }

  registerTrigger(triggerId: string, user: string): void {
    this.#triggers.set(triggerId, user);
  }

  /** A stand-in call: recorded for the panel, and applied to the page when Slack accepted it. */
  applyCall(call: RecordedCall): void {
    const { method, body, response } = call;
    if (method === 'response_url') {
      const { responseId, ...args } = body;
      this.#logCall('response_url', args, response);
      const context = this.#responses.get(String(responseId));
      if (response.ok === true && context) this.applyResponse(context, args);
      return;
    }
    this.#logCall(method, withoutToken(body), response);
    if (response.ok !== true) return;
    switch (method) {
      case 'chat.postMessage':
        this.#add({
          channel: String(response.channel),
          ts: String(response.ts),
          text: str(body.text),
          blocks: blocksOf(body),
        });
        break;
      case 'chat.postEphemeral':
        this.#add({
          channel: resolveChannel(str(body.channel)),
          ts: String(response.message_ts),
          text: str(body.text),
          blocks: blocksOf(body),
          ephemeralFor: str(body.user),
        });
        break;
      case 'chat.update': {
        const shown = this.#find(String(response.channel), String(response.ts));
        if (shown) {
          if (typeof body.text === 'string') shown.text = body.text;
          if (Array.isArray(body.blocks)) shown.blocks = body.blocks;
          shown.edited = true;
          this.#changed();
        }
        break;
      }
      case 'chat.delete': {
        const index = this.#messages.findIndex(
          (m) => m.channel === response.channel && m.ts === response.ts && !m.ephemeralFor,
        );
        if (index >= 0) this.#messages.splice(index, 1);
        this.#changed();
        break;
      }
      case 'views.open':
      case 'views.push': {
        const user = this.#triggers.get(str(body.trigger_id));
        if (!user) break;
        const view = response.view as Json;
        const opened: OpenView = {
          id: String(view.id),
          hash: String(view.hash),
          view: body.view as Json,
          errors: {},
        };
        const stack = method === 'views.open' ? [] : (this.#views.get(user) ?? []);
        this.#views.set(user, [...stack, opened]);
        this.#changed();
        break;
      }
      case 'views.update': {
        const view = response.view as Json;
        for (const stack of this.#views.values()) {
          const shown = stack.find((v) => v.id === view.id);
          if (shown) {
            shown.view = body.view as Json;
            shown.hash = String(view.hash);
            shown.errors = {};
          }
        }
        this.#changed();
        break;
      }
      case 'views.publish': {
        // Kept with the id and hash Slack gave it: a click on the tab names the view it came from,
        // and the page tells a fresh publish from the one it had.
        const published = response.view as Json;
        // `seq` orders publishes: the page keeps the newest whichever way (answer or stream) it came.
        this.#home.set(str(body.user_id), {
          ...(body.view as Json),
          id: published.id,
          hash: published.hash,
          seq: ++this.#homeSeq,
        });
        this.#changed();
        break;
      }
      case 'files.getUploadURLExternal': {
        const id = String(response.file_id);
        const name = str(body.filename);
        this.#uploads.set(id, { id, name, title: name, size: Number(body.length) });
        break;
      }
      case 'files.completeUploadExternal':
        this.#shareFiles(body);
        break;
    }
  }

  /** Slack shows shared files as a message in the channel, under the initial comment. */
  #shareFiles(body: Json): void {
    const channel = resolveChannel(str(body.channel_id));
    if (!channel) return;
    let listed: unknown = body.files;
    if (typeof listed === 'string') {
      try {
        listed = JSON.parse(listed);
      } catch {
        return;
      }
    }
    const files: ShownFile[] = [];
    for (const f of Array.isArray(listed) ? (listed as Json[]) : []) {
      const upload = this.#uploads.get(str(f.id));
      if (!upload) continue;
      this.#uploads.delete(upload.id);
      files.push({ ...upload, title: str(f.title) || upload.title });
    }
    if (files.length === 0) return;
    this.#add({ channel, ts: `${Date.now() / 1000}`, text: str(body.initial_comment), files });
  }

  /** A slash command's ack body: Slack shows it like a response_url post. */
  applyAck(context: ResponseContext, label: string, body: Json): void {
    this.#logCall(label, {}, body);
    this.applyResponse(context, body);
  }

  /** A response_url post (or an ack): replace or delete the message it came from, or add a new one. */
  applyResponse(context: ResponseContext, body: Json): void {
    const source = context.sourceId ? this.#messages.find((m) => m.id === context.sourceId) : undefined;
    if (body.delete_original === true) {
      if (source) this.#messages.splice(this.#messages.indexOf(source), 1);
    } else if (body.replace_original === true && source) {
      source.text = str(body.text);
      source.blocks = blocksOf(body);
      source.edited = !source.ephemeralFor;
    } else if (typeof body.text === 'string' || Array.isArray(body.blocks)) {
      this.#add({
        channel: context.channel,
        ts: `${Date.now() / 1000}`,
        text: str(body.text),
        blocks: blocksOf(body),
        ...(body.response_type === 'in_channel' ? {} : { ephemeralFor: context.user }),
      });
      return;
    }
    this.#changed();
  }

  /** The modal on top for `user`, if any. */
  topView(user: string): OpenView | undefined {
    return this.#views.get(user)?.at(-1);
  }

  /** What Slack does with the answer to a view_submission. */
  applySubmissionAnswer(user: string, viewId: string, answer: Json): void {
    this.#logCall('view_submission ack', {}, answer);
    const stack = this.#views.get(user) ?? [];
    const index = stack.findIndex((v) => v.id === viewId);
    const action = answer.response_action;
    if (action === 'errors') {
      if (index >= 0) stack[index]!.errors = (answer.errors as Record<string, string>) ?? {};
    } else if (action === 'update' && index >= 0) {
      stack[index] = { ...stack[index]!, view: answer.view as Json, errors: {} };
    } else if (action === 'push') {
      stack.push({ id: `${viewId}-pushed-${stack.length}`, hash: '', view: answer.view as Json, errors: {} });
    } else if (action === 'clear') {
      stack.length = 0;
    } else if (index >= 0) {
      stack.splice(index);
    }
    this.#views.set(user, stack);
    this.#changed();
  }

  closeView(user: string, viewId: string): void {
    const stack = this.#views.get(user) ?? [];
    const index = stack.findIndex((v) => v.id === viewId);
    if (index >= 0) stack.splice(index);
    this.#changed();
  }

  /** The Home tab last published for `user`, if any. */
  home(user: string): Json | undefined {
    return this.#home.get(user);
  }

  message(id: string): ShownMessage | undefined {
    return this.#messages.find((m) => m.id === id);
  }

  /** Forgets what Slack forgets on a reload: ephemeral messages and open modals. */
  forgetTransient(): void {
    for (let i = this.#messages.length - 1; i >= 0; i--)
      if (this.#messages[i]!.ephemeralFor) this.#messages.splice(i, 1);
    this.#views.clear();
    this.#changed();
  }

  snapshot(): { messages: ShownMessage[]; views: Record<string, OpenView[]>; home: Record<string, Json> } {
    return {
      messages: this.#messages,
      views: Object.fromEntries(this.#views),
      home: Object.fromEntries(this.#home),
    };
  }

  calls(): PanelCall[] {
    return this.#calls;
  }

  #add(message: Omit<ShownMessage, 'id' | 'at'>): void {
    const id = message.ephemeralFor ? `e${++this.#ephemeralCounter}` : `${message.channel}-${message.ts}`;
    const shown: ShownMessage = { ...message, id, at: this.clock.now().toISOString() };
    if (!shown.blocks) delete shown.blocks;
    this.#messages.push(shown);
    if (message.ephemeralFor) this.#trimEphemeral(message.ephemeralFor);
    this.#changed();
  }

  #trimEphemeral(user: string): void {
    const mine = this.#messages.filter((m) => m.ephemeralFor === user);
    for (const old of mine.slice(0, Math.max(0, mine.length - MAX_EPHEMERAL_PER_USER))) {
      this.#messages.splice(this.#messages.indexOf(old), 1);
    }
  }

  #find(channel: string, ts: string): ShownMessage | undefined {
    return this.#messages.find((m) => m.channel === channel && m.ts === ts && !m.ephemeralFor);
  }
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function blocksOf(body: Json): unknown[] | undefined {
  return Array.isArray(body.blocks) ? body.blocks : undefined;
}

function resolveChannel(channel: string): string {
  return /^[UW][A-Z0-9]+$/.test(channel) ? dmChannelOf(channel) : channel;
}

/** The panel shows arguments without the bot token. */
function withoutToken(body: Json): Json {
  const { token: _token, ...rest } = body;
  return rest;
}
