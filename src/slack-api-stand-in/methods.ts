import { type Refusal, validateMessage, validateView } from '../slack/block-kit-limits.js';
import type { StoredMessage, WorkspaceState } from './workspace-state.js';

type Json = Record<string, unknown>;
export type MethodResult = Json & { ok: boolean };
export type MethodHandler = (state: WorkspaceState, body: Json) => MethodResult;

/** Slack's refusal body: the code, plus the reason in response_metadata.messages when there is one. */
export function refusalBody(refusal: Refusal): MethodResult {
  return refusal.reason
    ? { ok: false, error: refusal.error, response_metadata: { messages: [`[ERROR] ${refusal.reason}`] } }
    : { ok: false, error: refusal.error };
}

const fail = (error: string, reason?: string): MethodResult =>
  refusalBody(reason ? { error, reason } : { error });

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

const TEAM_NAME = 'Pacer Test';
const TEAM_DOMAIN = 'pacer-test';
const APP_ID = 'A0PACER';

function userPayload(state: WorkspaceState, id: string) {
  const u = state.users.get(id);
  if (!u) return undefined;
  const realName = u.real_name ?? u.name;
  return {
    id: u.id,
    team_id: state.teamId,
    name: u.name,
    real_name: realName,
    deleted: u.deleted ?? false,
    tz: u.tz ?? 'UTC',
    tz_offset: u.tz_offset ?? 0,
    is_admin: u.is_admin ?? false,
    is_owner: u.is_owner ?? false,
    is_bot: u.is_bot ?? false,
    profile: { display_name: u.name, real_name: realName, ...(u.email ? { email: u.email } : {}) },
  };
}

function messageFields(state: WorkspaceState, body: Json): Omit<StoredMessage, 'ts'> {
  return {
    user: state.botUserId,
    ...(typeof body.text === 'string' ? { text: body.text } : {}),
    ...(Array.isArray(body.blocks) ? { blocks: body.blocks } : {}),
    ...(typeof body.thread_ts === 'string' ? { thread_ts: body.thread_ts } : {}),
    ...(isMetadata(body.metadata) ? { metadata: body.metadata } : {}),
  };
}

const isMetadata = (v: unknown): v is NonNullable<StoredMessage['metadata']> =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Json).event_type === 'string' &&
  typeof (v as Json).event_payload === 'object' &&
  (v as Json).event_payload !== null;

// Slack's rule for metadata: an event_type of letters, digits and underscores, and an object payload.
function metadataRefusal(metadata: unknown): MethodResult | null {
  if (metadata === undefined) return null;
  if (!isMetadata(metadata) || !/^[A-Za-z0-9_]{1,255}$/.test(metadata.event_type)) {
    return fail('invalid_metadata_format');
  }
  if (JSON.stringify(metadata).length > 8_000) return fail('metadata_too_large');
  return null;
}

// A DM (or a post to a user id) to someone Slack knows as deactivated, or a bot.
function recipientRefusal(state: WorkspaceState, channel: string): MethodResult | null {
  const userId = /^[UW][A-Z0-9]+$/.test(channel) ? channel : state.dmUserOf(channel);
  if (!userId) return null;
  const user = state.users.get(userId);
  if (!user) return fail('channel_not_found');
  if (user.deleted) return fail('user_disabled');
  if (user.is_bot) return fail('cannot_dm_bot');
  return null;
}

function postMessage(state: WorkspaceState, body: Json): MethodResult {
  const channel = str(body.channel);
  if (!channel) return fail('channel_not_found');
  const refused = validateMessage(body);
  if (refused) return refusalBody(refused);
  const refusal = metadataRefusal(body.metadata) ?? recipientRefusal(state, channel);
  if (refusal) return refusal;
  const message: StoredMessage = { ts: state.nextTs(), ...messageFields(state, body) };
  const id = state.resolveChannel(channel);
  state.addMessage(id, message);
  return {
    ok: true,
    channel: id,
    ts: message.ts,
    message: { type: 'message', bot_id: state.botId, app_id: APP_ID, team: state.teamId, ...message },
  };
}

function postEphemeral(state: WorkspaceState, body: Json): MethodResult {
  if (!str(body.channel)) return fail('channel_not_found');
  if (!str(body.user)) return fail('invalid_arguments', 'missing required field: user');
  const refused = validateMessage(body);
  if (refused) return refusalBody(refused);
  // Ephemeral messages are never part of channel history, so only the call log keeps them.
  return { ok: true, message_ts: state.nextTs() };
}

