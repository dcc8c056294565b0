import { validateMessage, validateView } from './block-kit-rules.js';
import type { StoredMessage, WorkspaceState } from './workspace-state.js';

type Json = Record<string, unknown>;
export type MethodResult = Json & { ok: boolean };

const fail = (error: string, reason?: string): MethodResult =>
  reason
    ? { ok: false, error, response_metadata: { messages: [`[ERROR] ${reason}`] } }
    : { ok: false, error };

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function userPayload(state: WorkspaceState, id: string) {
  const u = state.users.get(id);
  if (!u) return undefined;
  return {
    id: u.id,
    team_id: state.teamId,
    name: u.name,
    real_name: u.real_name ?? u.name,
    deleted: u.deleted ?? false,
    tz: u.tz ?? 'UTC',
    tz_offset: u.tz_offset ?? 0,
    is_admin: u.is_admin ?? false,
    is_owner: u.is_owner ?? false,
    is_bot: u.is_bot ?? false,
    profile: { display_name: u.name, real_name: u.real_name ?? u.name },
  };
}

function postMessage(state: WorkspaceState, body: Json): MethodResult {
  const channel = str(body.channel);
  if (!channel) return fail('channel_not_found');
  const refused = validateMessage(body);
  if (refused) return fail(refused.error, refused.reason);
  const message: StoredMessage = {
    ts: state.nextTs(),
    user: state.botUserId,
    ...(typeof body.text === 'string' ? { text: body.text } : {}),
    ...(Array.isArray(body.blocks) ? { blocks: body.blocks } : {}),
    ...(typeof body.thread_ts === 'string' ? { thread_ts: body.thread_ts } : {}),
  };
  const id = state.resolveChannel(channel);
  state.messagesIn(id).push(message);
  return {
    ok: true,
    channel: id,
    ts: message.ts,
    message: { ...message, type: 'message', bot_id: 'B0PACER' },
  };
}

function openView(state: WorkspaceState, body: Json, needsTrigger: boolean): MethodResult {
  if (needsTrigger && !str(body.trigger_id)) return fail('invalid_trigger_id');
  const refused = validateView(body.view);
  if (refused) return fail(refused.error, refused.reason);
  const id = state.nextViewId();
  const stored = { id, hash: `${id}.hash`, view: body.view as Json };
  state.views.set(id, stored);
  return { ok: true, view: { ...stored.view, id, hash: stored.hash, team_id: state.teamId } };
}

/** The Web API methods Pacer uses, over the workspace state. */
export const METHODS: Record<string, (state: WorkspaceState, body: Json) => MethodResult> = {
  'auth.test': (state) => ({
    ok: true,
    url: 'https://pacer-test.slack.com/',
    team: 'Pacer Test',
    team_id: state.teamId,
    user: 'pacer',
    user_id: state.botUserId,
    bot_id: 'B0PACER',
    is_enterprise_install: false,
  }),
  'chat.postMessage': postMessage,
  'chat.postEphemeral': (state, body) => {
    if (!str(body.channel)) return fail('channel_not_found');
    if (!str(body.user)) return fail('user_not_in_channel');
    const refused = validateMessage(body);
    if (refused) return fail(refused.error, refused.reason);
    return { ok: true, message_ts: state.nextTs() };
  },
  'chat.update': (state, body) => {
    const refused = validateMessage(body);
    if (refused) return fail(refused.error, refused.reason);
    const channel = state.resolveChannel(str(body.channel));
    const message = state.messagesIn(channel).find((m) => m.ts === str(body.ts));
    if (!message) return fail('message_not_found');
    if (typeof body.text === 'string') message.text = body.text;
    if (Array.isArray(body.blocks)) message.blocks = body.blocks;
    return { ok: true, channel, ts: message.ts, text: message.text ?? '' };
  },
  'chat.delete': (state, body) => {
    const list = state.messagesIn(str(body.channel));
    const index = list.findIndex((m) => m.ts === str(body.ts));
    if (index === -1) return fail('message_not_found');
    list.splice(index, 1);
    return { ok: true, channel: state.resolveChannel(str(body.channel)), ts: str(body.ts) };
  },
  'chat.getPermalink': (_state, body) => ({
    ok: true,
    channel: str(body.channel),
    permalink: `https://pacer-test.slack.com/archives/${str(body.channel)}/p${str(body.message_ts).replace('.', '')}`,
  }),
  'conversations.open': (state, body) => {
    const users = str(body.users).split(',').filter(Boolean);
    if (users.length !== 1) return fail(users.length ? 'not_implemented' : 'users_list_not_supplied');
    const user = state.users.get(users[0]!);
    if (!user) return fail('user_not_found');
    if (user.deleted) return fail('user_disabled');
    return { ok: true, channel: { id: state.dmChannelOf(user.id) } };
  },
  'conversations.info': (_state, body) => ({
    ok: true,
    channel: { id: str(body.channel), name: str(body.channel).toLowerCase(), is_member: true },
  }),
  'conversations.members': (state) => ({
    ok: true,
    members: [...state.users.values()].filter((u) => !u.deleted).map((u) => u.id),
    response_metadata: { next_cursor: '' },
  }),
  'users.info': (state, body) => {
    const user = userPayload(state, str(body.user));
    return user ? { ok: true, user } : fail('user_not_found');
  },
  'users.list': (state) => ({
    ok: true,
    members: [...state.users.keys()].map((id) => userPayload(state, id)),
    response_metadata: { next_cursor: '' },
  }),
  'team.info': (state) => ({
    ok: true,
    team: { id: state.teamId, name: 'Pacer Test', domain: 'pacer-test' },
  }),
  'views.open': (state, body) => openView(state, body, true),
  'views.push': (state, body) => openView(state, body, true),
  'views.update': (state, body) => {
    const stored = state.views.get(str(body.view_id));
    if (!stored) return fail('not_found');
    const refused = validateView(body.view);
    if (refused) return fail(refused.error, refused.reason);
    stored.view = body.view as Json;
    stored.hash = `${stored.id}.${Date.now()}`;
    return { ok: true, view: { ...stored.view, id: stored.id, hash: stored.hash } };
  },
  'views.publish': (state, body) => {
    const userId = str(body.user_id);
    if (!state.users.has(userId)) return fail('user_not_found');
    const refused = validateView(body.view);
    if (refused) return fail(refused.error, refused.reason);
    state.homeViews.set(userId, body.view);
    return { ok: true, view: { ...(body.view as Json), id: state.nextViewId() } };
  },
  'reactions.add': () => ({ ok: true }),
};