function updateMessage(state: WorkspaceState, body: Json): MethodResult {
  const refused = validateMessage(body);
  if (refused) return refusalBody(refused);
  const channel = state.resolveChannel(str(body.channel));
  const message = state.findMessage(channel, str(body.ts));
  if (!message) return fail('message_not_found');
  if (typeof body.text === 'string') message.text = body.text;
  if (Array.isArray(body.blocks)) message.blocks = body.blocks;
  return { ok: true, channel, ts: message.ts, text: message.text ?? '', message: { ...message } };
}

function viewPayload(state: WorkspaceState, id: string, hash: string, view: Json): Json {
  return {
    id,
    team_id: state.teamId,
    state: { values: {} },
    hash,
    root_view_id: id,
    previous_view_id: null,
    app_id: APP_ID,
    bot_id: state.botId,
    ...view,
  };
}

function openView(state: WorkspaceState, body: Json): MethodResult {
  if (!str(body.trigger_id)) return fail('invalid_trigger_id');
  const refused = validateView(body.view, 'modal');
  if (refused) return refusalBody(refused);
  const view = body.view as Json;
  const id = state.nextViewId();
  const hash = state.nextHash();
  const externalId = str(view.external_id);
  if (externalId && [...state.views.values()].some((v) => v.externalId === externalId)) {
    return fail('duplicate_external_id');
  }
  state.views.set(id, { id, hash, view, ...(externalId ? { externalId } : {}) });
  return { ok: true, view: viewPayload(state, id, hash, view) };
}

function updateView(state: WorkspaceState, body: Json): MethodResult {
  const viewId = str(body.view_id);
  const externalId = str(body.external_id);
  const stored = viewId
    ? state.views.get(viewId)
    : [...state.views.values()].find((v) => externalId && v.externalId === externalId);
  if (!stored) return fail('not_found');
  if (str(body.hash) && body.hash !== stored.hash) return fail('hash_conflict');
  const refused = validateView(body.view, 'modal');
  if (refused) return refusalBody(refused);
  stored.view = body.view as Json;
  stored.hash = state.nextHash();
  return { ok: true, view: viewPayload(state, stored.id, stored.hash, stored.view) };
}

/**
 * views.publish as Slack answers it: a user id is required and must be someone in the workspace
 * (not a deactivated account or a bot), the view must be a `home` view within the limits, and a
 * `hash` from an earlier publish that is no longer current is refused with hash_conflict. Each user
 * has one Home view, with a stable id, replaced on every publish.
 */
function publishView(state: WorkspaceState, body: Json): MethodResult {
  const userId = str(body.user_id);
  if (!userId) return fail('invalid_arguments', 'missing required field: user_id');
  const user = state.users.get(userId);
  if (!user || user.deleted || user.is_bot) return fail('user_not_found');
  const refused = validateView(body.view, 'home');
  if (refused) return refusalBody(refused);
  const previous = state.homeViews.get(userId);
  const stored = previous ? state.homeViewMeta.get(userId) : undefined;
  if (str(body.hash) && stored && body.hash !== stored.hash) return fail('hash_conflict');
  const view = body.view as Json;
  const id = stored?.id ?? state.nextViewId();
  const hash = state.nextHash();
  state.homeViews.set(userId, view);
  state.homeViewMeta.set(userId, { id, hash });
  return { ok: true, view: viewPayload(state, id, hash, view) };
}

function openConversation(state: WorkspaceState, body: Json): MethodResult {
  if (str(body.channel)) return { ok: true, channel: { id: str(body.channel) } };
  const users = str(body.users)
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean);
  if (users.length === 0) return fail('users_list_not_supplied');
  // Group DMs are not something Pacer opens; saying so beats inventing a channel nobody checks.
  if (users.length > 1) return fail('not_implemented', 'the stand-in only opens one-to-one DMs');
  const user = state.users.get(users[0]!);
  if (!user) return fail('user_not_found');
  if (user.deleted) return fail('user_disabled');
  if (user.is_bot) return fail('cannot_dm_bot');
  return { ok: true, channel: { id: state.dmChannelOf(user.id) } };
}

const safeAtob = (text: string) => {
  try {
    return atob(text);
  } catch {
    return '';
  }
};

const tsMicros = (ts: string) => {
  const [seconds = '0', micros = '0'] = ts.split('.');
  return Number(seconds) * 1_000_000 + Number(micros.padEnd(6, '0').slice(0, 6));
};

/**
 * conversations.history: newest first, within oldest/latest (exclusive unless `inclusive`), `limit`
 * per page (default 100, at most 999) with a cursor. Metadata comes only with include_all_metadata,
 * as in Slack.
 */
function conversationHistory(state: WorkspaceState, body: Json): MethodResult {
  const id = str(body.channel);
  if (!id) return fail('channel_not_found');
  if (/^D/.test(id) && !state.dmUserOf(id)) return fail('channel_not_found');
  const inclusive = body.inclusive === true;
  const oldest = str(body.oldest) ? tsMicros(str(body.oldest)) : 0;
  const latest = str(body.latest) ? tsMicros(str(body.latest)) : Number.POSITIVE_INFINITY;
  const limit = Math.min(Math.max(Number(body.limit ?? 100) || 100, 1), 999);
  const offset = str(body.cursor) ? Number(safeAtob(str(body.cursor)).slice(7)) : 0;
  if (!Number.isInteger(offset) || offset < 0) return fail('invalid_cursor');
  const within = state
    .messages(id)
    .filter((m) => {
      const at = tsMicros(m.ts);
      return inclusive ? at >= oldest && at <= latest : at > oldest && at < latest;
    })
    .reverse();
  const page = within.slice(offset, offset + limit);
  const more = offset + limit < within.length;
  const withMetadata = body.include_all_metadata === true;
  return {
    ok: true,
    messages: page.map(({ metadata, ...m }) => ({
      type: 'message',
      bot_id: state.botId,
      app_id: APP_ID,
      ...m,
      ...(withMetadata && metadata ? { metadata: { ...metadata, app_id: APP_ID } } : {}),
    })),
    has_more: more,
    pin_count: 0,
    response_metadata: { next_cursor: more ? btoa(`offset:${offset + limit}`) : '' },
  };
}

function conversationInfo(state: WorkspaceState, body: Json): MethodResult {
  const id = str(body.channel);
  if (!id) return fail('channel_not_found');
  const dmUser = state.dmUserOf(id);
  if (dmUser) return { ok: true, channel: { id, is_im: true, user: dmUser, is_member: true } };
  return {
    ok: true,
    channel: { id, name: id.toLowerCase(), is_channel: true, is_im: false, is_member: true },
  };
}

const page = (key: string, items: unknown[]): MethodResult => ({
  ok: true,
  [key]: items,
  response_metadata: { next_cursor: '' },
});

/** The Web API methods the stand-in answers, over its workspace state. Others get unknown_method. */
export const METHODS: Record<string, MethodHandler> = {
  'api.test': (_state, body) => ({ ok: true, args: body }),
  'auth.test': (state) => ({
    ok: true,
    url: `https://${TEAM_DOMAIN}.slack.com/`,
    team: TEAM_NAME,
    user: 'pacer',
    team_id: state.teamId,
    user_id: state.botUserId,
    bot_id: state.botId,
    is_enterprise_install: false,
  }),
  'chat.postMessage': postMessage,
  'chat.postEphemeral': postEphemeral,
  'chat.update': updateMessage,
  'chat.delete': (state, body) => {
    const channel = state.resolveChannel(str(body.channel));
    if (!state.removeMessage(channel, str(body.ts))) return fail('message_not_found');
    return { ok: true, channel, ts: str(body.ts) };
  },
  'chat.getPermalink': (state, body) => {
    const channel = state.resolveChannel(str(body.channel));
    if (!channel) return fail('channel_not_found');
    const ts = str(body.message_ts);
    if (!ts) return fail('message_not_found');
    return {
      ok: true,
      channel,
      permalink: `https://${TEAM_DOMAIN}.slack.com/archives/${channel}/p${ts.replace('.', '')}`,
    };
  },
  'conversations.open': openConversation,
  'conversations.info': conversationInfo,
  'conversations.history': conversationHistory,
  'conversations.join': (_state, body) => ({ ok: true, channel: { id: str(body.channel) } }),
  'conversations.members': (state) =>
    page(
      'members',
      [...state.users.values()].filter((u) => !u.deleted).map((u) => u.id),
    ),
  'users.info': (state, body) => {
    const user = userPayload(state, str(body.user));
    if (!user) return fail('user_not_found');
    // Slack sends `locale` only to callers that ask for it (include_locale=true), defaulting to en-US.
    const wantsLocale = body.include_locale === true || body.include_locale === 'true';
    const locale = state.users.get(str(body.user))?.locale ?? 'en-US';
    return { ok: true, user: wantsLocale ? { ...user, locale } : user };
  },
  'users.list': (state) =>
    page(
      'members',
      [...state.users.keys()].map((id) => userPayload(state, id)),
    ),
  'team.info': (state) => ({
    ok: true,
    team: { id: state.teamId, name: TEAM_NAME, domain: TEAM_DOMAIN },
  }),
  'views.open': openView,
  'views.push': openView,
  'views.update': updateView,
  'views.publish': publishView,
  'reactions.add': () => ({ ok: true }),
  'reactions.remove': () => ({ ok: true }),
};
